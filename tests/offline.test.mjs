// End-to-end tests of issue 6: offline after the first visit, nothing lost on reload, a
// clear action that forgets everything, and a worker that cannot load reported, not hidden.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serveDist, launchBrowser, openPage, waitForAnalysis, assertClean } from './harness.mjs';

let server;
let browser;
before(async () => { server = await serveDist(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const fixture = (name) => readFile(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const input = (page) => page.getByLabel('报告文本（粘贴或拖入文件）');

test('after the first visit the app works offline: reload, then open and analyze the sample', async () => {
  const { page, context, problems } = await openPage(browser, server);
  // The service worker has cached the app once it is active.
  await page.evaluate(() => navigator.serviceWorker.ready);
  await context.setOffline(true);
  await page.reload();
  await waitForAnalysis(page);
  assert.match(await page.locator('[data-testid=doc-status]').innerText(), /示例/);
  assert.ok(await page.evaluate(() => navigator.serviceWorker.controller !== null), 'the page is served by the service worker');
  // A new analysis needs the worker, which also comes from the cache.
  await input(page).fill(await fixture('small-report.txt'));
  await page.locator('nav.outline a', { hasText: '稳住经济大盘' }).waitFor();
  await page.getByRole('button', { name: '载入示例' }).click();
  await page.locator('[data-testid=doc-status]', { hasText: '示例' }).waitFor();
  await page.locator('nav.outline a', { hasText: '2022年工作回顾' }).waitFor();
  await context.setOffline(false);
  assertClean(problems);
  await context.close();
});

test('the draft and the view survive a reload; clearing forgets both', async () => {
  const { page, context, problems } = await openPage(browser, server);
  const text = await fixture('small-report.txt');
  await input(page).fill(text);
  await page.locator('nav.outline a', { hasText: '稳住经济大盘' }).waitFor();
  // A view: the metric table, filtered by text and by modality.
  await page.getByRole('tab', { name: '指标' }).click();
  const filter = page.locator('[data-testid=metric-table] input[type=search]');
  await filter.fill('增长');
  await page.locator('[data-testid=metric-table] select').first().selectOption({ label: '目标' });
  const count = await page.locator('[data-testid=metric-count]').innerText();
  await page.reload();
  await waitForAnalysis(page);
  assert.equal(await input(page).inputValue(), text);
  assert.equal(await page.getByRole('tab', { name: '指标' }).getAttribute('aria-selected'), 'true');
  assert.equal(await filter.inputValue(), '增长');
  assert.equal(await page.locator('[data-testid=metric-count]').innerText(), count);
  // Clear: the text, the draft and the view are gone, also after a reload.
  await page.getByRole('button', { name: '清空' }).click();
  assert.equal(await input(page).inputValue(), '');
  await page.reload();
  await waitForAnalysis(page);
  assert.match(await page.locator('[data-testid=doc-status]').innerText(), /示例/);
  assert.equal(await page.getByRole('tab', { name: '阅读' }).getAttribute('aria-selected'), 'true');
  assertClean(problems);
  await context.close();
});

test('when the analysis worker cannot load, the user is told and the text stays', async () => {
  const context = await browser.newContext();
  await context.route('**/*', (route) => {
    const url = route.request().url();
    if (!url.startsWith(server.origin)) return route.abort();
    if (url.includes('report-lens-worker')) return route.fulfill({ status: 404, body: 'not found' });
    return route.continue();
  });
  // No service worker here: it would cache the app before the route takes effect.
  const page = await context.newPage();
  await page.goto(server.url);
  const alert = page.getByRole('alert');
  await alert.waitFor({ timeout: 15_000 });
  assert.match(await alert.innerText(), /分析失败/);
  const text = await fixture('small-report.txt');
  await input(page).fill(text);
  await page.getByRole('alert').filter({ hasText: '分析失败' }).waitFor();
  assert.equal(await input(page).inputValue(), text);
  await context.close();
});

test('the app works from a sub-path of a static host, offline too', async () => {
  const sub = await serveDist('/reports/lens/');
  try {
    const { page, context, problems } = await openPage(browser, sub);
    assert.match(await page.locator('[data-testid=doc-status]').innerText(), /示例/);
    const registration = await page.evaluate(() => navigator.serviceWorker.ready.then((r) => r.scope));
    assert.equal(registration, sub.url);
    await context.setOffline(true);
    await page.reload();
    await waitForAnalysis(page);
    await input(page).fill(await fixture('small-report.txt'));
    await page.locator('nav.outline a', { hasText: '稳住经济大盘' }).waitFor();
    await context.setOffline(false);
    assertClean(problems);
    await context.close();
  } finally {
    await sub.close();
  }
});
