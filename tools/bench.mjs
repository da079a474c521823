// Analysis speed and memory in Chromium (the release build: `trunk build --release` first),
// and the npm package @microsoft/recognizers-text-suite on the sample, sentence by sentence.
// Usage: node tools/bench.mjs [runs] [sample]   (`sample`: the sample and the peer only)
//
// The worker analyses the sample ten times first (not counted), as the peer's models are loaded
// before it is timed. For each input: the worker's analysis time (decode → repair → outline → metrics, as the
// app reports it in data-analysis-ms), the time from the paste to the result on the UI
// thread (data-total-ms: worker start, transfer and decoding of the result included), the
// worker's wasm memory afterwards (its peak: wasm memory never shrinks), and the page's
// own wasm memory and JS heap once the result is shown.
import { readFileSync, readdirSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import Recognizers from '@microsoft/recognizers-text-suite';
import { serveDist, launchBrowser, paste } from '../tests/harness.mjs';

const runs = Number(process.argv[2] ?? 5);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const MB = 1e6;
const sample = readFileSync(new URL('../static/sample/xiqing-district-2023.txt', import.meta.url), 'utf8');
const corpusDir = new URL('../crates/report-core/tests/corpus/', import.meta.url);
// (Reports as text: not the web page among them, whose markup a paste of text would not hold.)
const corpus = readdirSync(corpusDir).filter((f) => f.endsWith('.txt')).sort()
  .map((f) => readFileSync(new URL(f, corpusDir), 'utf8')).filter((r) => !r.includes('</p>')).join('\n');
const bytesOf = (text) => Buffer.byteLength(text);
const ofSize = (bytes) => {
  const copies = [];
  let size = 0;
  while (size < bytes) { copies.push(corpus); size += Buffer.byteLength(corpus) + 1; }
  return copies.join('\n');
};

// --- Report Lens in Chromium.
const server = await serveDist();
const browser = await launchBrowser();
/** A new page on the sample, with the app's wasm exports kept for reading its memory. */
async function freshPage() {
  const page = await browser.newPage();
  await page.addInitScript(() => addEventListener('TrunkApplicationStarted', (e) => { window.__appWasm = e.detail.wasm; }));
  await page.goto(server.url);
  await page.locator('[data-testid=doc-status]').waitFor();
  page.cdp = await page.context().newCDPSession(page);
  await page.cdp.send('Performance.enable');
  return page;
}
const inputs = [['sample (36 KB)', sample, runs], ['100 KB', ofSize(100_000), runs], ['1 MB', ofSize(MB), runs], ['20 MB', ofSize(20 * MB), Math.min(runs, 3)]]
  .slice(0, process.argv[3] === 'sample' ? 1 : undefined);
const ours = {};
let page = await freshPage();
// Warm-up, as the peer gets one below: V8 first runs wasm in its baseline compiler and
// optimises the hot functions in the background, so the first analyses of a fresh worker are
// slower than every later one (the sample: ~8–18 ms for the first few, then ~3 ms).
const WARM_UP = 10;
/** Pastes `text` and waits until the page shows its analysis. */
async function analyzed(page, text) {
  const chars = await paste(page, text);
  await page.waitForFunction((chars) => document.querySelector('[data-testid=doc-status]')?.textContent.includes(` ${chars} `), chars, { timeout: 300_000 });
}
for (let i = 0; i < WARM_UP; i++) await analyzed(page, sample + ' '.repeat(i + 1));
for (const [label, text, n] of inputs) {
  const analysis = [];
  const total = [];
  let memory = {};
  for (let i = 0; i < n; i++) {
    // 20 MB runs each get a fresh page, so that memory is that of one such report.
    if (bytesOf(text) > 10 * MB) { await page.context().close(); page = await freshPage(); }
    await analyzed(page, text + '\n'.repeat(i + 1)); // a new text each run
    const status = page.locator('[data-testid=doc-status]');
    analysis.push(Number(await status.getAttribute('data-analysis-ms')));
    total.push(Number(await status.getAttribute('data-total-ms')));
    const { metrics } = await page.cdp.send('Performance.getMetrics');
    memory = {
      worker: Number(await status.getAttribute('data-memory')),
      page: await page.evaluate(() => window.__appWasm?.memory?.buffer.byteLength ?? 0),
      heap: metrics.find((m) => m.name === 'JSHeapUsedSize').value,
    };
  }
  const bytes = Buffer.byteLength(text);
  if (process.env.BENCH_ALL) console.log(analysis.join(" "));
  ours[label] = { ms: median(analysis), min: Math.min(...analysis), chars: [...text].length };
  const mib = (x) => (x / 2 ** 20).toFixed(0);
  console.log(`Report Lens in Chromium, ${label} (${(bytes / MB).toFixed(2)} MB): analysis median ${median(analysis).toFixed(1)} ms (least ${Math.min(...analysis).toFixed(1)})`
    + ` (${(bytes / median(analysis) * 1000 / 2 ** 20).toFixed(1)} MiB/s), paste → result ${median(total).toFixed(1)} ms, ${n} runs;`
    + ` memory: worker wasm ${mib(memory.worker)} MiB (${(memory.worker / bytes).toFixed(1)}× the input), page wasm ${mib(memory.page)} MiB, page JS heap ${mib(memory.heap)} MiB`);
}
// V8 tiers a worker's wasm up from its baseline compiler function by function as they get hot;
// timed alone, the sample's analysis keeps getting faster for about forty analyses.
const ALONE_WARM_UP = 60;
// The same worker alone: a second instance of the app's worker script, sent the sample directly
// (the protocol of src/protocol.rs), so that the page's own work on a paste (saving the draft,
// rendering the last result) does not share the two cores with the timed analyses.
page = await freshPage();
const alone = await page.evaluate(async ({ text, warmUp, runs }) => {
  const worker = new Worker('./report-lens-worker_loader.js');
  await new Promise((resolve) => worker.addEventListener('message', (e) => e.data.type === 'ready' && resolve(), { once: false }));
  const once = (job, data) => new Promise((resolve) => {
    const listen = (e) => {
      if (e.data.type === 'done' && e.data.job === job) { worker.removeEventListener('message', listen); resolve(e.data.ms); }
    };
    worker.addEventListener('message', listen);
    worker.postMessage({ job, kind: 'text', data });
  });
  const times = [];
  for (let i = 0; i < warmUp + runs; i++) {
    const ms = await once(i, text + ' '.repeat(i + 1));
    if (i >= warmUp) times.push(ms);
  }
  worker.terminate();
  return times;
}, { text: sample, warmUp: ALONE_WARM_UP, runs: Math.max(runs, 15) });
if (process.env.BENCH_ALL) console.log(alone.join(' '));
ours.alone = { ms: median(alone), min: Math.min(...alone) };
console.log(`Report Lens worker alone in Chromium, sample: analysis median ${ours.alone.ms.toFixed(2)} ms (least ${ours.alone.min.toFixed(2)}), ${alone.length} runs after ${ALONE_WARM_UP} warm-ups`);
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
console.log(`throughput ratio on the sample, Report Lens (wasm in Chromium, after ${WARM_UP} warm-up analyses) / peer: ${(peerMs / oursSample.ms).toFixed(0)}x on medians (${(peerMs / oursSample.min).toFixed(0)}x on the least times) as pasted in the app;`
  + ` ${(peerMs / ours.alone.ms).toFixed(0)}x (${(peerMs / ours.alone.min).toFixed(0)}x) in the worker alone after ${ALONE_WARM_UP}`);
