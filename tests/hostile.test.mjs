// Hostile text is only text: nothing pasted executes, the layout holds, the text stays.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launchBrowser, openPage, assertClean } from './harness.mjs';

let server;
let browser;
before(async () => { server = await serveDist(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const payloads = [
  '<script>window.__pwned = 1; alert(1)</script>',
  '<img src=x onerror="window.__pwned = 2; alert(2)">',
  '<a href="javascript:alert(3)">点击</a>',
  '\u202E全年增长5%\u202C，\u2066隔离\u2069',
  '<style>body{display:none}</style><iframe src="http://example.com/"></iframe>',
  `超长词${'很'.repeat(5000)}${'x'.repeat(5000)}`,
];

test('pasted HTML, scripts, javascript: links and bidi overrides render as text', async () => {
  const { page, context, problems } = await openPage(browser, server);
  let dialogs = 0;
  page.on('dialog', (d) => { dialogs += 1; d.dismiss(); });
  await page.locator('nav.outline a').first().waitFor();
  const text = `政府工作报告\n各位代表：\n一、2023年工作回顾\n${payloads.join('\n')}\n二、2024年工作安排\n地区生产总值增长5%左右。`;
  await page.locator('#report-input').fill(text);
  await page.locator('nav.outline a', { hasText: '2024年工作安排' }).waitFor();
  const reading = page.locator('[data-testid=reading-view]');
  const shown = await reading.innerText();
  assert.ok(shown.includes('<script>window.__pwned = 1; alert(1)</script>'), 'the script tag shows as text');
  assert.ok(shown.includes('<img src=x onerror='), 'the img tag shows as text');
  assert.equal(await reading.locator('script, img, iframe, style, a[href^="javascript"]').count(), 0, 'no element built from the input');
  assert.equal(await page.evaluate(() => window.__pwned), undefined, 'nothing executed');
  assert.equal(dialogs, 0, 'no dialog opened');
  // The layout holds: no horizontal overflow from the 10,000-character word.
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  assert.ok(overflow <= 1, `no horizontal scrolling (${overflow}px)`);
  // The other tabs render the same text safely.
  for (const tab of ['指标', '概览', '文本']) {
    await page.getByRole('tab', { name: tab }).click();
    await page.getByRole('tab', { name: tab, selected: true }).waitFor();
  }
  await page.getByRole('button', { name: '显示原文与修复标记' }).click();
  assert.ok((await page.locator('[data-testid=original-text]').innerText()).includes('<iframe src="http://example.com/">'));
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.equal(await page.locator('#report-input').inputValue(), text, 'the text is kept as given');
  assertClean(problems);
  await context.close();
});
