#!/usr/bin/env node
// How long each relation view takes to open on a larger corpus: loads the page with
// the seeds in headless Chromium, adds FILE (e.g. a SaudiNewsNet JSON array), then
// opens events, timeline, graph, map and summaries in turn and prints the time from
// the click to the view drawn, and how many elements it drew.
//
//   node scripts/bench-views.mjs FILE        (RASD_CHROMIUM=/usr/bin/chromium)
//
// A benchmark, not a test: the machine is shared, so rerun and read the spread.
import path from 'node:path';
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const file = process.argv[2];
if (!file) {
  console.error('usage: node scripts/bench-views.mjs FILE');
  process.exit(2);
}
const child = spawn('python3', [path.join(repo, 'scripts/serve.py'), '0', '--quiet'], { cwd: repo, stdio: ['ignore', 'pipe', 'inherit'] });
const base = await new Promise((resolve, reject) => {
  let out = '';
  child.on('exit', (code) => reject(new Error(`the static server exited (${code})`)));
  child.stdout.on('data', (chunk) => {
    out += chunk;
    const m = out.match(/^(http:\/\/127\.0\.0\.1:\d+\/www\/)$/m);
    if (m) resolve(m[1]);
  });
});
const browser = await chromium.launch({ executablePath: process.env.RASD_CHROMIUM ?? '/usr/bin/chromium',
  args: ['--headless', '--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const ready = (more) => page.waitForFunction((m) => {
    const d = document.documentElement.dataset;
    return d.rasdState === 'ready' && Number(d.rasdDocuments) > m;
  }, more, { timeout: 600_000 });
  await page.goto(base);
  await ready(0);
  const seeds = Number(await page.evaluate(() => document.documentElement.dataset.rasdDocuments));
  let t = Date.now();
  await page.setInputFiles('#file-input', file);
  await ready(seeds);
  const docs = await page.evaluate(() => document.documentElement.dataset.rasdDocuments);
  console.log(`${docs} articles analysed in ${Date.now() - t} ms`);
  for (const view of ['events', 'timeline', 'graph', 'map', 'summaries']) {
    t = Date.now();
    await page.click(`#tab-${view}`);
    await page.waitForSelector(`#view-${view}[data-ready=true]`, { timeout: 600_000 });
    const n = await page.evaluate((v) => document.getElementById(`view-${v}`).querySelectorAll('*').length, view);
    console.log(`${view}: ${Date.now() - t} ms, ${n} elements`);
  }
} finally {
  await browser.close();
  child.kill();
}
