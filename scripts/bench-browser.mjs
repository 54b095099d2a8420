#!/usr/bin/env node
// The page on a whole archive, in headless Chromium: time, memory, responsiveness.
//
//   node scripts/bench-browser.mjs [DIR] [--files N] [--shots] [--repo CHECKOUT]
//
// DIR holds SaudiNewsNet's JSON files (default ../shared/data/saudinewsnet, unzipped
// into tmp/snn/ when only the .zip files are there). Serves the repository like
// scripts/serve, opens the page in a fresh profile, waits for the five seeds, then
// sets the files on the file input (as a user choosing them) and waits until the page
// is ready again. Reports:
//   - wall time from choosing the files to ready (every article in the tables);
//   - articles in the page (data-rasd-documents) against the articles in the files
//     (elements with neither title nor content are skipped by ingest: 57 in SaudiNewsNet);
//   - peak memory of all Chromium processes (sum of PSS, sampled every second from
//     /proc) and of the largest one (the page's renderer: page, worker and wasm), and
//     where it is (harness.mjs memoryProbe): the worker's wasm linear memory, the JS
//     heaps of the worker and of the page, the renderer's rest (Blink, code, V8's
//     own), the other processes (browser, GPU, network…), at the seeds, at the peak,
//     when ready, and after collecting the JS garbage then (what was garbage);
//   - the main thread's long tasks (PerformanceObserver 'longtask', over 50 ms): the
//     longest, and how many took over 100 ms;
//   - CPU seconds of the Chromium threads while the files were analysed, by thread name
//     (/proc/PID/task/TID/stat): the worker's is the analysis, the page's main thread
//     the drawing. On a shared machine these say more than the wall time.
// --repo serves another checkout's www/ and pkg/ (e.g. main), to compare with this
// script's measurements. RASD_CHROMIUM overrides the browser path (default /usr/bin/chromium).
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { repo, SEEDS as SEED_FILES, CHROMIUM, ARGS, startServer, descendants, threadCpu, recordLongTasks, memoryProbe } from '../tests/browser/harness.mjs';


const argv = process.argv.slice(2);
const flag = (name) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv.splice(i, 2)[1] : undefined;
};
const limit = Number(flag('--files') ?? Infinity);
const served = flag('--repo');
const shots = argv.includes('--shots') && argv.splice(argv.indexOf('--shots'), 1);
let dir = argv[0] ?? path.join(repo, '../shared/data/saudinewsnet');

function jsonFiles(d) {
  return fs.readdirSync(d).filter((f) => f.endsWith('.json')).sort().map((f) => path.join(d, f));
}

if (jsonFiles(dir).length === 0) {
  const zips = fs.readdirSync(dir).filter((f) => f.endsWith('.zip')).map((f) => path.join(dir, f));
  const out = path.join(repo, 'tmp/snn');
  fs.mkdirSync(out, { recursive: true });
  if (jsonFiles(out).length === 0) {
    for (const z of zips) execFileSync('unzip', ['-q', '-o', '-j', z, '*.json', '-d', out]);
  }
  dir = out;
}
const files = jsonFiles(dir).slice(0, limit);
const bytes = files.reduce((n, f) => n + fs.statSync(f).size, 0);
const elements = files.map((f) => JSON.parse(fs.readFileSync(f, 'utf8')));
const articles = elements.reduce((n, a) => n + a.length, 0);
// Elements with neither title nor content are skipped by ingest (nothing to analyse).
const blank = (x) => !String(x?.title ?? '').trim() && !String(x?.content ?? '').trim();
const empty = elements.reduce((n, a) => n + a.filter(blank).length, 0);
elements.length = 0;
const SEEDS = SEED_FILES.length;


const MiB = (bytes) => (bytes == null ? '?' : `${(bytes / 1048576).toFixed(0)} MiB`);
/** Where the memory is, from a memoryProbe sample. */
const breakdown = (m) => `all Chromium processes ${MiB(m.pss)} PSS = the renderer ${MiB(m.largest)} (wasm memory ${MiB(m.wasm)}, worker JS heap ${MiB(m.worker)}, page JS heap ${MiB(m.page)}, the rest ${MiB(m.largest - (m.wasm ?? 0) - (m.worker ?? 0) - (m.page ?? 0))}) + the other processes ${MiB(m.pss - m.largest)}`;

