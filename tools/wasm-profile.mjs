// Times the core alone in V8 (Node), as wasm, on the bundled sample: the analysis without the
// worker, the messages or the page. With `--cpu-prof`, Node writes a profile of it.
//   cargo build --release -p report-core --example wasm_core --target wasm32-unknown-unknown
//   node tools/wasm-profile.mjs [runs] [warm-ups]
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';

const path = 'target/wasm32-unknown-unknown/release/examples/wasm_core.wasm';
const runs = Number(process.argv[2] ?? 200);
const warmUp = Number(process.argv[3] ?? 100);
const module = await WebAssembly.compile(readFileSync(path));
const imports = Object.fromEntries(WebAssembly.Module.imports(module).map(({ module: m }) => [m, {}]));
const { exports } = await WebAssembly.instantiate(module, imports);
exports.run(warmUp);
const times = [];
for (let i = 0; i < runs; i++) {
  const start = performance.now();
  exports.run(1);
  times.push(performance.now() - start);
}
times.sort((a, b) => a - b);
const at = (q) => times[Math.floor(q * (times.length - 1))];
console.log(`core alone in V8 (Node ${process.version}), sample: median ${at(0.5).toFixed(3)} ms, least ${at(0).toFixed(3)}, 90th ${at(0.9).toFixed(3)} (${runs} runs after ${warmUp} warm-ups)`);
