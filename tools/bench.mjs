// Analysis speed in Chromium (the release build, `trunk build --release` first) against the
// npm package @microsoft/recognizers-text-suite on the same text, sentence by sentence.
// Usage: node tools/bench.mjs [runs]
import { readFileSync, readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import Recognizers from '@microsoft/recognizers-text-suite';
import { serveDist, launchBrowser } from '../tests/harness.mjs';

const runs = Number(process.argv[2] ?? 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const sample = readFileSync(new URL('../static/sample/xiqing-district-2023.txt', import.meta.url), 'utf8');
const corpusDir = new URL('../crates/report-core/tests/corpus/', import.meta.url);
const corpus = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => readFileSync(new URL(f, corpusDir), 'utf8')).join('\n');
const ofSize = (bytes) => {
  let text = '';
  while (Buffer.byteLength(text) < bytes) text += corpus + '\n';
  return text;
};

// --- Report Lens in Chromium: the analysis time the app measures around `analyze`.
const server = await serveDist();
const browser = await launchBrowser();
const page = await browser.newPage();
await page.goto(server.url);
await page.locator('nav.outline a').first().waitFor();
const inputs = [['sample (36 KB)', sample], ['100 KB', ofSize(100_000)], ['1 MB', ofSize(1_000_000)]];
const ours = {};
for (const [label, text] of inputs) {
  const times = [];
  for (let i = 0; i < runs; i++) {
    const variant = text + '\n'.repeat(i + 1); // a new text each run
    // Set the value and fire `input`, as a paste does (Playwright's fill is slow on long text).
    // The textarea turns CRLF into LF, so the length is read back from it.
    const chars = await page.evaluate((text) => {
      const area = document.getElementById('report-input');
      area.value = text;
      area.dispatchEvent(new InputEvent('input', { bubbles: true }));
      return [...area.value].length;
    }, variant);
    await page.waitForFunction((chars) => document.querySelector('[data-testid=doc-status]').textContent.includes(` ${chars} `), chars, { timeout: 120_000 });
    times.push(Number(await page.locator('[data-testid=doc-status]').getAttribute('data-analysis-ms')));
  }
  ours[label] = { ms: median(times), chars: [...text].length };
  console.log(`Report Lens in Chromium, ${label}: median ${median(times).toFixed(1)} ms over ${runs} runs (${(ours[label].chars / median(times) * 1000 / 1e6).toFixed(2)} M chars/s)`);
}
await browser.close();
await server.close();

// --- The peer: Chinese number, percentage, currency and dimension recognizers, by sentence.
const { Culture } = Recognizers;
const recognizers = [Recognizers.recognizeNumber, Recognizers.recognizePercentage, Recognizers.recognizeCurrency, Recognizers.recognizeDimension];
const sentences = sample.split(/(?<=[。！？；\n])/).filter((s) => s.trim());
for (const r of recognizers) r('预热 5%', Culture.Chinese); // load the models
const peerTimes = [];
let found = 0;
for (let i = 0; i < Math.min(runs, 3); i++) {
  const start = performance.now();
  found = 0;
  for (const sentence of sentences) for (const r of recognizers) found += r(sentence, Culture.Chinese).length;
  peerTimes.push(performance.now() - start);
}
const peerMs = median(peerTimes);
const chars = [...sample].length;
console.log(`recognizers-text-suite (Node), sample: median ${peerMs.toFixed(0)} ms over ${peerTimes.length} runs, ${found} entities without indicators (${(chars / peerMs * 1000).toFixed(0)} chars/s)`);
const oursSample = ours['sample (36 KB)'];
console.log(`throughput ratio on the sample, Report Lens (wasm in Chromium) / peer: ${(peerMs / oursSample.ms).toFixed(0)}x`);