const { child: server, url } = await startServer(served ? path.resolve(served) : undefined);
const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'rasd-bench-'));
const context = await chromium.launchPersistentContext(profile, {
  executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1280, height: 900 },
});
try {
  const page = context.pages()[0] ?? await context.newPage();
  const errors = [];
  page.on('pageerror', (e) => errors.push(String(e)));
  // Long tasks of the main thread, from the start (buffered), kept on the page.
  await recordLongTasks(page);
  await page.goto(url);
  await page.waitForFunction((n) => document.documentElement.dataset.rasdState === 'ready'
    && document.documentElement.dataset.rasdDocuments === String(n), SEEDS, { timeout: 60_000 });

  const probe = await memoryProbe(context, page, server.pid);
  await page.waitForTimeout(2000);
  const atSeeds = await probe();
  let peak = atSeeds; // the sample with the most PSS in all
  const peaks = { ...atSeeds }; // each figure's own peak
  let peakAt = 0;
  let sampling = false;
  const sample = async () => {
    if (sampling) return; // the last one is still waiting for the busy worker
    sampling = true;
    try {
      const m = await probe();
      for (const k of Object.keys(peaks)) peaks[k] = Math.max(peaks[k] ?? 0, m[k] ?? 0);
      if (m.pss > peak.pss) {
        peak = m;
        peakAt = (Date.now() - t0) / 1000;
      }
    } finally {
      sampling = false;
    }
  };

  console.log(`${files.length} files, ${(bytes / 1e6).toFixed(1)} MB, ${articles} articles (+${SEEDS} seeds) from ${dir}`);
  const start = await page.evaluate(() => {
    window.__longtasks = [];
    return performance.now();
  });
  const cpu0 = threadCpu(descendants(process.pid, server.pid));
  const t0 = Date.now();
  const sampler = setInterval(sample, 1000);
  await page.setInputFiles('#file-input', files);
  let shot = 0;
  for (;;) {
    const done = await page.evaluate(() => {
      const d = document.documentElement.dataset;
      return d.rasdState === 'ready' && Number(d.rasdDocuments) > 5;
    });
    if (done) break;
    if (shots && shot < 2 && Date.now() - t0 > (shot + 1) * 15_000) {
      await page.screenshot({ path: path.join(repo, `tmp/bench-progress-${shot}.png`) });
      shot++;
    }
    const status = await page.locator('#status').textContent();
    process.stdout.write(`\r${((Date.now() - t0) / 1000).toFixed(0)} s  ${status}          `);
    await new Promise((r) => setTimeout(r, 1000));
  }
  const wall = (Date.now() - t0) / 1000;
  const cpu1 = threadCpu(descendants(process.pid, server.pid));
  await sample();
  clearInterval(sampler);
  const atEnd = await probe();
  await probe.collectGarbage();
  await page.waitForTimeout(1000);
  const afterGc = await probe();
  const documents = Number(await page.getAttribute('html', 'data-rasd-documents'));
  const entities = Number(await page.getAttribute('html', 'data-rasd-entities'));
  const tasks = await page.evaluate((s) => window.__longtasks.filter((t) => t.start >= s), start);
  const longest = tasks.reduce((m, t) => Math.max(m, t.duration), 0);
  const messages = await page.locator('#message-list li').allTextContents();
  if (shots) await page.screenshot({ path: path.join(repo, 'tmp/bench-done.png') });

  console.log(`\nwall time, files chosen -> ready: ${wall.toFixed(1)} s (${(bytes / 1e6 / wall).toFixed(2)} MB/s)`);
  console.log(`articles in the page: ${documents} (files hold ${articles}, ${empty} of them without title or text, + ${SEEDS} seeds: ${articles - empty + SEEDS} expected); entities: ${entities}`);
  console.log(`peak memory: all Chromium processes ${MiB(peaks.pss)} PSS; largest process ${MiB(peaks.largest)}; wasm memory ${MiB(peaks.wasm)}; JS heap: worker ${MiB(peaks.worker)}, page ${MiB(peaks.page)}`);
  console.log(`  with the seeds: ${breakdown(atSeeds)}`);
  console.log(`  at the peak (${peakAt.toFixed(0)} s): ${breakdown(peak)}`);
  console.log(`  when ready: ${breakdown(atEnd)}`);
  console.log(`  then after collecting the JS garbage (page and worker): ${breakdown(afterGc)}`);
  console.log(`main-thread long tasks (>50 ms): ${tasks.length}, over 100 ms: ${tasks.filter((t) => t.duration > 100).length}, longest ${longest.toFixed(0)} ms`);
  const over = tasks.filter((t) => t.duration > 100).map((t) => `${((t.start - start) / 1000).toFixed(1)} s: ${t.duration.toFixed(0)} ms`);
  if (over.length) console.log(`  over 100 ms (time after choosing the files: duration): ${over.join(', ')}`);
  const byName = new Map();
  for (const [key, s] of cpu1) {
    const name = key.slice(key.indexOf(' ') + 1);
    byName.set(name, (byName.get(name) ?? 0) + s - (cpu0.get(key) ?? 0));
  }
  const busiest = [...byName].filter(([, s]) => s >= 0.5).sort((a, b) => b[1] - a[1]);
  const all = [...byName.values()].reduce((a, b) => a + b, 0);
  console.log(`CPU seconds while analysing: all Chromium threads ${all.toFixed(1)}; ${busiest.map(([n, s]) => `${n} ${s.toFixed(1)}`).join(', ')}`);
  if (messages.length) console.log(`messages on the page:\n  ${messages.join('\n  ')}`);
  if (errors.length) console.log(`page errors:\n  ${errors.join('\n  ')}`);
} finally {
  await context.close();
  fs.rmSync(profile, { recursive: true, force: true });
  server.kill();
}
