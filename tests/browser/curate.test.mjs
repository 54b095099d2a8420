// Split and merge by hand in the real page (www/ + the built pkg/), headless Chromium:
// the panel lists the forms merged into an entity with their counts; splitting a form
// off and merging two entities change the tables, and both survive a reload
// (localStorage, www/overrides.js) until cleared.
//
//   node --test tests/browser/curate.test.mjs      (needs pkg/: scripts/build-wasm)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { shots, SEEDS, startServer, stopServer, launch, waitReady as waitDocuments } from './harness.mjs';

let server;
let browser;
let page;
let base;
let consoleErrors = [];

const waitReady = () => waitDocuments(page, SEEDS.length);

async function open() {
  await page.goto(base);
  await waitReady();
  await page.click('#type-tabs [data-type=PER]');
}

const rowNames = () => page.locator('#entity-body td.name').allTextContents();
const kept = () => page.evaluate(() => JSON.parse(localStorage.getItem('rasd.overrides') ?? 'null'));

async function openEntity(name) {
  await page.locator('#entity-body td.name button', { hasText: new RegExp(`^${name}$`) }).click();
  await page.waitForFunction((n) => document.getElementById('panel-title').textContent === n, name);
}

/** Waits until the person table has (or lacks) a row with this name. */
async function waitRow(name, present) {
  await page.waitForFunction(([n, p]) => [...document.querySelectorAll('#entity-body td.name')]
    .some((td) => td.textContent === n) === p, [name, present]);
}

before(async () => {
  fs.mkdirSync(shots, { recursive: true });
  const s = await startServer();
  server = s.child;
  base = s.url;
  browser = await launch();
  ({ page, errors: consoleErrors } = browser);
});

after(async () => {
  await browser?.close();
  stopServer(server);
});

test('the panel shows the forms merged, with counts; a form split off stays split after a reload', async () => {
  await open();
  const before_ = (await rowNames()).length;
  await openEntity('محمد حسين باقري');
  const forms = await page.locator('#panel-aliases li').allTextContents();
  assert.ok(forms.some((f) => /^باقري \(\d+\)/.test(f)), `the family name with its count: ${forms.join(' / ')}`);
  assert.ok(forms.some((f) => f.startsWith('محمد باقري')), 'seed 000 names him محمد باقري: merged across articles');
  await page.screenshot({ path: path.join(shots, 'curate-panel.png') });

  await page.click('#panel-aliases button[data-alias="باقري"]');
  await waitRow('باقري', true);
  assert.equal((await rowNames()).length, before_ + 1);
  assert.deepEqual((await kept()).splits.map((s) => s.alias), ['باقري']);
  assert.ok(!(await page.locator('#panel-aliases li').allTextContents()).some((f) => f.startsWith('باقري ')),
    'the panel, redrawn, no longer lists the form');

  await page.reload();
  await waitReady();
  await page.click('#type-tabs [data-type=PER]');
  await waitRow('باقري', true);
  assert.equal((await rowNames()).length, before_ + 1, 'the split is applied after a reload');

  // Merging the form back into its entity undoes the split.
  await openEntity('باقري');
  const bagheri = await page.locator('#merge-with option', { hasText: /^محمد حسين باقري/ }).getAttribute('value');
  await page.selectOption('#merge-with', bagheri);
  await page.click('#merge-button');
  await waitRow('باقري', false);
  assert.equal((await rowNames()).length, before_);
  assert.equal(await kept(), null, 'nothing left to keep');
});

test('two entities merged by hand stay merged across reloads until the overrides are cleared', async () => {
  await open();
  const before_ = (await rowNames()).length;
  await openEntity('جون كيربي');
  const other = await page.locator('#merge-with option', { hasText: /^نيكولاي باتروشيف/ }).getAttribute('value');
  await page.selectOption('#merge-with', other);
  await page.click('#merge-button');
  await page.waitForFunction((n) => document.querySelectorAll('#entity-body td.name').length === n, before_ - 1);
  const forms = await page.locator('#panel-aliases li').allTextContents();
  assert.ok(forms.some((f) => f.startsWith('نيكولاي باتروشيف')) && forms.some((f) => f.startsWith('جون كيربي')), forms.join(' / '));
  assert.equal((await kept()).merges.length, 1);

  await page.reload();
  await waitReady();
  await page.click('#type-tabs [data-type=PER]');
  await page.waitForFunction((n) => document.querySelectorAll('#entity-body td.name').length === n, before_ - 1);

  await page.evaluate(() => import('./overrides.js').then((m) => m.clear()));
  await page.reload();
  await waitReady();
  await page.click('#type-tabs [data-type=PER]');
  await page.waitForFunction((n) => document.querySelectorAll('#entity-body td.name').length === n, before_);
  assert.deepEqual(consoleErrors, []);
});

test('the person table shows affiliations', async () => {
  await open();
  const row = page.locator('#entity-body tr', { has: page.locator('td.name', { hasText: /^شير علي ميرزا$/ }) });
  assert.match(await row.locator('td.affiliations').textContent(), /طاجيكستان/);
  await page.screenshot({ path: path.join(shots, 'curate-persons.png') });
});
