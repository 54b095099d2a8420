// The page on a phone-sized screen (390 px wide), headless Chromium: what a reader
// opens shows where they are looking, and a big table keeps its columns readable.
//
//   node --test tests/browser/narrow.test.mjs      (needs pkg/: scripts/build-wasm)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { shots, SEEDS, startServer, stopServer, launch, useMockCore, waitReady } from './harness.mjs';

const PHONE = { width: 390, height: 844 };
let server;
let base;

before(async () => {
  ({ child: server, url: base } = await startServer());
});

after(() => stopServer(server));

/** The element's box against the viewport: {top, bottom, left, right, innerHeight, innerWidth}. */
const box = (page, selector) => page.locator(selector).evaluate((node) => {
  const r = node.getBoundingClientRect();
  return { top: r.top, bottom: r.bottom, left: r.left, right: r.right, innerHeight, innerWidth };
});

// The panel used to open below the whole table (here some 1,900 px down; below every
// row of a big one): a tap on a name seemed to do nothing.
test('an entity opens in view and closes back to the table; an article opened from it is not under it', async () => {
  const { page, errors, close } = await launch({ viewport: PHONE });
  try {
    await page.goto(base);
    await waitReady(page, SEEDS.length);
    await page.click('#type-tabs [data-type=PER]');
    const row = page.locator('#entity-body td.name button', { hasText: /^محمد حسين باقري$/ });
    await row.scrollIntoViewIfNeeded();
    const scrolled = await page.evaluate(() => scrollY);
    await row.click();
    await page.waitForSelector('#panel .doc-group');
    const panel = await box(page, '#panel');
    assert.ok(panel.top >= 0 && panel.top < 50 && panel.bottom <= panel.innerHeight + 1, `the panel fills the screen: ${JSON.stringify(panel)}`);
    assert.ok(panel.left <= 1 && panel.right >= panel.innerWidth - 1, `the panel is as wide as the screen: ${JSON.stringify(panel)}`);
    const title = await box(page, '#panel-title');
    assert.ok(title.top >= 0 && title.bottom <= title.innerHeight, 'the name is in view');
    await page.screenshot({ path: path.join(shots, 'narrow-panel.png') });

    await page.click('#panel-close');
    assert.equal(await page.locator('#panel').isHidden(), true);
    assert.equal(await page.evaluate(() => scrollY), scrolled, 'back where the reader was');

    await row.click();
    await page.locator('#panel .doc-group p.context').first().click();
    await page.waitForSelector('.article-text mark');
    assert.equal(await page.locator('#panel').isHidden(), true, 'the panel made way for the article');
    assert.equal(await page.locator('#view-articles').isVisible(), true);
    await page.screenshot({ path: path.join(shots, 'narrow-article.png') });
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

// The article is below the list on a narrow screen: it used to open there, out of sight.
test('an article picked from the list opens in view', async () => {
  const { page, errors, close } = await launch({ viewport: PHONE });
  try {
    await page.goto(base);
    await waitReady(page, SEEDS.length);
    await page.click('#tab-articles');
    await page.locator('#article-list li').last().locator('button').click();
    await page.waitForSelector('.article-text p');
    const title = await box(page, '#article h2');
    assert.ok(title.top >= 0 && title.bottom <= title.innerHeight, `the title is in view: ${JSON.stringify(title)}`);
    // Reading on: the list (above the article) scrolls away rather than cover the text.
    await page.mouse.wheel(0, 600);
    await page.waitForFunction(() => scrollY > 300);
    // Both boxes read in one evaluation: the wheel's scroll may still be moving, and two
    // reads a frame apart compared positions from two scroll offsets (CI, 2026-11-24).
    const [list, text] = await page.evaluate(() => ['#article-list', '.article-text'].map((s) => {
      const r = document.querySelector(s).getBoundingClientRect();
      return { top: r.top, bottom: r.bottom };
    }));
    assert.ok(list.bottom <= text.top + 1, `the list ends above the text: ${list.bottom} > ${text.top}`);
    await page.screenshot({ path: path.join(shots, 'narrow-article-list.png') });
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

// A table of more than 150 rows lays out from its header (fixed columns): at 390 px
// the text columns used to get a few pixels each, their headers drawn over each other.
test('a big table keeps readable columns and scrolls sideways', async () => {
  const { ctx, page, errors, close } = await launch({ viewport: PHONE });
  try {
    await useMockCore(ctx, 'mock-big-rasd.js');
    await page.goto(base);
    await waitReady(page, SEEDS.length);
    await page.setInputFiles('#file-input', [{ name: 'people-2000.txt', mimeType: 'text/plain', buffer: Buffer.from('x') }]);
    await waitReady(page, SEEDS.length + 2, 60_000);
    await page.click('#type-tabs [data-type=PER]');
    assert.equal(await page.locator('#entity-table.virtual').count(), 1, 'the virtual table');
    const widths = await page.locator('#entity-head th').evaluateAll((ths) => ths.map((th) => [th.dataset.col, th.getBoundingClientRect().width]));
    for (const [col, width] of widths) assert.ok(width >= 64, `${col}: ${width} px`);
    const name = await page.locator('#entity-body td.name').first().evaluate((td) => [td.scrollWidth, td.clientWidth]);
    assert.ok(name[0] <= name[1], `the first name is not cut: ${name}`);
    assert.ok(await page.locator('.table-wrap').evaluate((w) => w.scrollWidth > w.clientWidth), 'the table scrolls sideways');
    await page.screenshot({ path: path.join(shots, 'narrow-big-table.png') });
    assert.deepEqual(await page.locator('#message-list li').allTextContents(), []);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

// At 390 px the graph was laid out in the desktop's 960-unit frame and scaled down to
// the screen: its names were 4.5 px high (found by helper ux3).
test('on a phone the graph is laid out for the phone: its names are readable', async () => {
  const { page, errors, close } = await launch({ viewport: PHONE });
  try {
    await page.goto(`${base}#view=graph`);
    await waitReady(page, SEEDS.length);
    await page.waitForSelector('#graph-svg text');
    const heights = await page.locator('#graph-svg .labels text').evaluateAll((ts) => ts.map((t) => t.getBoundingClientRect().height));
    assert.ok(heights.length > 0);
    const median = heights.sort((a, b) => a - b)[Math.floor(heights.length / 2)];
    assert.ok(median >= 9, `the names' height on screen: ${median.toFixed(1)} px`);
    const svgBox = await box(page, '#graph-svg');
    assert.ok(svgBox.right <= svgBox.innerWidth + 1, `the graph fits the screen's width: ${JSON.stringify(svgBox)}`);
    await page.screenshot({ path: path.join(shots, 'narrow-graph.png') });
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
