// Takes the README screenshot and measures navigation-to-analysis time of the release build.
// Usage: node tools/screenshot.mjs [runs]   (after `trunk build --release`)
import { serveDist, launchBrowser } from '../tests/harness.mjs';

const runs = Number(process.argv[2] ?? 7);
const server = await serveDist();
const browser = await launchBrowser();
const times = [];
for (let i = 0; i < runs; i++) {
  const context = await browser.newContext({ viewport: { width: 1400, height: 900 } });
  const page = await context.newPage();
  const start = Date.now();
  await page.goto(server.url);
  await page.locator('.reading mark.num').first().waitFor();
  times.push(Date.now() - start);
  if (i === 0) {
    await page.screenshot({ path: 'docs/screenshot.png' });
  }
  await context.close();
}
times.sort((a, b) => a - b);
console.log(`navigation to rendered analysis, ${runs} runs: median ${times[Math.floor(runs / 2)]} ms (min ${times[0]}, max ${times[runs - 1]})`);
await browser.close();
await server.close();
