#!/usr/bin/env node
// How the entity panel opens on a big corpus: the page with the mock core of
// tests/browser/mock-big-rasd.js (PEOPLE persons, made instantly: this measures the
// page, not the analyzer), then OPENS entities clicked in turn; for each, the time
// from the click to its first context drawn and the main thread's long tasks (over
// 50 ms) until the panel is complete (contexts and merge list).
//
//   node scripts/bench-panel.mjs [PEOPLE=100000] [OPENS=5]   (RASD_CHROMIUM=/usr/bin/chromium)
//
// A benchmark, not a test: the machine is shared, so rerun and read the spread.
import os from 'node:os';
import { SEEDS, startServer, stopServer, launch, useMockCore, waitReady, recordLongTasks, takeLongTasks } from '../tests/browser/harness.mjs';

const people = Number(process.argv[2] ?? 100_000);
const opens = Number(process.argv[3] ?? 5);
const { child, url } = await startServer();
const { ctx, page, errors, close } = await launch({ timeout: 120_000 });
try {
  await useMockCore(ctx, 'mock-big-rasd.js');
  await recordLongTasks(ctx);
  await page.goto(url);
  await waitReady(page, SEEDS.length);
  await page.setInputFiles('#file-input', [{ name: `people-${people}.txt`, mimeType: 'text/plain', buffer: Buffer.from('x') }]);
  await waitReady(page, SEEDS.length + Math.ceil(people / 1000), 120_000);
  await page.waitForTimeout(1000);
  await takeLongTasks(page);
  console.log(`${people} entities; load average ${os.loadavg().map((x) => x.toFixed(1)).join(' ')}`);
  for (let i = 0; i < opens; i++) {
    const t0 = Date.now();
    await page.locator('#entity-body button.entity-link').nth(i * 3).click();
    await page.waitForSelector('#panel:not([hidden]) .doc-group mark');
    const first = Date.now() - t0;
    await page.waitForSelector('#panel-contexts:not([aria-busy])');
    await page.waitForFunction(() => !document.querySelector('#merge-with[aria-busy]'));
    await page.waitForTimeout(300);
    const tasks = await takeLongTasks(page);
    console.log(`opening ${i + 1}: first context after ${first} ms; tasks over 50 ms: ${JSON.stringify(tasks)}`);
  }
  if (errors.length) console.log('console errors:', errors);
} finally {
  await close();
  stopServer(child);
}
