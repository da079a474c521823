// Trunk post-build hook: moves the inline module script that trunk writes into index.html
// into its own file, so that the Content-Security-Policy can forbid inline scripts
// (script-src 'self'). See trunk-rs/trunk#288.
import { createHash } from 'node:crypto';
import { readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';

const dir = process.env.TRUNK_STAGING_DIR;
if (!dir) throw new Error('TRUNK_STAGING_DIR is not set: run this as a trunk post_build hook');
const indexPath = join(dir, 'index.html');
const html = await readFile(indexPath, 'utf8');
const pattern = /<script type="module"(?: nonce="[^"]*")?>([\s\S]*?)<\/script>/;
const match = html.match(pattern);
if (!match) throw new Error('no inline module script found in index.html');
// After the app, the service worker that keeps it working offline (tools/service-worker.mjs).
// The loader awaits the wasm, so the page may have loaded already when this line runs.
const register = `if ('serviceWorker' in navigator) {
  const register = () => navigator.serviceWorker.register('./sw.js').catch(() => {});
  if (document.readyState === 'complete') register(); else addEventListener('load', register);
}`;
const body = match[1].trim() + '\n' + register + '\n';
const name = `loader-${createHash('sha256').update(body).digest('hex').slice(0, 16)}.js`;
await writeFile(join(dir, name), body);
await writeFile(indexPath, html.replace(pattern, `<script type="module" src="./${name}"></script>`));
console.log(`externalized the loader script to ${name}`);

// Last, the service worker, which lists every file of the build including the loader.
await import('./service-worker.mjs');
