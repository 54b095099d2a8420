#!/usr/bin/env node
// Start-up benchmark: opens the page in headless Chromium RUNS times (a fresh profile
// each time, so nothing is cached) and prints, per run, the time from navigation to
// `data-rasd-state=ready` with the five seed articles in the tables, and where it went:
// the page's own marks (rasd:*) and the worker's (rasd:worker:*), copied into the
// page's timeline by www/app.js.
//
//   node scripts/bench-startup.mjs [RUNS]        (default 5; RASD_CHROMIUM=/usr/bin/chromium)
//
// "ready" is taken in the page: a MutationObserver (installed before the page's own
// scripts) notes the moment the state turns ready; ready is the end of the next frame
// (its layout and paint, which draw the tables, measured by a task queued from its
// animation-frame callback). What the harness notices (polling, then a round trip to
// the browser) is printed beside it as "noticed"; before 2026-11-23 02:15 UTC this
// script reported only that.
//
// Also the CPU seconds Chromium's threads used from navigation to ready (all threads, and
// the busiest by name: CrRendererMain is the page, DedicatedWorker the analysis), which
// a loaded machine disturbs less than wall time.
//
// A benchmark, not a test: the machine is shared, so read the median and the spread.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';
import { SEEDS, CHROMIUM, ARGS, startServer, descendants, threadCpu } from '../tests/browser/harness.mjs';

const runs = Number(process.argv[2] ?? 5);
const seeds = SEEDS.length;


/** CPU seconds Chromium's threads used between two threadCpu() readings, by thread name. */
function cpuBetween(before, after) {
  const byName = new Map();
  for (const [key, s] of after) {
    const name = key.slice(key.indexOf(' ') + 1);
    byName.set(name, (byName.get(name) ?? 0) + s - (before.get(key) ?? 0));
  }
  return byName;
}

async function once(url, server) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rasd-startup-'));
  const ctx = await chromium.launchPersistentContext(dir, { executablePath: CHROMIUM, headless: true, args: ARGS });
  try {
    const page = ctx.pages()[0] ?? await ctx.newPage();
    await page.addInitScript((n) => {
      // On the document: its root element does not exist yet when this runs.
      new MutationObserver((records, observer) => {
        const d = document.documentElement.dataset;
        if (d.rasdState !== 'ready' || d.rasdDocuments !== String(n)) return;
        observer.disconnect();
        globalThis.benchReady = performance.now();
        // The next frame's callbacks run before its style, layout and paint; a task
        // queued from them runs after those.
        requestAnimationFrame(() => {
          globalThis.benchFrame = performance.now();
          const { port1, port2 } = new MessageChannel();
          port1.onmessage = () => {
            globalThis.benchPainted = performance.now();
          };
          port2.postMessage(null);
        });
      }).observe(document, { subtree: true, attributeFilter: ['data-rasd-state', 'data-rasd-documents'] });
    }, seeds);
    const errors = [];
    page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
    const cpu0 = threadCpu(descendants(process.pid, server.pid));
    await page.goto(url);
    await page.waitForFunction((n) => {
      const d = document.documentElement.dataset;
      return d.rasdState === 'ready' && d.rasdDocuments === String(n);
    }, seeds, { timeout: 30_000, polling: 'raf' });
    const noticed = await page.evaluate(() => performance.now());
    await page.waitForFunction(() => globalThis.benchPainted !== undefined, null, { timeout: 5_000 });
    const [ready, frame, painted] = await page.evaluate(() => [globalThis.benchReady, globalThis.benchFrame, globalThis.benchPainted]);
    // From navigation to a little after ready (the harness's polling and round trips):
    // steadier than wall time on a loaded machine.
    const cpu = cpuBetween(cpu0, threadCpu(descendants(process.pid, server.pid)));
    // The worker's marks arrive just after ready.
    await page.waitForFunction(() => performance.getEntriesByName('rasd:worker:constructed').length > 0, null, { timeout: 5_000 })
      .catch(() => {});
    const marks = await page.evaluate(() => {
      const nav = performance.getEntriesByType('navigation')[0];
      const out = [['html parsed (domInteractive)', nav.domInteractive]];
      for (const m of performance.getEntriesByType('mark')) if (m.name.startsWith('rasd:')) out.push([m.name.slice(5), m.startTime]);
      for (const r of performance.getEntriesByType('resource')) out.push([`fetched ${r.name.replace(/^.*\/(www|pkg)\//, '$1/')}`, r.responseEnd]);
      return out.sort((a, b) => a[1] - b[1]);
    });
    marks.push(['data-rasd-state=ready', ready], ['the next frame begins', frame], ['that frame drawn (a task after it)', painted]);
    marks.sort((a, b) => a[1] - b[1]);
    return { ready: painted, noticed, marks, errors, cpu };
  } finally {
    await ctx.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

const { child, url } = await startServer();
try {
  const readies = [];
  const noticedAll = [];
  const cpus = [];
  for (let i = 0; i < runs; i++) {
    const { ready, noticed, marks, errors, cpu } = await once(url, child);
    readies.push(ready);
    noticedAll.push(noticed);
    const total = [...cpu.values()].reduce((a, b) => a + b, 0);
    cpus.push(total * 1000);
    const busiest = [...cpu].sort((a, b) => b[1] - a[1]).slice(0, 4).map(([n, s]) => `${n} ${s.toFixed(2)}`).join(', ');
    console.log(`run ${i + 1}: ready in ${ready.toFixed(0)} ms (noticed ${noticed.toFixed(0)}; load average ${os.loadavg()[0].toFixed(1)}); `
      + `CPU ${total.toFixed(2)} s (${busiest})`);
    if (i === 0 || process.env.RASD_VERBOSE) {
      for (const [name, at] of marks) console.log(`  ${at.toFixed(0).padStart(6)} ms  ${name}`);
    }
    for (const e of errors) console.log(`  console error: ${e}`);
  }
  const summary = (xs) => {
    xs.sort((a, b) => a - b);
    return `median ${xs[Math.floor(xs.length / 2)].toFixed(0)} ms, min ${xs[0].toFixed(0)}, max ${xs.at(-1).toFixed(0)}`;
  };
  console.log(`ready (tables drawn): ${summary(readies)} over ${runs} runs`);
  console.log(`noticed by the harness: ${summary(noticedAll)}`);
  console.log(`CPU of Chromium's threads from navigation to noticed: ${summary(cpus)}`);
} finally {
  child.kill();
}
