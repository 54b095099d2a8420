#!/usr/bin/env node
// What Clear all gives back: memory (PSS) of all the Chromium processes and of the
// largest one with the seeds, after adding FILEs, and 5 s after Clear all.
//
//   node scripts/bench-clear.mjs [--repo DIR] FILE...     (RASD_CHROMIUM=/usr/bin/chromium)
//
// --repo serves another checkout (its www/ and pkg/, e.g. main) with this script's
// browser harness, to compare. A benchmark, not a test: rerun and read the spread.
import fs from 'node:fs';
import path from 'node:path';
import { descendants } from '../tests/browser/harness.mjs';

const args = process.argv.slice(2);
let repoDir = null;
if (args[0] === '--repo') {
  repoDir = path.resolve(args[1]);
  args.splice(0, 2);
}
if (args.length === 0) {
  console.error('usage: node scripts/bench-clear.mjs [--repo DIR] FILE...');
  process.exit(2);
}
const h = await import(path.join(repoDir ?? path.resolve(path.dirname(new URL(import.meta.url).pathname), '..'), 'tests/browser/harness.mjs'));

function pssKiB(pid) {
  try {
    return Number(fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8').match(/^Pss:\s+(\d+) kB/m)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

const { child, url } = await h.startServer();
const { page, errors, close } = await h.launch();
page.setDefaultTimeout(900_000); // analysing takes minutes (and an older harness takes no options)
const measure = (label) => {
  const pss = descendants(process.pid, child.pid).map(pssKiB);
  const mib = (kib) => (kib / 1024).toFixed(0);
  console.log(`${label}: all Chromium processes ${mib(pss.reduce((a, b) => a + b, 0))} MiB PSS, largest ${mib(Math.max(...pss))} MiB`);
};
try {
  await page.goto(url);
  await h.waitReady(page, h.SEEDS.length);
  await page.waitForTimeout(2000);
  measure('seeds');
  const t0 = Date.now();
  await page.setInputFiles('#file-input', args);
  await page.waitForFunction(() => document.documentElement.dataset.rasdState === 'busy', null, { timeout: 60_000 }).catch(() => {});
  await page.waitForFunction(() => document.documentElement.dataset.rasdState === 'ready');
  console.log(`added in ${((Date.now() - t0) / 1000).toFixed(1)} s: ${await h.data(page, 'rasdDocuments')} articles, ${await h.data(page, 'rasdEntities')} entities`);
  await page.waitForTimeout(2000);
  measure('files added');
  await page.click('#clear');
  await h.waitReady(page, 0, 120_000);
  await page.waitForTimeout(5000);
  measure('5 s after Clear all');
  if (errors.length) console.log('console errors:', errors);
} finally {
  await close();
  h.stopServer(child);
}
