#!/usr/bin/env node
// What a cancel leaves in memory, against a fresh worker holding the same articles:
// memory (PSS) of all the Chromium processes and of the largest one.
//
//   node scripts/bench-cancel.mjs [--at FRACTION] FILE...     (RASD_CHROMIUM=/usr/bin/chromium)
//
// Opens the page (the seeds), adds the FILEs (SaudiNewsNet-style JSON arrays), cancels
// once FRACTION (default 0.25) of their bytes are analysed, and measures 5 s after the
// page is ready again. Then it writes what was kept (each file cut down to the articles
// the page has: the export's article names), clears, adds the seeds and those files to
// the fresh worker Clear all starts, and measures again: the difference is what
// re-creating the worker after a cancel would give back, and the time that took is what
// it would cost. A benchmark, not a test: rerun and read the spread.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { descendants, startServer, stopServer, launch, waitReady, data, SEEDS, repo } from '../tests/browser/harness.mjs';

const args = process.argv.slice(2);
let at = 0.25;
if (args[0] === '--at') {
  at = Number(args[1]);
  args.splice(0, 2);
}
if (args.length === 0 || !(at > 0 && at < 1)) {
  console.error('usage: node scripts/bench-cancel.mjs [--at FRACTION] FILE...');
  process.exit(2);
}

function pssKiB(pid) {
  try {
    return Number(fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8').match(/^Pss:\s+(\d+) kB/m)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

const { child, url } = await startServer();
const { page, errors, close } = await launch({ acceptDownloads: true, timeout: 900_000 });
const measure = (label) => {
  const pss = descendants(process.pid, child.pid).map(pssKiB);
  const mib = (kib) => (kib / 1024).toFixed(0);
  console.log(`${label}: all Chromium processes ${mib(pss.reduce((a, b) => a + b, 0))} MiB PSS, largest ${mib(Math.max(...pss))} MiB`);
};
const ready = async () => {
  await page.waitForFunction(() => document.documentElement.dataset.rasdState === 'busy', null, { timeout: 60_000 }).catch(() => {});
  await page.waitForFunction(() => document.documentElement.dataset.rasdState === 'ready');
  return Number(await data(page, 'rasdDocuments'));
};
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rasd-bench-cancel-'));
try {
  await page.goto(url);
  await waitReady(page, SEEDS.length);
  await page.waitForTimeout(2000);
  measure('seeds');

  const t0 = Date.now();
  await page.setInputFiles('#file-input', args);
  await page.waitForFunction((f) => {
    const p = document.getElementById('progress');
    return !p.hidden && p.value >= f * p.max;
  }, at, { polling: 100 });
  await page.click('#cancel');
  await page.waitForFunction(() => document.documentElement.dataset.rasdState === 'ready');
  const documents = Number(await data(page, 'rasdDocuments'));
  console.log(`cancelled at ${Math.round(at * 100)}% of the bytes, after ${((Date.now() - t0) / 1000).toFixed(1)} s: ${documents} articles (seeds included), ${await data(page, 'rasdEntities')} entities`);
  await page.waitForTimeout(5000);
  measure('5 s after the cancel');

  // What was kept, file by file: the articles' names are FILE#INDEX (the element's index).
  const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
  const names = JSON.parse(fs.readFileSync(await download.path(), 'utf8')).documents.map((d) => d.name);
  const kept = [];
  for (const file of args) {
    const base = path.basename(file);
    const indices = names.filter((n) => n.startsWith(`${base}#`)).map((n) => Number(n.slice(base.length + 1)));
    if (indices.length === 0) continue;
    const elements = JSON.parse(fs.readFileSync(file, 'utf8'));
    const out = path.join(dir, base);
    // Indices count from 1 (ingest.rs, json.rs) or 0: keep up to the last one analysed.
    const from1 = !indices.includes(0);
    fs.writeFileSync(out, JSON.stringify(elements.slice(0, Math.max(...indices) + (from1 ? 0 : 1))));
    kept.push(out);
  }

  await page.click('#clear');
  await waitReady(page, 0, 120_000);
  const t1 = Date.now();
  await page.setInputFiles('#file-input', [...SEEDS.map((s) => path.join(repo, 'www/corpus', s)), ...kept]);
  const again = await ready();
  console.log(`the same articles (${again}) in a fresh worker: analysed again in ${((Date.now() - t1) / 1000).toFixed(1)} s`);
  await page.waitForTimeout(5000);
  measure('5 s after, fresh worker');
  if (errors.length) console.log('console errors:', errors);
} finally {
  await close();
  stopServer(child);
  fs.rmSync(dir, { recursive: true, force: true });
}
