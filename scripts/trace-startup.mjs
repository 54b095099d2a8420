#!/usr/bin/env node
// Where start-up goes, from a Chromium trace: opens the page once in headless Chromium (a
// fresh context, nothing cached), traces it from navigation until the five seeds are in
// the tables, and prints
//   - the page's marks (rasd:*, the worker's copied in) and when the worker's script
//     arrived (DedicatedWorkerHost::DidStartScriptLoad),
//   - per thread, the CPU (the trace's thread time) and the wall time of its tasks from
//     navigation to ready, and the events its CPU went to (self time),
//   - how many wasm functions were compiled lazily on first call and what the optimizing
//     tier (TurboFan, on the thread pool) cost.
// On a loaded machine wall time is mostly waiting for a core: read the CPU column.
//
//   node scripts/trace-startup.mjs [TRACE.json]   (default tmp/trace-startup.json; load it
//                                                  in chrome://tracing or ui.perfetto.dev)
import fs from 'node:fs';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { repo, SEEDS, CHROMIUM, ARGS, startServer, stopServer } from '../tests/browser/harness.mjs';

const out = process.argv[2] ?? path.join(repo, 'tmp/trace-startup.json');
fs.mkdirSync(path.dirname(out), { recursive: true });
const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8', 'v8.wasm',
  'disabled-by-default-v8.compile', 'blink', 'blink.user_timing', 'loading'];

const { child, url } = await startServer();
const browser = await chromium.launch({ executablePath: CHROMIUM, headless: true, args: ARGS });
try {
  const page = await (await browser.newContext({ viewport: { width: 1280, height: 900 } })).newPage();
  page.on('console', (m) => { if (m.type() === 'error') console.log(`console error: ${m.text()}`); });
  await browser.startTracing(page, { path: out, categories: CATEGORIES });
  await page.goto(url);
  await page.waitForFunction((n) => {
    const d = document.documentElement.dataset;
    return d.rasdState === 'ready' && d.rasdDocuments === String(n);
  }, SEEDS.length, { timeout: 30_000, polling: 'raf' });
  // The worker's marks arrive just after ready.
  await page.waitForFunction(() => performance.getEntriesByName('rasd:worker:constructed').length > 0, null, { timeout: 5_000 })
    .catch(() => {});
  await browser.stopTracing();
} finally {
  await browser.close();
  stopServer(child);
}

const { traceEvents: events } = JSON.parse(fs.readFileSync(out, 'utf8'));
const threadName = new Map();
for (const e of events) {
  if (e.ph === 'M' && e.name === 'thread_name') threadName.set(`${e.pid}:${e.tid}`, e.args.name);
}
const nameOf = (e) => threadName.get(`${e.pid}:${e.tid}`) ?? '?';
const t0 = Math.min(...events.filter((e) => e.name === 'navigationStart').map((e) => e.ts));
const ready = Math.max(...events.filter((e) => e.name === 'rasd:ready').map((e) => e.ts));
const ms = (us) => (us / 1000).toFixed(0).padStart(6);

console.log(`trace: ${path.relative(process.cwd(), out)}\n\nfrom navigation:`);
const marks = events.filter((e) => e.name.startsWith('rasd:') || e.name === 'DedicatedWorkerHost::DidStartScriptLoad');
for (const e of marks.sort((a, b) => a.ts - b.ts)) {
  console.log(`  ${ms(e.ts - t0)} ms  ${e.name === 'DedicatedWorkerHost::DidStartScriptLoad' ? "the worker's script arrived" : e.name.slice(5)}`);
}

// Complete events before ready, nested per thread: a parent's self time leaves out its children's.
const slices = events.filter((e) => e.ph === 'X' && e.dur !== undefined && e.ts >= t0 && e.ts < ready)
  .sort((a, b) => a.pid - b.pid || a.tid - b.tid || a.ts - b.ts || b.dur - a.dur);
const threads = new Map(); // name -> {cpu, wall, self: Map(event -> cpu)}
let stack = [];
let current = '';
for (const e of slices) {
  const key = `${e.pid}:${e.tid}`;
  if (key !== current) {
    stack = [];
    current = key;
  }
  while (stack.length && stack.at(-1).ts + stack.at(-1).dur <= e.ts) stack.pop();
  const name = nameOf(e);
  if (!threads.has(name)) threads.set(name, { cpu: 0, wall: 0, self: new Map() });
  const t = threads.get(name);
  const cpu = e.tdur ?? 0;
  if (stack.length) {
    const parent = stack.at(-1).name;
    t.self.set(parent, (t.self.get(parent) ?? 0) - cpu);
  } else {
    t.cpu += cpu;
    t.wall += Math.min(e.ts + e.dur, ready) - e.ts;
  }
  t.self.set(e.name, (t.self.get(e.name) ?? 0) + cpu);
  stack.push(e);
}
const total = [...threads.values()].reduce((n, t) => n + t.cpu, 0);
console.log(`\nnavigation to ready: ${ms(ready - t0)} ms; CPU of the traced tasks ${ms(total)} ms, by thread (CPU, wall):`);
for (const [name, t] of [...threads].sort((a, b) => b[1].cpu - a[1].cpu).slice(0, 8)) {
  const top = [...t.self].filter(([, v]) => v >= 2000).sort((a, b) => b[1] - a[1]).slice(0, 6)
    .map(([n, v]) => `${n} ${(v / 1000).toFixed(0)}`).join(', ');
  console.log(`  ${ms(t.cpu)} ${ms(t.wall)}  ${name}: ${top}`);
}

const sum = (name, field) => events.filter((e) => e.name === name && e.ts >= t0 && e.ts < ready)
  .reduce((n, e) => n + (e[field] ?? 0), 0);
const lazy = events.filter((e) => e.name === 'wasm.CompileLazy' && e.ts >= t0 && e.ts < ready);
console.log(`\nwasm: ${lazy.length} functions compiled lazily on first call (CPU ${ms(sum('wasm.CompileLazy', 'tdur'))} ms, wall ${ms(sum('wasm.CompileLazy', 'dur'))} ms);`
  + ` optimizing tier-up CPU ${ms(sum('wasm.TopTierCompilation', 'tdur'))} ms, wall ${ms(sum('wasm.TopTierCompilation', 'dur'))} ms`);
