// End-to-end harness: a static server for dist/ on a free local port, and headless Chromium
// through playwright-core. A test fails on any console error, page error, or request to a
// host other than the local server.
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const root = fileURLToPath(new URL('../dist/', import.meta.url));
const types = {
  '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.wasm': 'application/wasm',
  '.css': 'text/css', '.svg': 'image/svg+xml', '.json': 'application/json', '.txt': 'text/plain; charset=utf-8',
  '.webmanifest': 'application/manifest+json', '.png': 'image/png',
};

/**
 * Serves dist/ on 127.0.0.1 and a free port, under `base` (a sub-path such as `/tools/lens/`,
 * as a static host might); resolves to { url, origin, close }.
 */
export async function serveDist(base = '/') {
  await stat(join(root, 'index.html')); // fails clearly when the app was not built
  const server = createServer(async (req, res) => {
    const full = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    if (!full.startsWith(base)) { res.writeHead(404).end('not found'); return; }
    const path = '/' + full.slice(base.length);
    const file = normalize(join(root, path.endsWith('/') ? path + 'index.html' : path));
    if (!file.startsWith(root)) { res.writeHead(403).end(); return; }
    try {
      const body = await readFile(file);
      res.writeHead(200, { 'content-type': types[extname(file)] ?? 'application/octet-stream', 'cache-control': 'no-store' });
      res.end(body);
    } catch {
      res.writeHead(404).end('not found');
    }
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address();
  return { url: `http://127.0.0.1:${port}${base}`, origin: `http://127.0.0.1:${port}`, close: () => new Promise((r) => server.close(r)) };
}

/** Launches headless Chromium with the flags this machine needs. */
export function launchBrowser() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
      '--disable-component-update', '--disable-sync', '--no-first-run', '--disable-quic'],
  });
}

/**
 * Opens a page with guards: console errors, page errors and foreign requests are collected
 * in `problems`, which `assertClean` checks at the end of a test.
 */
export async function openPage(browser, server, path = '', { analyzed = true, context: given } = {}) {
  const context = given ?? await browser.newContext({ acceptDownloads: true });
  const problems = [];
  if (!given) await context.route('**/*', (route) => {
    const url = route.request().url();
    if (url.startsWith(server.origin) || url.startsWith('data:') || url.startsWith('blob:')) return route.continue();
    problems.push(`request to a foreign host: ${url}`);
    return route.abort();
  });
  const page = await context.newPage();
  page.on('console', (msg) => { if (msg.type() === 'error') problems.push(`console error: ${msg.text()}`); });
  page.on('pageerror', (err) => problems.push(`page error: ${err.message}`));
  await page.goto(server.url + path);
  if (analyzed) await waitForAnalysis(page);
  return { page, context, problems };
}

/** Waits until the analysis worker has answered and the document status shows. */
export async function waitForAnalysis(page, timeout = 30_000) {
  await page.locator('[data-testid=doc-status]').waitFor({ timeout });
}

/** Throws if the page reported any problem. */
export function assertClean(problems) {
  if (problems.length) throw new Error(problems.join('\n'));
}

/**
 * Pastes `text` into the input area: a paste event with the text on its clipboard and, unless
 * the app takes the paste itself (a long text), the browser's insertion and `input` event.
 * Returns the number of characters the app was given (a textarea turns CRLF into LF).
 */
export function paste(page, text) {
  return page.evaluate((value) => {
    const area = document.getElementById('report-input');
    area.focus();
    const clipboardData = new DataTransfer();
    clipboardData.setData('text/plain', value);
    const event = new ClipboardEvent('paste', { clipboardData, bubbles: true, cancelable: true });
    if (!area.dispatchEvent(event)) return [...value].length;
    area.value = value;
    area.dispatchEvent(new InputEvent('input', { bubbles: true, inputType: 'insertFromPaste' }));
    return [...area.value].length;
  }, text);
}
