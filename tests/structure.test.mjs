// End-to-end tests of the structure: outline navigation, collapsing, find, section links.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launchBrowser, openPage, assertClean } from './harness.mjs';

let server;
let browser;
before(async () => { server = await serveDist(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

/** Waits until the element with this id has its top inside the window. */
const inView = (page, id) => page.waitForFunction((id) => {
  const el = document.getElementById(id);
  if (!el) return false;
  const r = el.getBoundingClientRect();
  return r.top >= -2 && r.top < window.innerHeight - 20;
}, id);

test('a click in the outline brings the section into view and marks it as being read', async () => {
  const { page, context, problems } = await openPage(browser, server);
  const link = page.locator('nav.outline a', { hasText: '全力改善生态环境质量' });
  await link.waitFor();
  const id = (await link.getAttribute('href')).slice(1);
  await link.click();
  await inView(page, id);
  await page.locator('nav.outline li.current a', { hasText: '全力改善生态环境质量' }).waitFor();
  assert.equal(await link.getAttribute('aria-current'), 'location');
  assert.equal(new URL(page.url()).hash, `#${id}`);
  assertClean(problems);
  await context.close();
});

test('a section collapses and expands, and all do at once', async () => {
  const { page, context, problems } = await openPage(browser, server);
  const heading = page.getByRole('heading', { level: 3, name: /经济高质量发展取得新成效/ });
  await heading.waitFor();
  const lead = page.locator('.reading strong.lead', { hasText: '综合实力保持前列' });
  await lead.waitFor();
  await heading.getByRole('button', { name: '折叠' }).click();
  await lead.waitFor({ state: 'detached' });
  assert.equal(await heading.getByRole('button').getAttribute('aria-expanded'), 'false');
  await heading.getByRole('button', { name: '展开' }).click();
  await lead.waitFor();
  await page.getByRole('button', { name: '全部折叠' }).click();
  await lead.waitFor({ state: 'detached' });
  assert.equal(await page.locator('.reading h3').count(), 0, 'only the top-level headings stay');
  await page.getByRole('button', { name: '全部展开' }).click();
  await lead.waitFor();
  assertClean(problems);
  await context.close();
});

test('find narrows the outline, counts the hits and steps through them', async () => {
  const { page, context, problems } = await openPage(browser, server);
  await page.locator('nav.outline a').first().waitFor();
  const all = await page.locator('nav.outline a').count();
  await page.getByLabel('在报告中查找').fill('高质量发展');
  const count = page.locator('[data-testid=hit-count]');
  await page.waitForFunction(() => /^1 \/ \d+$/.test(document.querySelector('[data-testid=hit-count]').textContent));
  const total = Number((await count.innerText()).split('/')[1]);
  assert.ok(total >= 3, `several hits (${total})`);
  assert.equal(await page.locator('.reading mark.hit').count(), total);
  const shown = await page.locator('nav.outline a').count();
  assert.ok(shown < all, `the outline is narrowed (${shown} of ${all})`);
  await page.getByRole('button', { name: '下一个' }).click();
  await page.waitForFunction(() => document.querySelector('[data-testid=hit-count]').textContent.startsWith('2 /'));
  await inView(page, 'hit-1');
  assert.match(await page.locator('mark.hit.current').getAttribute('id'), /^hit-1$/);
  await page.getByRole('button', { name: '上一个' }).click();
  await page.getByRole('button', { name: '上一个' }).click();
  await page.waitForFunction((t) => document.querySelector('[data-testid=hit-count]').textContent === `${t} / ${t}`, total);
  await page.getByLabel('在报告中查找').fill('没有这个词');
  await page.waitForFunction(() => document.querySelector('[data-testid=hit-count]').textContent === '未找到');
  assertClean(problems);
  await context.close();
});

test('a section link survives a reload', async () => {
  const { page, context, problems } = await openPage(browser, server, '#sec-12');
  await page.locator('#sec-12').waitFor();
  await inView(page, 'sec-12');
  await page.reload();
  await page.locator('#sec-12').waitFor();
  await inView(page, 'sec-12');
  assert.match(await page.locator('#sec-12').innerText(), /全力提升城市功能品质/);
  assertClean(problems);
  await context.close();
});

test('the overview shows the facts and a chart of the parts', async () => {
  const { page, context, problems } = await openPage(browser, server);
  await page.getByRole('tab', { name: '概览' }).click();
  const overview = page.locator('[data-testid=overview]');
  await overview.waitFor();
  const text = await overview.innerText();
  for (const fact of ['政府工作报告', '2023-01-07', '西青区区长 殷学武', '天津市西青区人民政府关于印发政府工作报告的通知']) {
    assert.ok(text.includes(fact), fact);
  }
  assert.equal(await overview.locator('table.chart.parts tbody tr').count(), 2);
  // Targets beside the results they follow: GDP growth 3% last year, about 5% this year.
  const gdp = overview.locator('[data-testid=targets] tbody tr', { hasText: '地区生产总值' }).first();
  assert.match(await gdp.locator('td.result').innerText(), /^3%$/);
  assert.match(await gdp.locator('td.target').innerText(), /^5%$/);
  assertClean(problems);
  await context.close();
});
