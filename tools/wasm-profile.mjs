// Times the core alone as wasm, on the bundled sample: the analysis without the app's worker,
// its messages or the page. In V8 under Node (with `--cpu-prof`, Node writes a profile of it),
// and with `chromium` in a worker of headless Chromium, the browser the app is measured in
// (whose worker timer has a resolution of 0.1 ms).
//   cargo build --release -p report-core --example wasm_core --target wasm32-unknown-unknown
//   node tools/wasm-profile.mjs [runs] [warm-ups] [chromium]
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const path = 'target/wasm32-unknown-unknown/release/examples/wasm_core.wasm';
const runs = Number(process.argv[2] ?? 200);
const warmUp = Number(process.argv[3] ?? 100);
const inChromium = process.argv[4] === 'chromium';
const bytes = readFileSync(path);

/** Instantiates the module and returns the sorted times of `runs` analyses after `warmUp`. */
async function timeCore(bytes, runs, warmUp, now) {
  const module = await WebAssembly.compile(bytes);
  const imports = Object.fromEntries(WebAssembly.Module.imports(module).map(({ module: m }) => [m, {}]));
  const { exports } = await WebAssembly.instantiate(module, imports);
  exports.run(warmUp);
  const times = [];
  for (let i = 0; i < runs; i++) {
    const start = now();
    exports.run(1);
    times.push(now() - start);
  }
  return times.sort((a, b) => a - b);
}

let times;
let where = `V8 (Node ${process.version})`;
if (inChromium) {
  const { launchBrowser } = await import('../tests/harness.mjs');
  const browser = await launchBrowser();
  const page = await browser.newPage();
  where = `a Chromium ${browser.version()} worker`;
  times = await page.evaluate(async ({ b64, runs, warmUp, timeCore }) => {
    const source = `const timeCore = ${timeCore};
      onmessage = async (e) => {
        const bytes = Uint8Array.from(atob(e.data.b64), (c) => c.charCodeAt(0));
        postMessage(await timeCore(bytes, e.data.runs, e.data.warmUp, () => performance.now()));
      };`;
    const worker = new Worker(URL.createObjectURL(new Blob([source], { type: 'text/javascript' })));
    return new Promise((resolve) => {
      worker.onmessage = (e) => resolve(e.data);
      worker.postMessage({ b64, runs, warmUp });
    });
  }, { b64: bytes.toString('base64'), runs, warmUp, timeCore: timeCore.toString() });
  await browser.close();
} else {
  times = await timeCore(bytes, runs, warmUp, () => performance.now());
}
const at = (q) => times[Math.floor(q * (times.length - 1))];
console.log(`core alone in ${where}, sample: median ${at(0.5).toFixed(3)} ms, least ${at(0).toFixed(3)}, 90th ${at(0.9).toFixed(3)} (${runs} runs after ${warmUp} warm-ups)`);
