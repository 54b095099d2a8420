#!/usr/bin/env node
// Screenshots of the page as a new reader goes through it, for a human to look at:
// desktop (1280 px) and phone (390 px) widths, Arabic and English labels, the bundled
// seeds (the tables, an entity, an article, each relation view) and then, if a FILE is
// given (a SaudiNewsNet day, say), the same after adding it (or, if it adds no article,
// the page with its message).
//
//   node scripts/screenshots.mjs [--wide | --narrow] [FILE]     (RASD_CHROMIUM=/usr/bin/chromium)
//
// Writes tmp/screens/WIDTH-LANG-STEP.png and prints how long each step took.
import fs from 'node:fs';
import path from 'node:path';
import { startServer, stopServer, launch, waitReady, SEEDS, repo } from '../tests/browser/harness.mjs';

const args = process.argv.slice(2);
const widths = args.includes('--wide') ? [[1280, 900]] : args.includes('--narrow') ? [[390, 844]] : [[1280, 900], [390, 844]];
const file = args.find((a) => !a.startsWith('--'));
const out = path.join(repo, 'tmp/screens');
fs.mkdirSync(out, { recursive: true });

const VIEWS = ['events', 'timeline', 'graph', 'map', 'summaries'];
const { child, url } = await startServer();
try {
  for (const [width, height] of widths) {
    for (const lang of ['ar', 'en']) {
      const tag = `${width}-${lang}`;
      const { page, errors, close } = await launch({ viewport: { width, height }, timeout: 300_000 });
      const shot = (step) => page.screenshot({ path: path.join(out, `${tag}-${step}.png`) });
      const timed = async (label, action) => {
        const t0 = Date.now();
        await action();
        console.log(`${tag} ${label}: ${((Date.now() - t0) / 1000).toFixed(1)} s`);
      };
      try {
        await page.addInitScript((l) => localStorage.setItem('rasd.lang', l), lang);
        await timed('open (seeds analysed)', async () => {
          await page.goto(url);
          await waitReady(page, SEEDS.length);
        });
        await shot('1-open');
        await page.locator('#entity-body td.name button').first().click();
        await page.waitForSelector('#panel .doc-group');
        await shot('2-entity');
        await page.click('#panel-close');
        await page.click('#tab-articles');
        await page.click('#article-list li:nth-child(2) button');
        await page.waitForSelector('.article-text p');
        await shot('3-article');
        const views = async (step) => {
          for (const view of VIEWS) {
            await timed(`${view} view`, async () => {
              await page.click(`#tab-${view}`);
              await page.waitForSelector(`#view-${view}[data-ready=true]`);
            });
            await shot(`${step}-${view}`);
          }
          await page.click('#tab-entities');
        };
        await views('4');
        if (file) {
          await timed(path.basename(file), async () => {
            await page.setInputFiles('#file-input', [file]);
            await page.waitForFunction(() => document.documentElement.dataset.rasdState === 'busy', null, { timeout: 10_000 }).catch(() => {});
            await page.waitForTimeout(1000);
            await shot('5-progress');
            await page.waitForFunction(() => document.documentElement.dataset.rasdState === 'ready');
          });
          await shot('6-added');
          // A FILE that adds no article (a refused file, say) has its message in shot 6;
          // otherwise open the first added article (the list starts with the seeds).
          const count = Number(await page.evaluate(() => document.documentElement.dataset.rasdDocuments));
          if (count > SEEDS.length) {
            await page.click('#tab-articles');
            await page.click(`#article-list li:nth-child(${SEEDS.length + 1}) button`);
            await page.waitForSelector('.article-text p');
            await shot('7-article');
            await views('8');
          } else {
            console.log(`${tag} ${path.basename(file)} added no article (${count} in all); see ${tag}-6-added.png`);
          }
        }
        if (errors.length) console.log(`${tag} console errors:`, errors);
      } finally {
        await close();
      }
    }
  }
} finally {
  stopServer(child);
}
console.log(`screenshots in ${out}`);
