// End-to-end tests of the metric table: sort, filter, group, link to the sentence, export.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDist, launchBrowser, openPage, assertClean } from './harness.mjs';

let server;
let browser;
before(async () => { server = await serveDist(); browser = await launchBrowser(); });
after(async () => { await browser?.close(); await server?.close(); });

async function openTable(page) {
  await page.getByRole('tab', { name: '指标' }).click();
  const table = page.locator('[data-testid=metric-table] table');
  await table.locator('tbody tr').first().waitFor();
  return table;
}

test('the table sorts by value, filters and groups', async () => {
  const { page, context, problems } = await openPage(browser, server);
  const table = await openTable(page);
  const all = await table.locator('tbody tr').count();
  await table.getByRole('button', { name: '数值' }).click();
  await table.getByRole('button', { name: '数值 ▲' }).click();
  await table.getByRole('button', { name: '数值 ▼' }).waitFor();
  // Descending by value in base units: 990亿元 (地区生产总值) comes first.
  assert.match(await table.locator('tbody tr').first().innerText(), /地区生产总值\s+990\s+亿元/);
  await page.getByLabel('性质').selectOption({ label: '目标' });
  const targets = await table.locator('tbody tr').count();
  assert.ok(targets > 5 && targets < all, `${targets} targets of ${all}`);
  for (const cell of await table.locator('tbody td.modality').allInnerTexts()) assert.equal(cell, '目标');
  await page.getByLabel('性质').selectOption({ label: '全部' });
  await page.getByLabel('单位').selectOption({ label: '%' });
  for (const cell of await table.locator('tbody td.unit').allInnerTexts()) assert.equal(cell, '%');
  await page.getByLabel('单位').selectOption({ label: '全部' });
  await page.getByLabel('筛选').fill('生产总值');
  const gdp = await table.locator('tbody tr').allInnerTexts();
  assert.ok(gdp.length >= 3 && gdp.length < all / 5, `${gdp.length} rows about 生产总值`);
  for (const row of gdp) assert.match(row, /生产总值/);
  await page.getByLabel('筛选').fill('');
  await page.getByLabel('分组').selectOption({ label: '按部分' });
  assert.deepEqual(
    (await table.locator('tbody tr.group').allInnerTexts()).map((t) => t.replace(/ \(\d+\)$/, '')),
    ['一、2022年工作回顾', '二、2023年工作安排'],
  );
  assertClean(problems);
  await context.close();
});

test('a row links to its sentence, where the number is highlighted', async () => {
  const { page, context, problems } = await openPage(browser, server);
  const table = await openTable(page);
  const row = table.locator('tbody tr').filter({ has: page.locator('td.indicator', { hasText: /^技术合同交易额$/ }) }).first();
  await row.locator('td.quote a').click();
  const number = page.locator('.reading mark.num', { hasText: '88.85' });
  await number.waitFor();
  const id = await number.getAttribute('id');
  await page.waitForFunction((id) => {
    const r = document.getElementById(id).getBoundingClientRect();
    return r.top >= -2 && r.bottom <= window.innerHeight;
  }, id);
  assert.match(await number.getAttribute('title'), /技术合同交易额 · 8885000000 元/);
  assertClean(problems);
  await context.close();
});

test('a number of two measures is a row of each, each row shows it, and a decline shows its sign', async () => {
  const { page, context, problems } = await openPage(browser, server);
  await page.locator('nav.outline a').first().waitFor();
  const text = '一、2023年工作回顾\n全年民营企业营业收入和实缴税金均增长12.5%，新增市场主体3000户，单位生产总值能耗下降3.5%。\n';
  await page.getByLabel('报告文本（粘贴或拖入文件）').fill(text);
  await page.locator('nav.outline a', { hasText: '2023年工作回顾' }).waitFor();
  const table = await openTable(page);
  const rows = table.locator('tbody tr').filter({ has: page.locator('td.value', { hasText: /^12\.5$/ }) });
  assert.deepEqual(await rows.locator('td.indicator').allInnerTexts(), ['民营企业营业收入', '民营企业实缴税金']);
  // `下降3.5%` is a growth of -3.5 (the text keeps `3.5`).
  const decline = table.locator('tbody tr').filter({ has: page.locator('td.value', { hasText: /^-3\.5$/ }) });
  assert.deepEqual(await decline.locator('td.indicator').allInnerTexts(), ['单位生产总值能耗']);
  await rows.nth(1).locator('td.quote a').click();
  // The second row's anchor is inside the mark of the shared number, and gets the focus.
  await page.waitForFunction(() => document.activeElement?.closest('mark.num')?.textContent.includes('12.5'));
  const number = page.locator('.reading mark.num', { hasText: '12.5' });
  assert.match(await number.getAttribute('title'), /民营企业营业收入 · [^\n]*\n民营企业实缴税金 · /);
  assertClean(problems);
  await context.close();
});

test('the table exports as CSV with a BOM, JSON and Markdown, and copies to the clipboard', async () => {
  const { page, context, problems } = await openPage(browser, server);
  await context.grantPermissions(['clipboard-read', 'clipboard-write'], { origin: server.origin });
  const table = await openTable(page);
  await page.getByLabel('性质').selectOption({ label: '目标' });
  const n = await table.locator('tbody tr').count();
  const save = async (button) => {
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
    const stream = await download.createReadStream();
    const chunks = [];
    for await (const chunk of stream) chunks.push(chunk);
    return { name: download.suggestedFilename(), bytes: Buffer.concat(chunks) };
  };
  const csv = await save('导出 CSV');
  assert.equal(csv.name, 'metrics.csv');
  assert.deepEqual([...csv.bytes.subarray(0, 3)], [0xef, 0xbb, 0xbf], 'UTF-8 BOM');
  const lines = csv.bytes.toString('utf8').slice(1).trim().split('\n');
  assert.equal(lines[0], 'section,indicator,value,unit,qualifier,comparison,kind,modality,period,base_value,quote');
  assert.equal(lines.length, n + 1);
  const json = JSON.parse((await save('导出 JSON')).bytes.toString('utf8'));
  assert.equal(json.length, n);
  assert.ok(json.every((m) => m.modality === 'target'));
  const md = (await save('导出 Markdown')).bytes.toString('utf8');
  assert.ok(md.startsWith('| section | indicator |'));
  await page.getByRole('button', { name: '复制表格' }).click();
  await page.locator('[data-testid=export-status]', { hasText: '已复制' }).waitFor();
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied.trim().split('\n').length, n + 1);
  assert.ok(copied.startsWith('section\tindicator\t'));
  assertClean(problems);
  await context.close();
});
