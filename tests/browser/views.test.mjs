// The relation views in headless Chromium on the bundled seeds: events, timeline,
// graph, map, summaries, deep links and keyboard navigation.
//
//   node --test tests/browser/views.test.mjs      (needs pkg/: scripts/build-wasm)
//
// Like page.test.mjs: scripts/serve.py on a free port, a fresh profile, no request may
// leave 127.0.0.1 and no console error may appear. Screenshots go to tmp/views-*.png.
// Assertions marked [relate] need the core's event extraction to find what seed 003
// and seed 000 say (Bagheri met Asim Munir in Islamabad on 21 January 2025; Bagheri
// travelled to Dushanbe).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { shots, SEEDS, startServer, stopServer, launch, waitReady } from './harness.mjs';

let server;
let base;
let browser; // harness.mjs launch(): {page, errors, requests, foreign, close}
let page;
let consoleErrors;
let foreignRequests;
let requests;

before(async () => {
  fs.mkdirSync(shots, { recursive: true });
  const s = await startServer();
  server = s.child;
  base = s.url;
  browser = await launch({ acceptDownloads: true });
  ({ page, errors: consoleErrors, foreign: foreignRequests, requests } = browser);
});

after(async () => {
  await browser?.close();
  stopServer(server);
});

async function open(hash = '', lang = 'ar') {
  await page.goto(`${base}${hash}`);
  await page.evaluate((l) => localStorage.setItem('rasd.lang', l), lang);
  await page.reload();
  await waitReady(page, SEEDS.length);
}

async function openView(view) {
  await page.click(`#tab-${view}`);
  await page.waitForSelector(`#view-${view}[data-ready=true]`);
}

const hashOf = () => page.evaluate(() => decodeURIComponent(location.hash));
const highlighted = () => page.evaluate(() => {
  const h = CSS.highlights.get('rasd-sentence');
  return h ? [...h][0].toString() : null;
});

