// End-to-end tests of the built app (dist/), driven as a user would.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serveDist, launchBrowser, openPage, assertClean } from './harness.mjs';

let server;
let browser;
before(async () => { server = await serveDist(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const fixture = (name) => readFile(new URL(`./fixtures/${name}`, import.meta.url));

test('the page opens on the sample report, analyzed', async () => {
  const { page, context, problems } = await openPage(browser, server);
  const outline = page.locator('nav.outline a');
  await outline.first().waitFor();
  assert.ok(await outline.count() >= 10, 'the sample has at least ten sections');
  await page.getByRole('heading', { level: 2, name: /2022年工作回顾/ }).waitFor();
  assert.match(await page.locator('[data-testid=doc-status]').innerText(), /示例/);
  // Numbers are highlighted in the reading view.
  assert.ok(await page.locator('.reading mark.num').count() > 50);
  // The metric table is a real table with a header.
  await page.getByRole('tab', { name: '指标' }).click();
  const table = page.locator('[data-testid=metric-table] table');
  await table.locator('thead th').first().waitFor();
  assert.ok(await table.locator('tbody tr').count() > 50);
  const gdp = table.locator('tbody tr', { hasText: '地区生产总值' }).first();
  assert.match(await gdp.innerText(), /990/);
  assertClean(problems);
  await context.close();
});

test('text pasted into the input area replaces the report', async () => {
  const { page, context, problems } = await openPage(browser, server);
  await page.locator('nav.outline a').first().waitFor();
  const text = (await fixture('small-report.txt')).toString('utf8');
  await page.getByLabel('报告文本（粘贴或拖入文件）').fill(text);
  await page.locator('nav.outline a', { hasText: '稳住经济大盘' }).waitFor();
  assert.equal(await page.locator('nav.outline a').count(), 4);
  assert.match(await page.locator('[data-testid=doc-status]').innerText(), /粘贴/);
  await page.getByRole('tab', { name: '指标' }).click();
  const rows = page.locator('[data-testid=metric-table] tbody tr');
  await rows.first().waitFor();
  assert.match(await rows.first().innerText(), /地区生产总值/);
  assertClean(problems);
  await context.close();
});

test('a GBK .txt file given to the file input replaces the report', async () => {
  const { page, context, problems } = await openPage(browser, server);
  await page.locator('nav.outline a').first().waitFor();
  await page.locator('#file-input').setInputFiles({
    name: 'gbk-report.txt', mimeType: 'text/plain', buffer: await fixture('small-report.gbk.txt'),
  });
  await page.locator('nav.outline a', { hasText: '稳住经济大盘' }).waitFor();
  assert.match(await page.locator('[data-testid=doc-status]').innerText(), /gbk-report\.txt/);
  assertClean(problems);
  await context.close();
});

test('a file that is not text gets a clear message and the document stays open', async () => {
  const { page, context, problems } = await openPage(browser, server);
  await page.locator('nav.outline a').first().waitFor();
  const before = await page.locator('nav.outline a').count();
  await page.locator('#file-input').setInputFiles({
    name: 'report.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.7\n%\xe2\xe3\n1 0 obj\n'),
  });
  const error = page.locator('[data-testid=input-error]');
  await error.waitFor();
  assert.match(await error.innerText(), /PDF/);
  assert.equal(await page.locator('nav.outline a').count(), before);
  assertClean(problems);
  await context.close();
});

test('the pasted text is still there after a reload', async () => {
  const { page, context, problems } = await openPage(browser, server);
  await page.locator('nav.outline a').first().waitFor();
  const text = (await fixture('small-report.txt')).toString('utf8');
  await page.getByLabel('报告文本（粘贴或拖入文件）').fill(text);
  await page.locator('nav.outline a', { hasText: '稳住经济大盘' }).waitFor();
  await page.reload();
  await page.locator('nav.outline a', { hasText: '稳住经济大盘' }).waitFor();
  assert.equal(await page.getByLabel('报告文本（粘贴或拖入文件）').inputValue(), text);
  assertClean(problems);
  await context.close();
});
