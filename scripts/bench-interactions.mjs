#!/usr/bin/env node
// How long the page takes to answer what a reader does, on a larger corpus: loads the
// page with the seeds in headless Chromium, adds FILE (e.g. a SaudiNewsNet day), then
// times, in the page, from the action to the next frame drawn after it: opening the
// Articles tab, switching the language, opening an entity, a keystroke in the entity
// filter and in the events filter, and coming back to a relation view already drawn.
// Each is repeated (ROUNDS, default 5) and printed as it came.
//
//   node scripts/bench-interactions.mjs FILE [ROUNDS]     (RASD_CHROMIUM=/usr/bin/chromium)
//
// A benchmark, not a test: the machine is shared, so rerun and read the spread (the
// load average is printed with it).
import os from 'node:os';
import { startServer, stopServer, launch, waitReady, SEEDS } from '../tests/browser/harness.mjs';

const [file, rounds = '5'] = process.argv.slice(2);
if (!file) {
  console.error('usage: node scripts/bench-interactions.mjs FILE [ROUNDS]');
  process.exit(2);
}
const n = Number(rounds);
const { child, url } = await startServer();
const { page, close } = await launch({ timeout: 600_000 });
try {
  await page.addInitScript(() => localStorage.setItem('rasd.lang', 'en'));
  await page.goto(url);
  await waitReady(page, SEEDS.length);
  await page.setInputFiles('#file-input', [file]);
  await page.waitForFunction((s) => document.documentElement.dataset.rasdState === 'ready'
    && Number(document.documentElement.dataset.rasdDocuments) > s, SEEDS.length, { timeout: 600_000 });
  const docs = await page.evaluate(() => document.documentElement.dataset.rasdDocuments);
  const entities = await page.evaluate(() => document.documentElement.dataset.rasdEntities);

  // From a click (or an input event) to the frame after it, in ms.
  const clickToFrame = (selector) => page.evaluate((s) => new Promise((resolve) => {
    const t0 = performance.now();
    document.querySelector(s).click();
    requestAnimationFrame(() => setTimeout(() => resolve(Math.round(performance.now() - t0)), 0));
  }), selector);
  const typeToFrame = (selector, value) => page.evaluate(([s, v]) => new Promise((resolve) => {
    const input = document.querySelector(s);
    const t0 = performance.now();
    input.value = v;
    input.dispatchEvent(new Event('input', { bubbles: true }));
    requestAnimationFrame(() => setTimeout(() => resolve(Math.round(performance.now() - t0)), 0));
  }), [selector, value]);
  const settle = () => page.waitForFunction(() => document.documentElement.dataset.rasdState === 'ready').then(() => page.waitForTimeout(300));

  const times = { articlesTab: [], language: [], entity: [], entityFilter: [], eventsFilter: [], eventsAgain: [] };
  const words = ['م', 'مح', 'محم', 'محمد'];
  for (let i = 0; i < n; i++) {
    times.articlesTab.push(await clickToFrame('#tab-articles'));
    await settle();
    await page.click('#tab-entities');
    await settle();
    times.language.push(await clickToFrame('#lang-toggle'));
    await settle();
    times.entity.push(await clickToFrame(`#entity-body tr.row:nth-child(${i + 2}) td.name button`));
    await page.waitForSelector('#panel .doc-group');
    await settle();
    await page.click('#panel-close');
    for (const w of words) times.entityFilter.push(await typeToFrame('#filter', w));
    await typeToFrame('#filter', '');
    await page.click('#tab-events');
    await page.waitForSelector('#view-events[data-ready=true]');
    for (const w of words) times.eventsFilter.push(await typeToFrame('#view-events .view-filter', w));
    await typeToFrame('#view-events .view-filter', '');
    await page.click('#tab-entities');
    await settle();
    times.eventsAgain.push(await clickToFrame('#tab-events'));
    await settle();
    await page.click('#tab-entities');
    await settle();
  }
  console.log(`${docs} articles, ${entities} entities; load average ${os.loadavg().map((l) => l.toFixed(1)).join(' ')}`);
  for (const [what, ms] of Object.entries(times)) {
    const sorted = [...ms].sort((a, b) => a - b);
    console.log(`${what.padEnd(13)} median ${sorted[sorted.length >> 1]} ms, max ${sorted.at(-1)} ms: ${ms.join(' ')}`);
  }
} finally {
  await close();
  stopServer(child);
}
