// End-to-end tests of large inputs (issue 6): a 20 MB paste is analyzed off the UI thread,
// with progress, while clicks stay responsive; it can be cancelled; over the limit, a message.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readdir, readFile } from 'node:fs/promises';
import { serveDist, launchBrowser, openPage, paste, assertClean } from './harness.mjs';

let server;
let browser;
before(async () => { server = await serveDist(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const MB = 1_000_000;

/** The committed corpus reports, concatenated until the text holds `bytes` bytes (UTF-8). */
async function corpusText(bytes) {
  const dir = new URL('../crates/report-core/tests/corpus/', import.meta.url);
  const names = (await readdir(dir)).filter((n) => n.endsWith('.txt')).sort();
  // (Reports as text: not the web page among them, whose markup a paste of text would not hold.)
  const reports = (await Promise.all(names.map((n) => readFile(new URL(n, dir), 'utf8'))))
    .filter((r) => !r.includes('</p>'));
  const parts = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const report = reports[i % reports.length];
    parts.push(report);
    size += Buffer.byteLength(report) + 2;
  }
  return parts.join('\n\n');
}

/**
 * Clicks `locator` with a real mouse event and returns how long the page took to run the
 * click's handlers, measured in the page: from the event's creation (when the browser got
 * the input) to the end of the listeners, as the Event Timing API counts input delay.
 */
async function clickDelay(page, locator) {
  await page.evaluate(() => {
    window.__clickDelay = new Promise((resolve) => {
      document.addEventListener('click', (e) => {
        queueMicrotask(() => resolve(performance.now() - e.timeStamp));
      }, { once: true, capture: true });
    });
  });
  const box = await locator.boundingBox();
  await page.mouse.click(box.x + box.width / 2, box.y + box.height / 2);
  return page.evaluate(() => window.__clickDelay);
}

test('a 20 MB paste is analyzed off the UI thread: clicks are handled at once, progress shows, the result arrives', async (t) => {
  const { page, context, problems } = await openPage(browser, server);
  const text = await corpusText(20 * MB);
  await paste(page, text);
  const busy = page.locator('[data-testid=busy]');
  await busy.waitFor({ timeout: 10_000 });
  // Progress shows (read at once: a fast machine analyzes 20 MB in little more than a second).
  assert.match(await busy.innerText(), /正在分析/);
  // While the worker runs, the tabs answer clicks: each within 100 ms, and the tab changes.
  const delays = [];
  for (const name of ['概览', '指标', '阅读']) {
    if (!(await busy.isVisible())) break;
    const tab = page.getByRole('tab', { name });
    const delay = await clickDelay(page, tab);
    assert.equal(await tab.getAttribute('aria-selected'), 'true');
    // A click that the end of the analysis overtook waited for the result to be shown, not
    // for the analysis: only clicks handled while the worker still ran are counted.
    if (!(await busy.isVisible())) break;
    delays.push(delay);
  }
  assert.ok(delays.length >= 2, `the analysis ended before two clicks (${delays})`);
  t.diagnostic(`click handling delays during the analysis: ${delays.map((d) => d.toFixed(1)).join(', ')} ms`);
  for (const delay of delays) assert.ok(delay < 100, `a click took ${delay.toFixed(1)} ms to handle (${delays})`);
  // The result arrives: the long report reads a page at a time.
  const status = page.locator('[data-testid=doc-status]');
  await page.waitForFunction(() => {
    const s = document.querySelector('[data-testid=doc-status]');
    return s && Number(s.textContent.match(/·\s*(\d+)\s*字/)?.[1]) > 5_000_000;
  }, null, { timeout: 120_000 });
  assert.match(await status.innerText(), /粘贴/);
  // The text is too long for the input area, which says where it is instead.
  assert.equal(await page.locator('#report-input').inputValue(), '');
  assert.match(await page.locator('[data-testid=outside-note]').innerText(), /很长/);
  await page.getByRole('tab', { name: '阅读' }).click();
  const pageLabel = page.locator('.reading [data-testid=page]').first();
  assert.match(await pageLabel.innerText(), /^1 \/ \d{2,}$/);
  assert.ok(await page.locator('.reading p').count() <= 700, 'one page of paragraphs is rendered');
  // A section far into the report opens its page.
  const last = page.locator('nav.outline a').last();
  await last.click();
  const lastId = (await last.getAttribute('href')).slice(1);
  await page.locator(`#${lastId}`).waitFor();
  assert.doesNotMatch(await pageLabel.innerText(), /^1 \//);
  assertClean(problems);
  await context.close();
});

test('a running analysis can be cancelled; the open document stays', async () => {
  const { page, context, problems } = await openPage(browser, server);
  const before = await page.locator('[data-testid=doc-status]').innerText();
  await paste(page, await corpusText(20 * MB));
  const busy = page.locator('[data-testid=busy]');
  await busy.waitFor();
  await busy.getByRole('button', { name: '取消' }).click();
  await page.getByRole('alert').filter({ hasText: '分析已取消' }).waitFor();
  assert.equal(await busy.count(), 0);
  assert.equal(await page.locator('[data-testid=doc-status]').innerText(), before);
  // A new request works after the cancel (a fresh worker).
  await page.getByRole('button', { name: '载入示例' }).click();
  await page.locator('[data-testid=doc-status]', { hasText: '示例' }).waitFor();
  assert.equal(await page.getByRole('alert').count(), 0);
  assertClean(problems);
  await context.close();
});

test('a text over the input limit gets a clear message and nothing else', async () => {
  const { page, context, problems } = await openPage(browser, server);
  const before = await page.locator('[data-testid=doc-status]').innerText();
  await page.evaluate(() => {
    const area = document.getElementById('report-input');
    area.value = '经济运行稳中向好。'.repeat(1_300_000);
    area.dispatchEvent(new InputEvent('input', { bubbles: true }));
  });
  const alert = page.getByRole('alert');
  await alert.waitFor({ timeout: 60_000 });
  assert.match(await alert.innerText(), /超过 32 MB 的上限/);
  assert.equal(await page.locator('[data-testid=doc-status]').innerText(), before);
  assertClean(problems);
  await context.close();
});
