// End-to-end tests of ingestion and repair: every way a report comes in, and the text view.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { serveDist, launchBrowser, openPage, assertClean } from './harness.mjs';

let server;
let browser;
before(async () => { server = await serveDist(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

const fixture = (name) => readFile(new URL(`./fixtures/${name}`, import.meta.url));
const outlineLink = (page, text) => page.locator('nav.outline a', { hasText: text });
// Gives the file input a committed fixture under the file name and type a user's file has.
const chooseFile = async (page, name, mimeType, fixtureName) =>
  page.locator('#file-input').setInputFiles({ name, mimeType, buffer: await fixture(fixtureName) });

test('a .docx file opens with its paragraphs', async () => {
  const { page, context, problems } = await openPage(browser, server);
  await page.locator('nav.outline a').first().waitFor();
  await chooseFile(page, 'report.docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 'small-report.docx');
  await outlineLink(page, '稳住经济大盘').waitFor();
  assert.equal(await page.locator('nav.outline a').count(), 4);
  assertClean(problems);
  await context.close();
});

test('a file dropped anywhere on the page opens', async () => {
  const { page, context, problems } = await openPage(browser, server);
  await page.locator('nav.outline a').first().waitFor();
  const b64 = (await fixture('small-report.gbk.txt')).toString('base64');
  const dataTransfer = await page.evaluateHandle((b64) => {
    const dt = new DataTransfer();
    const bytes = Uint8Array.from(atob(b64), (c) => c.charCodeAt(0));
    dt.items.add(new File([bytes], 'dropped.txt', { type: 'text/plain' }));
    return dt;
  }, b64);
  await page.dispatchEvent('[data-testid=reading-view]', 'dragover', { dataTransfer });
  await page.dispatchEvent('[data-testid=reading-view]', 'drop', { dataTransfer });
  await outlineLink(page, '稳住经济大盘').waitFor();
  assert.match(await page.locator('[data-testid=doc-status]').innerText(), /dropped\.txt/);
  assertClean(problems);
  await context.close();
});

test('a Big5 file in traditional characters is read in simplified ones and shown as written', async () => {
  const { page, context, problems } = await openPage(browser, server);
  await page.locator('nav.outline a').first().waitFor();
  await chooseFile(page, 'traditional.txt', 'text/plain', 'small-report.big5.txt');
  await outlineLink(page, '稳住经济大盘').waitFor();
  await page.getByRole('tab', { name: '指标' }).click();
  const first = page.locator('[data-testid=metric-table] tbody tr').first();
  assert.match(await first.innerText(), /地区生产总值[\s\S]*7569\.5/);
  await page.getByRole('tab', { name: '文本' }).click();
  await page.getByRole('button', { name: '显示原文与修复标记' }).click();
  assert.match(await page.locator('[data-testid=original-text]').innerText(), /穩住經濟大盤/);
  assertClean(problems);
  await context.close();
});

test('a paste that holds only HTML opens as its text', async () => {
  const { page, context, problems } = await openPage(browser, server);
  await page.locator('nav.outline a').first().waitFor();
  const html = '<div class="nav">首页</div><p>各位代表：</p><p>一、2023年工作回顾</p><p>（一）稳住经济大盘。全年地区生产总值达到<b>1234.5</b>亿元。</p>';
  await page.locator('#report-input').evaluate((el, html) => {
    const dt = new DataTransfer();
    dt.setData('text/html', html);
    el.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  }, html);
  await outlineLink(page, '稳住经济大盘').waitFor();
  await page.getByRole('tab', { name: '指标' }).click();
  assert.match(await page.locator('[data-testid=metric-table] tbody tr').first().innerText(), /1234\.5/);
  assertClean(problems);
  await context.close();
});

test('the text tab shows the repaired text and the original with the repairs marked', async () => {
  const { page, context, problems } = await openPage(browser, server);
  await page.locator('nav.outline a').first().waitFor();
  await page.getByRole('tab', { name: '文本' }).click();
  const clean = page.locator('[data-testid=clean-text]');
  await clean.waitFor();
  // The sample's hard wrap is rejoined: this sentence spans two lines in the file.
  assert.match(await clean.innerText(), /全年预计地区生产总值超过990亿元，同比增长3%/);
  await page.getByRole('button', { name: '显示原文与修复标记' }).click();
  const original = page.locator('[data-testid=original-text]');
  await original.waitFor();
  assert.ok(await original.locator('.join').count() > 500, 'joined line breaks are marked');
  const removed = original.locator('del.removed');
  assert.ok(await removed.count() >= 1, 'the repeated footer is struck through');
  assert.match(await removed.last().innerText(), /2023年1月7日在西青区第十八届/);
  await page.getByRole('button', { name: '显示修复后的文本' }).click();
  await clean.waitFor();
  assertClean(problems);
  await context.close();
});

test("a web page's table reads as a table: its rows in columns, its figures as metrics", async () => {
  const { page, context, problems } = await openPage(browser, server);
  await page.locator('nav.outline a').first().waitFor();
  await chooseFile(page, 'communique.html', 'text/html', 'communique-table.html');
  const rows = page.locator('.reading p.para.row');
  await rows.first().waitFor();
  assert.equal(await rows.count(), 9, 'the header and eight rows');
  assert.deepEqual(await rows.first().locator('.cell').allInnerTexts(), ['指标名称', '产量（万吨）', '同比增长（±%）']);
  const corn = rows.filter({ hasText: '玉米' });
  assert.deepEqual(await corn.locator('.cell').allInnerTexts(), ['玉米', '540.4', '17.8']);
  assert.equal(await corn.locator('mark.num').count(), 2);
  // The cells of the rows line up in columns.
  const x = await rows.evaluateAll((ps) => ps.map((p) => Math.round(p.children[1].getBoundingClientRect().left)));
  assert.equal(new Set(x).size, 1, `the second cells start at ${x}`);
  await page.getByRole('tab', { name: '指标' }).click();
  const table = page.locator('[data-testid=metric-table] table');
  await table.locator('td.indicator', { hasText: /^玉米产量$/ }).first().waitFor();
  assertClean(problems);
  await context.close();
});
