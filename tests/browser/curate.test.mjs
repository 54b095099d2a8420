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

/** The graph view's links at minimum weight 1: [{source, target, weight, documents}] and the node keys by name. */
async function graphLinks() {
  await page.click('#tab-graph');
  await page.waitForSelector('#view-graph[data-ready=true]');
  await page.fill('#graph-min-weight', '1');
  await page.dispatchEvent('#graph-min-weight', 'change');
  await page.waitForFunction(() => document.getElementById('graph-min-weight')?.value === '1'
    && document.querySelector('#graph-svg line[data-weight]'));
  const links = await page.locator('#graph-svg line[data-weight]').evaluateAll((ls) => ls.map((l) => ({
    source: l.dataset.source, target: l.dataset.target, weight: Number(l.dataset.weight), documents: Number(l.dataset.documents) })));
  const keys = Object.fromEntries(await page.locator('#graph-svg circle.node').evaluateAll((cs) =>
    cs.map((c) => [c.getAttribute('aria-label').replace(/ \([^)]*\)$/, ''), c.dataset.key])));
  return { links, keys };
}

const linkOf = (links, a, b) => links.find((l) => (l.source === a && l.target === b) || (l.source === b && l.target === a));

// Seed 001 names علي شمخاني and نيكولاي باتروشيف, each with طهران, and once all three in
// one sentence. Merged by hand into one node, that sentence counts once, and the
// article once (the graph used to add the two links up: a sentence and an article twice).
test('two entities of one article merged by hand: the graph counts their shared sentence and article once', async () => {
  await open();
  const before_ = await graphLinks();
  const [x, y, z] = ['علي شمخاني', 'نيكولاي باتروشيف', 'طهران'].map((n) => before_.keys[n]);
  assert.ok(x && y && z, `the three are graph nodes: ${JSON.stringify(before_.keys)}`);
  const a = linkOf(before_.links, x, z);
  const b = linkOf(before_.links, y, z);
  assert.ok(a && b, 'both are linked to Tehran');
  assert.deepEqual([a.documents, b.documents], [1, 1], 'in one article each (seed 001)');

  await page.click('#tab-entities');
  await page.click('#type-tabs [data-type=PER]');
  await openEntity('علي شمخاني');
  await page.waitForSelector('#merge-with:not([disabled])');
  const other = await page.locator('#merge-with option', { hasText: /^نيكولاي باتروشيف/ }).getAttribute('value');
  await page.selectOption('#merge-with', other);
  await page.click('#merge-button');
  await waitRow('نيكولاي باتروشيف', false);

  const after_ = await graphLinks();
  const merged = [x, y].filter((k) => Object.values(after_.keys).includes(k));
  assert.equal(merged.length, 1, 'one node for the two');
  const m = linkOf(after_.links, merged[0], z);
  assert.ok(m, 'the merged node is linked to Tehran');
  assert.equal(m.documents, 1, 'one article, counted once');
  assert.ok(m.weight >= Math.max(a.weight, b.weight) && m.weight < a.weight + b.weight,
    `the sentence naming all three counts once: ${a.weight} + ${b.weight} -> ${m.weight}`);
  await page.screenshot({ path: path.join(shots, 'curate-graph-merged.png') });

  await page.evaluate(() => import('./overrides.js').then((mod) => mod.clear()));
  assert.deepEqual(consoleErrors, []);
});

// Seed articles name Mohammad Bagheri in full and by his family name alone, in different
// sentences. Split off, the family name takes its sentences to a node of its own: the
// links it made leave the full name's node (they used to stay there, the new node had none).
test('a form split off by hand takes the sentences it is written in to its own graph node', async () => {
  await open();
  const before_ = await graphLinks();
  const bagheri = before_.keys['محمد حسين باقري'];
  assert.ok(bagheri, `Bagheri is a graph node: ${JSON.stringify(before_.keys)}`);
  const around = (links, k) => new Map(links.filter((l) => l.source === k || l.target === k)
    .map((l) => [l.source === k ? l.target : l.source, l.weight]));
  const was = around(before_.links, bagheri);

  await page.click('#tab-entities');
  await page.click('#type-tabs [data-type=PER]');
  await openEntity('محمد حسين باقري');
  await page.click('#panel-aliases button[data-alias="باقري"]');
  await waitRow('باقري', true);

  const after_ = await graphLinks();
  const piece = after_.keys['باقري'];
  assert.ok(piece?.startsWith('split:'), `the split form is a node: ${JSON.stringify(after_.keys)}`);
  const full = around(after_.links, bagheri);
  const short = around(after_.links, piece);
  assert.ok(short.size > 0, 'the split form has links of its own');
  const sum = (m) => [...m.entries()].filter(([k]) => k !== piece && k !== bagheri).reduce((n, [, w]) => n + w, 0);
  assert.ok(sum(full) < sum(was), `the full name lost the family name's sentences: ${sum(was)} -> ${sum(full)}`);
  // A sentence naming the neighbour went to one form or the other (or both, if it names both).
  for (const [k, w] of was) {
    const [f, s] = [full.get(k) ?? 0, short.get(k) ?? 0];
    assert.ok(f <= w && s <= w && f + s >= w, `${k}: ${w} before, ${f} + ${s} after`);
  }
  await page.screenshot({ path: path.join(shots, 'curate-graph-split.png') });

  await page.evaluate(() => import('./overrides.js').then((mod) => mod.clear()));
  assert.deepEqual(consoleErrors, []);
});

// The forms' list was right to left whatever the labels, so in English each item read
// "split off (2) محمد حسين باقري". Each item follows the page's direction; the form
// itself stays an isolated right-to-left run.
test('in English, each form reads: the form, its count, then split off', async () => {
  await open();
  await page.click('#lang-toggle');
  try {
    await openEntity('محمد حسين باقري');
    const order = await page.evaluate(() => [...document.querySelectorAll('#panel-aliases li')].map((li) => {
      const x = (node) => node.getBoundingClientRect().left;
      return [x(li.querySelector('bdi')), x(li.querySelector('.count')), x(li.querySelector('button'))];
    }));
    assert.ok(order.length > 1, 'several forms');
    for (const [form, count, button] of order) {
      assert.ok(form < count && count < button, `left to right: form ${form}, count ${count}, button ${button}`);
    }
  } finally {
    await page.click('#lang-toggle');
  }
});