test('relations are fetched only when a view is opened', async () => {
  requests.length = 0;
  await open();
  const early = requests.filter((u) => /\/views\/(events|timeline|graph|map|summaries)\.js|\/vendor\//.test(u));
  assert.deepEqual(early, [], 'no view module or vendored file is loaded at start-up');
  await openView('map');
  assert.ok(requests.some((u) => u.endsWith('/vendor/countries-110m.json')), 'the map loads its data when opened');
});

test('events: who met whom, where and when, in English, from the page alone', async () => {
  await open('', 'en');
  await openView('events');
  assert.equal(await hashOf(), '#view=events');
  const rows = page.locator('#events-table tr.event');
  assert.ok(await rows.count() > 5, 'the seeds give events');
  assert.equal(await page.locator('#events-table th').first().textContent(), 'Who');

  await page.fill('#view-events .view-filter', 'Bagheri');
  await page.waitForSelector('#view-events[data-busy=false]'); // the worker's answer
  // [relate] The acceptance question: who did Bagheri meet in Islamabad, and when?
  const met = page.locator('#events-table tr.event', { has: page.locator('td.whom', { hasText: 'Asim Munir' }) });
  assert.equal(await met.count(), 1);
  assert.match(await met.locator('td.who').textContent(), /Mohammad Bagheri/);
  assert.match(await met.locator('td.what').textContent(), /met/);
  assert.match(await met.locator('td.where').textContent(), /Islamabad/);
  assert.match(await met.locator('td.when-cell').textContent(), /21 January 2025/);
  // …and who visited Dushanbe?
  const dushanbe = page.locator('#events-table tr.event', { has: page.locator('td.where', { hasText: 'Dushanbe' }) });
  assert.ok(await dushanbe.count() >= 1);
  assert.match(await dushanbe.first().locator('td.who').textContent(), /Mohammad Bagheri/);
  await page.screenshot({ path: path.join(shots, 'views-events.png') });
  // Words narrow down together; relative dates read in English.
  await page.fill('#view-events .view-filter', 'Bagheri Islamabad');
  await page.waitForSelector('#view-events[data-busy=false]'); // the worker's answer
  assert.equal(await met.count(), 1);
  assert.equal(await page.locator('#events-table tr.event', { has: page.locator('td.where', { hasText: 'Karachi' }) }).count(), 0);
  assert.ok(await page.locator('#events-table td.when-cell', { hasText: 'last week' }).count() >= 1, 'الأسبوع الماضي reads "last week"');
  await page.screenshot({ path: path.join(shots, 'views-acceptance-islamabad.png') });
  await page.fill('#view-events .view-filter', 'Dushanbe');
  await page.waitForSelector('#view-events[data-busy=false]'); // the worker's answer
  assert.match(await page.locator('#events-table tr.event').first().locator('td.who').textContent(), /Mohammad Bagheri/);
  await page.screenshot({ path: path.join(shots, 'views-acceptance-dushanbe.png') });
  await page.fill('#view-events .view-filter', 'Bagheri');
  await page.waitForSelector('#view-events[data-busy=false]'); // the worker's answer

  // A row opens its article at the evidence sentence; back returns to the events.
  const evidence = await met.locator('xpath=following-sibling::tr[1]').locator('.sentence').textContent();
  await met.locator('td.what').click();
  await page.waitForFunction(() => CSS.highlights.get('rasd-sentence')?.size === 1);
  assert.equal(await highlighted(), evidence);
  assert.match(await hashOf(), /^#view=articles&article=003_0533fca291f0e961\.txt&at=\d+-\d+$/);
  await page.screenshot({ path: path.join(shots, 'views-event-sentence.png') });
  await page.goBack();
  await page.waitForFunction(() => !document.getElementById('view-events').hidden);
  assert.equal(await hashOf(), '#view=events');

  // A name opens the entity panel without leaving the view.
  await met.locator('td.whom button').click();
  await page.waitForSelector('#panel:not([hidden])');
  assert.equal(await page.locator('#panel-english').textContent(), 'Asim Munir');
  assert.equal(await page.evaluate(() => new URLSearchParams(location.hash.slice(1)).get('entity')), 'PER:عاصم منير');
});

test('events table and entity table: arrows move between rows, Enter opens', async () => {
  await open();
  await openView('events');
  const first = page.locator('#events-table tr.event').first();
  await first.focus();
  await page.keyboard.press('ArrowDown');
  const focused = () => page.evaluate(() => {
    const row = document.activeElement.closest('tr');
    return [...document.querySelectorAll('#events-table tr.event')].indexOf(row);
  });
  assert.equal(await focused(), 1);
  await page.keyboard.press('ArrowUp');
  assert.equal(await focused(), 0);
  await page.keyboard.press('Enter');
  await page.waitForFunction(() => CSS.highlights.get('rasd-sentence')?.size === 1);
  assert.match(await hashOf(), /view=articles/);

  await page.click('#tab-entities');
  await page.locator('#entity-body tr button.entity-link').first().focus();
  await page.keyboard.press('ArrowDown');
  const second = await page.evaluate(() => document.activeElement.closest('tr').dataset.entity);
  assert.equal(second, await page.locator('#entity-body tr').nth(1).getAttribute('data-entity'));
  await page.keyboard.press('Enter');
  await page.waitForSelector('#panel:not([hidden])');
});

test('timeline: grouped by year and month, items open their sentence', async () => {
  await open();
  await openView('timeline');
  const groups = page.locator('.tl-group');
  assert.ok(await groups.count() >= 3);
  // [relate] January 2025 holds the meeting in Islamabad.
  const jan = page.locator('.tl-group[data-year="2025"][data-month="01"]');
  assert.equal(await jan.count(), 1);
  assert.match(await jan.locator('h3').textContent(), /يناير 2025/);
  const years = await groups.evaluateAll((gs) => gs.map((g) => g.dataset.year).filter(Boolean));
  assert.deepEqual(years, [...years].sort(), 'groups in time order');
  // Newest first: the same groups the other way, the undated one still last.
  await page.click('#timeline-order [data-newest=true]');
  const newest = await groups.evaluateAll((gs) => gs.map((g) => g.dataset.year));
  assert.deepEqual(newest.filter(Boolean), [...years].reverse());
  assert.ok(newest.indexOf('') === -1 || newest.indexOf('') === newest.length - 1, 'the group with no year comes last');
  await page.click('#timeline-order [data-newest=false]');
  assert.deepEqual(await groups.evaluateAll((gs) => gs.map((g) => g.dataset.year).filter(Boolean)), years);
  await page.screenshot({ path: path.join(shots, 'views-timeline.png') });
  const link = jan.locator('button.sentence-link').first();
  const sentence = await link.textContent();
  await link.click();
  await page.waitForFunction(() => CSS.highlights.get('rasd-sentence')?.size === 1);
  assert.equal(await highlighted(), sentence);
});

test('graph: coloured nodes, filters, click opens the entity, SVG and PNG export', async () => {
  await open('', 'en');
  await openView('graph');
  const nodes = page.locator('#graph-svg circle.node');
  assert.ok(await nodes.count() > 5);
  await page.fill('#graph-min-weight', '1');
  await page.dispatchEvent('#graph-min-weight', 'change');
  await page.waitForFunction(() => document.querySelectorAll('#graph-svg circle.node[data-key="PER:عاصم منير"]').length === 1);
  await page.screenshot({ path: path.join(shots, 'views-graph.png') });
  // Labels never overlap each other.
  const boxes = await page.locator('#graph-svg text').evaluateAll((ts) => ts.map((t) => {
    const { x, y, width, height } = t.getBBox();
    return { text: t.textContent, x, y, width, height };
  }));
  assert.ok(boxes.length >= 10, 'the main nodes are labelled');
  for (let i = 0; i < boxes.length; i++) for (let j = i + 1; j < boxes.length; j++) {
    const [a, b] = [boxes[i], boxes[j]];
    // A pixel of anti-aliasing is no overlap.
    assert.ok(a.x + a.width <= b.x + 1 || b.x + b.width <= a.x + 1 || a.y + a.height <= b.y + 1 || b.y + b.height <= a.y + 1,
      `labels overlap: ${JSON.stringify(a)} ${JSON.stringify(b)}`);
  }
  await page.uncheck('#view-graph input[data-type=PER]');
  await page.waitForFunction(() => document.querySelectorAll('#graph-svg circle.node[data-type=PER]').length === 0);
  assert.ok(await nodes.count() > 0, 'places and organisations remain');
  await page.check('#view-graph input[data-type=PER]');
  await page.waitForSelector('#graph-svg circle.node[data-type=PER]');

  await page.click('#graph-svg circle.node[data-key="Q794"]');
  await page.waitForSelector('#panel:not([hidden])');
  assert.equal(await page.locator('#panel-title').textContent(), 'إيران');
  // The entity open in the panel is ringed in the graph, until the panel closes.
  assert.deepEqual(await page.locator('#graph-svg circle.node.selected').evaluateAll((cs) => cs.map((c) => c.dataset.key)), ['Q794']);
  await page.click('#panel-close');
  assert.equal(await page.locator('#graph-svg circle.node.selected').count(), 0);
  await page.click('#graph-svg circle.node[data-key="Q794"]');
  await page.waitForSelector('#panel:not([hidden])');

  const [svgFile] = await Promise.all([page.waitForEvent('download'), page.click('#graph-svg-export')]);
  assert.equal(svgFile.suggestedFilename(), 'rasd-graph.svg');
  const svgText = fs.readFileSync(await svgFile.path(), 'utf8');
  assert.match(svgText, /^<\?xml[^]*<svg[^>]*xmlns="http:\/\/www.w3.org\/2000\/svg"[^]*<circle/);
  const [pngFile] = await Promise.all([page.waitForEvent('download'), page.click('#graph-png-export')]);
  assert.equal(pngFile.suggestedFilename(), 'rasd-graph.png');
  const png = fs.readFileSync(await pngFile.path());
  assert.deepEqual([...png.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47]);
  assert.ok(png.length > 10_000, `a real picture: ${png.length} bytes`);
});

test('map: countries shaded by mentions, cities placed, click opens the place', async () => {
  await open();
  await openView('map');
  assert.ok(await page.locator('#map-svg path.country').count() > 150, 'the world is drawn');
  const iran = page.locator('#map-svg path.country[data-key="Q794"]');
  assert.equal(await iran.count(), 1, 'Iran is shaded');
  const fill = await iran.getAttribute('fill');
  const grey = await page.locator('#map-svg path.country:not(.mentioned)').first().getAttribute('fill');
  assert.notEqual(fill, grey);
  assert.equal(await page.locator('#map-svg circle.city[data-name="Islamabad"]').count(), 1, 'Islamabad is placed');
  assert.equal(await page.locator('#map-svg circle.city[data-name="Dushanbe"]').count(), 1, 'Dushanbe is placed');
  await page.screenshot({ path: path.join(shots, 'views-map.png') });
  await iran.click();
  await page.waitForSelector('#panel:not([hidden])');
  assert.equal(await page.locator('#panel-title').textContent(), 'إيران');
  await page.click('#view-map [data-focus=world]');
  await page.waitForSelector('#view-map [data-focus=world][aria-pressed=true]');
  assert.ok(await page.locator('#map-svg path.country[data-key="Q794"]').count() === 1);
});

test('summaries: actors, places, dates and events of each article', async () => {
  await open('', 'en');
  await openView('summaries');
  const cards = page.locator('.summary');
  assert.equal(await cards.count(), SEEDS.length);
  const seed3 = page.locator('.summary[data-document="3"]');
  assert.match(await seed3.textContent(), /Mohammad Bagheri/);
  assert.match(await seed3.textContent(), /Pakistan/);
  await page.screenshot({ path: path.join(shots, 'views-summaries.png'), fullPage: false });
  const event = seed3.locator('.sum-events button').filter({ hasText: 'Asim Munir' });
  await event.click();
  await page.waitForFunction(() => CSS.highlights.get('rasd-sentence')?.size === 1);
  assert.match(await highlighted(), /عاصم منير/);
});

test('deep links: the hash selects the view and the entity; back and forward work', async () => {
  await open('#view=graph&entity=Q794');
  await page.waitForSelector('#view-graph[data-ready=true]');
  await page.waitForSelector('#panel:not([hidden])');
  assert.equal(await page.locator('#panel-title').textContent(), 'إيران');
  assert.equal(await page.getAttribute('#tab-graph', 'aria-selected'), 'true');
  await openView('timeline');
  await openView('map');
  await page.goBack();
  await page.waitForFunction(() => !document.getElementById('view-timeline').hidden);
  await page.goBack();
  await page.waitForFunction(() => !document.getElementById('view-graph').hidden);
  await page.goForward();
  await page.waitForFunction(() => !document.getElementById('view-timeline').hidden);
  // An article at a sentence.
  await page.goto(`${base}#view=articles&article=${encodeURIComponent(SEEDS[3])}&at=0-20`);
  await page.waitForFunction(() => CSS.highlights.get('rasd-sentence')?.size === 1);
  assert.equal((await highlighted()).length, 20);
});

test('no console error and no off-site request', () => {
  assert.deepEqual(consoleErrors, []);
  assert.deepEqual(foreignRequests, []);
});
