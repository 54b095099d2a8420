#!/usr/bin/env node
// The core's memory in Node (the V8 of Chromium), without the page: the calls the
// worker makes (beginFile, then analyzeNext article by article), a table update
// (tableUpdate) every --refresh articles as the page's refreshes ask for, and after
// each file the wasm memory (memory.buffer.byteLength: it never shrinks) and the
// heap the core holds (heapBytes: live now, and the most at once).
//
//   node scripts/bench-wasm-memory.mjs [--pkg DIR] [--refresh N] FILE...
//
// A quicker loop than scripts/bench-browser.mjs for the wasm's part of the page's
// memory; the page adds Chromium, the page's own JS and the worker's JS around it.
import { readFileSync } from 'node:fs';
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : fallback;
};
const pkg = flag('--pkg', 'pkg');
const refresh = Number(flag('--refresh', 3000));
if (!args.length) {
  console.error('usage: node scripts/bench-wasm-memory.mjs [--pkg DIR] [--refresh N] FILE...');
  process.exit(2);
}
const glue = await import(pathToFileURL(resolve(pkg, 'rasd.js')).href);
const wasm = glue.initSync({ module: readFileSync(resolve(pkg, 'rasd_bg.wasm')) });
const MiB = (n) => `${(n / 1048576).toFixed(1)} MiB`;
const heap = () => glue.heapBytes?.() ?? { live: NaN, peak: NaN };
const rasd = new glue.Rasd();
console.log(`new Rasd(): wasm memory ${MiB(wasm.memory.buffer.byteLength)}, live ${MiB(heap().live)}`);
const t0 = performance.now();
let articles = 0;
let updates = 0;
for (const f of args) {
  const n = rasd.beginFile(basename(f), readFileSync(f));
  for (let left = n; left > 0;) {
    left = rasd.analyzeNext(1);
    if (++articles % refresh === 0) {
      rasd.tableUpdate(0, false);
      updates++;
    }
  }
  const h = heap();
  console.log(`${basename(f)}: ${articles} articles; wasm memory ${MiB(wasm.memory.buffer.byteLength)}, live ${MiB(h.live)}, peak live ${MiB(h.peak)}`);
}
const update = rasd.tableUpdate(0, false);
const h = heap();
console.log(`after the last table update (${update.entities} rows, ${updates + 1} updates): wasm memory ${MiB(wasm.memory.buffer.byteLength)}, live ${MiB(h.live)}, peak live ${MiB(h.peak)}; ${((performance.now() - t0) / 1000).toFixed(1)} s`);
