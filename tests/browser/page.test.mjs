// Drives the real page (www/ + the built pkg/) in headless Chromium.
//
//   node --test tests/browser/        (scripts/test builds pkg/ first)
//
// Starts scripts/serve.py on a free port, opens the page in a fresh profile, and
// checks what a user does: the seed articles analysed on load, drop an article,
// drop a picture, pick files, read an entity's mentions, read an article, filter,
// export, switch language. No request may leave 127.0.0.1 and no console error may
// appear. Assertions marked [recognizers] need the core to find entities; they fail
// (on purpose) while it finds none. Screenshots go to tmp/ for a human to look at.
//
// RASD_CHROMIUM overrides the browser path (default /usr/bin/chromium).
import { test, before, after, beforeEach } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { repo, shots, SEEDS, startServer, stopServer, launch, useMockCore, dropFiles as drop,
  waitReady as waitDocuments } from './harness.mjs';

const NEW_ARTICLE = 'زيارة-جديدة.txt';
const NEW_TEXT = 'طهران - استقبل الرئيس الإيراني في طهران وزير الدفاع الطاجيكي، وبحث الجانبان '
  + 'التعاون العسكري بين إيران وطاجيكستان وأمن آسيا الوسطى.\nوقالت وكالة الأنباء إن إيران '
  + 'ستستضيف مناورات مشتركة في 21 يناير 2025.\n<img src=x onerror="window.__pwned=1"> <b>ليس وسماً</b>\n';
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x48,
  0x44, 0x52, 0x00, 0x00, 0x00, 0x01, 0x00, 0x00, 0x00, 0x01, 0x08, 0x06, 0x00, 0x00, 0x00, 0x1f,
  0x15, 0xc4, 0x89, 0x00, 0x00, 0x00, 0x0d, 0x49, 0x44, 0x41, 0x54, 0x78, 0x9c, 0x63, 0xf8, 0xff,
  0xff, 0x3f, 0x00, 0x05, 0xfe, 0x02, 0xfe, 0xa7, 0x35, 0x81, 0x84];

let server;
let base;
let browser; // harness.mjs launch(): the shared context, its page and what it saw
let context;
let page;
const consoleErrors = [];
const foreignRequests = [];

const html = (name) => page.evaluate((n) => document.documentElement.dataset[n], name);
const waitReady = (documents, timeout = 20_000) => waitDocuments(page, documents, timeout);
/** Drops files on the page as a user would (drag events carrying a DataTransfer). */
const dropFiles = (files) => drop(page, files);

/** A context of its own (harness launch); what it saw joins the last test's checks. */
async function launchOwn(options) {
  const own = await launch({ acceptDownloads: true, ...options });
  const close = own.close;
  own.close = async () => {
    consoleErrors.push(...own.errors);
    foreignRequests.push(...own.foreign);
    await close();
  };
  return own;
}

async function showType(type) {
  if (await page.locator('#tab-entities').getAttribute('aria-selected') !== 'true') await page.click('#tab-entities');
  await page.click(`#type-tabs [data-type=${type}]`);
}

const articleNames = () => page.locator('#article-list li').evaluateAll((lis) => lis.map((li) => li.dataset.name));
const rowNames = () => page.locator('#entity-body td.name').allTextContents();

before(async () => {
  fs.mkdirSync(shots, { recursive: true });
  const s = await startServer();
  server = s.child;
  base = s.url;
  browser = await launch({ acceptDownloads: true, timeout: 10_000 });
  ({ ctx: context, page } = browser);
});

// Articles added in one test are stored (IndexedDB) and would come back in the next:
// every test starts from the seeds alone.
beforeEach(async () => {
  const cdp = await context.newCDPSession(page);
  await cdp.send('Storage.clearDataForOrigin', { origin: new URL(base).origin, storageTypes: 'indexeddb' });
  await cdp.detach();
});

after(async () => {
  await browser?.close();
  stopServer(server);
});

test('opens on the five seed articles, already analysed', async () => {
  const t0 = Date.now();
  await page.goto(base);
  await waitReady(SEEDS.length);
  const ms = Date.now() - t0;
  console.log(`# time to ready (navigation -> ${SEEDS.length} articles analysed): ${ms} ms`);
  await page.screenshot({ path: path.join(shots, 'page-open.png') });

  assert.equal(await page.getAttribute('html', 'lang'), 'ar');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
  await page.click('#tab-articles');
  const listed = await articleNames();
  assert.deepEqual(listed, SEEDS);
  await page.click('#tab-entities');

  // [recognizers] the seeds name Iran many times: a LOC row for it, with its English name.
  assert.ok(Number(await html('rasdEntities')) > 0, 'the seed articles yield entities');
  await showType('LOC');
  const loc = await rowNames();
  assert.ok(loc.includes('إيران'), `إيران in the places table: ${loc.join(', ')}`);
  const iran = page.locator('#entity-body tr', { has: page.locator('td.name', { hasText: /^إيران$/ }) });
  assert.match(await iran.textContent(), /Iran/);
  await page.screenshot({ path: path.join(shots, 'page-places.png') });
});

// The English column used to sit at the far (left) side of its cells in the Arabic
// page, hundreds of pixels from its header on a wide table.
test('in Arabic, English names line up under their header', async () => {
  await page.goto(base);
  await waitReady(SEEDS.length);
  await showType('ORG');
  const edges = await page.evaluate(() => {
    const th = document.querySelector('#entity-head th[data-col=english]');
    const column = [...th.parentElement.children].indexOf(th);
    const right = (node) => {
      const range = document.createRange();
      range.selectNodeContents(node);
      return range.getBoundingClientRect().right;
    };
    const cells = [...document.querySelectorAll('#entity-body tr.row')].map((tr) => tr.children[column]).filter((td) => td.textContent);
    return { header: right(th), cells: cells.map(right) };
  });
  assert.ok(edges.cells.length > 3, 'English names in the organisation table');
  for (const r of edges.cells) assert.ok(Math.abs(r - edges.header) < 24, `a cell ends at ${r}, its header at ${edges.header}`);
});

// Three seeds have no headline: the list named them by file name alone
// (000_0692fa487e2735d5.txt), which tells a reader nothing.
test('an article without a title is listed by its opening words and its file name', async () => {
  await page.goto(base);
  await waitReady(SEEDS.length);
  await page.click('#tab-articles');
  const first = page.locator('#article-list li').first();
  const label = await first.locator('.name').textContent();
  assert.ok(label.startsWith('الوقت - في وقت أصبح فيه') && label.endsWith('…'), `listed as ${label}`);
  assert.equal(await first.locator('.file').textContent(), SEEDS[0]);
  // A headline is still the label, with no ellipsis.
  assert.equal(await page.locator('#article-list li').nth(4).locator('.name').textContent(), 'طاجيكستان.. رسائل أميركا إلى روسيا');
});

// With English labels the Arabic text (at most 48rem wide) sat at the left of a wide
// article, its lines ending far from the title's right edge.
test('in English, an article\'s Arabic text lines up under its title', async () => {
  await page.goto(base);
  await waitReady(SEEDS.length);
  await page.click('#lang-toggle');
  try {
    await page.click('#tab-articles');
    await page.click('#article-list li:nth-child(3) button');
    await page.waitForSelector('.article-text p');
    const [title, text] = await page.evaluate(() => [document.querySelector('#article h2'), document.querySelector('.article-text p')]
      .map((node) => {
        const range = document.createRange();
        range.selectNodeContents(node);
        return range.getBoundingClientRect().right;
      }));
    assert.ok(Math.abs(title - text) < 4, `the title ends at ${title}, the text at ${text}`);
  } finally {
    await page.click('#lang-toggle');
  }
});

test('a dropped article is analysed and added to the tables', async () => {
  await page.goto(base);
  await waitReady(SEEDS.length);
  await showType('LOC');
  const iranArticles = async () => {
    const row = page.locator('#entity-body tr', { has: page.locator('td.name', { hasText: /^إيران$/ }) });
    return (await row.count()) ? Number(await row.locator('td.num').last().textContent()) : 0;
  };
  const before_ = await iranArticles();

  await dropFiles([{ name: NEW_ARTICLE, body: NEW_TEXT }]);
  await waitReady(SEEDS.length + 1);
  await page.click('#tab-articles');
  assert.deepEqual(await articleNames(), [...SEEDS, NEW_ARTICLE]);

  // The article reads as written; markup in it is text, never HTML.
  await page.click(`#article-list li:last-child button`);
  await page.waitForSelector('.article-text p');
  const shown = await page.locator('.article-text').textContent();
  assert.ok(shown.includes('<img src=x onerror="window.__pwned=1"> <b>ليس وسماً</b>'));
  assert.equal(await page.locator('.article img, .article b').count(), 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  await page.screenshot({ path: path.join(shots, 'page-article.png') });

  // [recognizers] Iran's row now counts the new article too, and the text is marked.
  assert.ok(await page.locator('.article-text mark').count() > 0, 'entities are highlighted in the article');
  await showType('LOC');
  assert.equal(await iranArticles(), before_ + 1, 'إيران occurs in one more article');
});

test('a picture is refused with its name; what was loaded stays', async () => {
  await page.goto(base);
  await waitReady(SEEDS.length);
  await dropFiles([{ name: NEW_ARTICLE, body: NEW_TEXT }]);
  await waitReady(SEEDS.length + 1);
  const entities = await html('rasdEntities');

  await dropFiles([{ name: 'pixel.png', body: PNG }]);
  await page.waitForSelector('#messages:not([hidden])');
  await waitReady(SEEDS.length + 1);
  const messages = await page.locator('#message-list li').allTextContents();
  assert.equal(messages.length, 1);
  assert.match(messages[0], /pixel\.png/);
  // The page is in Arabic: the core's reason is said in Arabic too.
  assert.match(messages[0], /هذا صورة \(PNG\) وليس مقالاً/);
  assert.equal(await html('rasdDocuments'), String(SEEDS.length + 1));
  assert.equal(await html('rasdEntities'), entities);
  await page.screenshot({ path: path.join(shots, 'page-refused.png') });
});

test('the file picker takes several files at once, each refused file listed', async () => {
  await page.goto(base);
  await waitReady(SEEDS.length);
  await page.setInputFiles('#file-input', [
    { name: 'one.txt', mimeType: 'text/plain', buffer: Buffer.from(NEW_TEXT) },
    { name: 'empty.txt', mimeType: 'text/plain', buffer: Buffer.from('  \n') },
    { name: 'two.md', mimeType: 'text/markdown', buffer: Buffer.from('# عنوان\n\nزار وفد من روسيا طهران.') },
  ]);
  await waitReady(SEEDS.length + 2);
  const messages = await page.locator('#message-list li').allTextContents();
  assert.equal(messages.length, 1);
  assert.match(messages[0], /empty\.txt/);
});

test('an entity opens its mentions in context, grouped by article', async () => {
  await page.goto(base);
  await waitReady(SEEDS.length);
  // [recognizers]
  await showType('LOC');
  assert.ok((await rowNames()).includes('إيران'), 'إيران in the places table');
  await page.locator('#entity-body tr', { has: page.locator('td.name', { hasText: /^إيران$/ }) })
    .locator('button.entity-link').click();
  await page.waitForSelector('#panel:not([hidden]) .doc-group mark');
  await page.waitForSelector('#panel-contexts:not([aria-busy])');
  assert.equal(await page.locator('#panel-title').textContent(), 'إيران');
  assert.ok(await page.locator('#panel .doc-group').count() >= 2, 'Iran is named in several seed articles');
  await page.screenshot({ path: path.join(shots, 'page-panel.png') });

  // A context opens its article at that mention, highlighted.
  const second = page.locator('#panel .doc-group').nth(1);
  const mention = await second.locator('.context mark').first().textContent();
  await second.locator('.context').first().click();
  await page.waitForFunction(() => CSS.highlights.get('rasd-sentence')?.size > 0);
  assert.equal(await page.evaluate(() => [...CSS.highlights.get('rasd-sentence')][0].toString()), mention);
  assert.equal(await page.locator('#tab-articles').getAttribute('aria-selected'), 'true');
});

// A name in an article keeps opening its own entity after the table moved: here a
// new article makes سالم الكعبي ambiguous (two full names hold it), so it becomes a row
// of its own again and the rows after it shift.
test('a highlighted name opens its entity even after new articles moved the table', async () => {
  await page.goto(base);
  await waitReady(SEEDS.length);
  await dropFiles([
    { name: 'a.txt', body: 'وقال سالم الكعبي إن الزيارة كانت ناجحة.' },
    { name: 'b.txt', body: 'وصل سالم حمدان الكعبي إلى مسقط أمس.' },
  ]);
  await waitReady(SEEDS.length + 2);
  await page.click('#tab-articles');
  await page.click('#article-list li[data-name="b.txt"] button');
  const mark = page.locator('.article-text mark[data-entity]', { hasText: /^سالم حمدان الكعبي$/ });
  await mark.waitFor();
  await dropFiles([{ name: 'c.txt', body: 'وصل سالم راشد الكعبي إلى دبي أمس.' }]);
  await waitReady(SEEDS.length + 3);
  // The article on screen was drawn before the table moved.
  assert.equal(await page.locator('#tab-articles').getAttribute('aria-selected'), 'true');
  await mark.click();
  await page.waitForSelector('#panel:not([hidden])');
  await page.waitForSelector('#panel-contexts:not([aria-busy])');
  assert.equal(await page.locator('#panel-title').textContent(), 'سالم حمدان الكعبي');
  const forms = await page.locator('#panel-aliases li').allTextContents();
  assert.ok(!forms.some((f) => f.startsWith('سالم الكعبي')), `the part is no longer his: ${forms.join(' / ')}`);
});

test('the filter matches whatever the alef, ya and ta marbuta forms', async () => {
  await page.goto(base);
  await waitReady(SEEDS.length);
  await showType('LOC');
  await page.fill('#filter', 'لا يوجد مكان بهذا الاسم');
  assert.equal(await page.locator('#entity-body tr').count(), 0);
  assert.ok(await page.locator('#entity-empty').isVisible());
  await page.fill('#filter', 'ايران'); // bare alef: must still find إيران
  // [recognizers]
  assert.deepEqual(await rowNames(), ['إيران']);
});

test('the exports write what the table shows: its type, its order, its filter (CSV with BOM, JSON)', async () => {
  await page.goto(base);
  await waitReady(SEEDS.length);
  const exported = async () => {
    const [csv] = await Promise.all([page.waitForEvent('download'), page.click('#export-csv')]);
    const csvText = fs.readFileSync(await csv.path(), 'utf8');
    assert.ok(csvText.startsWith('\uFEFF"type","canonical","english"'), csvText.slice(0, 80));
    const [json] = await Promise.all([page.waitForEvent('download'), page.click('#export-json')]);
    const data = JSON.parse(fs.readFileSync(await json.path(), 'utf8'));
    assert.deepEqual(data.documents.map((d) => d.name), SEEDS);
    const csvNames = csvText.slice(1).trimEnd().split('\r\n').slice(1).map((l) => l.split('","')[1].replace(/""/g, '"'));
    assert.deepEqual(csvNames, data.entities.map((e) => e.canonical), 'CSV and JSON list the same rows');
    return { data, name: csv.suggestedFilename() };
  };
  await showType('LOC');
  const shown = await rowNames();
  assert.ok(shown.length > 3, `places: ${shown}`);
  let { data, name } = await exported();
  assert.equal(name, 'rasd-loc.csv');
  assert.deepEqual(data.entities.map((e) => e.canonical), shown, 'by mentions, as the table shows them');
  assert.ok(data.entities.every((e) => e.type === 'LOC'));
  assert.ok(data.entities.every((e) => e.article_names.length === e.documents.length && e.documents.length > 0));

  // Sorted by name, then filtered: the export follows (it used to list every row in the core's order).
  await page.click('#entity-head th[data-col=canonical] button');
  const letter = [...'بتجحدرسشصعفقكلمنو'].find((c) => {
    const k = shown.filter((n) => n.includes(c)).length;
    return k >= 2 && k < shown.length;
  });
  await page.fill('#filter', letter);
  await page.waitForFunction((n) => document.querySelectorAll('#entity-body td.name').length < n, shown.length);
  const narrowed = await rowNames();
  assert.ok(narrowed.length >= 2, `${letter}: ${narrowed}`);
  ({ data } = await exported());
  assert.deepEqual(data.entities.map((e) => e.canonical), narrowed);
  const title = await page.getAttribute('#export-csv', 'title');
  assert.ok(title.includes(String(narrowed.length)) && title.includes(`«${letter}»`), title);
  await page.fill('#filter', '');
});

test('labels switch to English and the choice is remembered', async () => {
  await page.goto(base);
  await waitReady(SEEDS.length);
  await page.click('#lang-toggle');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.getAttribute('html', 'dir'), 'ltr');
  assert.equal(await page.locator('#tab-entities').textContent(), 'Entities');
  await page.reload();
  await waitReady(SEEDS.length);
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  await page.screenshot({ path: path.join(shots, 'page-english.png') });
  await page.click('#lang-toggle');
  assert.equal(await page.getAttribute('html', 'dir'), 'rtl');
});

// Clear all replaces the worker: the old one (and the memory its wasm grew to, which
// never shrinks) is gone, and the new one analyses what comes next.
test('clear empties the corpus and replaces the worker, which then analyses as before', async () => {
  await page.goto(base);
  await waitReady(SEEDS.length);
  const analysers = () => page.workers().filter((w) => w.url().endsWith('/worker.js'));
  assert.equal(analysers().length, 1);
  const closed = new Promise((resolve) => analysers()[0].once('close', () => resolve(true)));
  await page.click('#clear');
  await waitReady(0);
  assert.equal(await html('rasdEntities'), '0');
  assert.ok(await Promise.race([closed, new Promise((resolve) => setTimeout(() => resolve(false), 10_000))]),
    'the old worker was terminated');
  assert.equal(analysers().length, 1, 'one worker, a new one');
  await dropFiles([{ name: NEW_ARTICLE, body: NEW_TEXT }]);
  await waitReady(1);
  assert.ok(Number(await html('rasdEntities')) > 0, 'the new worker finds entities');
});

const dropMock = (p, name, body) => drop(p, [{ name, body }]);

// The page's rendering, independent of the recognizers: pkg/rasd.js is replaced by
// tests/browser/mock-rasd.js (same API, a five-name gazetteer) in this context only.
test('renders tables, contexts and marks from the core\'s output (mock core)', async () => {
  const { ctx, page: p, close, requests } = await launchOwn();
  try {
    await useMockCore(ctx, 'mock-rasd.js');
    await p.goto(base);
    await p.waitForFunction(() => document.documentElement.dataset.rasdState === 'ready'
      && document.documentElement.dataset.rasdDocuments === '5', null, { timeout: 20_000 });
    assert.equal(await p.getAttribute('html', 'data-rasd-entities'), '7');
    assert.equal(await p.getAttribute('#type-tabs [aria-selected=true]', 'data-type'), 'PER');
    assert.match(await p.locator('#entity-body').textContent(), /محمد باقري.*Mohammad Bagheri.*اللواء — رئيس الأركان/);

    await p.click('#type-tabs [data-type=LOC]');
    // Headers sort, from the keyboard too.
    await p.locator('#entity-head th:first-child button').focus();
    await p.keyboard.press('Enter');
    assert.equal(await p.getAttribute('#entity-head th:first-child', 'aria-sort'), 'ascending');
    const ascending = await p.locator('#entity-body td.name').allTextContents();
    await p.keyboard.press('Enter');
    assert.equal(await p.getAttribute('#entity-head th:first-child', 'aria-sort'), 'descending');
    assert.deepEqual(await p.locator('#entity-body td.name').allTextContents(), [...ascending].reverse());
    const names = await p.locator('#entity-body td.name').allTextContents();
    assert.ok(names.includes('طاجيكستان') && names.includes('إيران'), names.join(', '));
    const tajik = p.locator('#entity-body tr', { has: p.locator('td.name', { hasText: /^طاجيكستان$/ }) });
    assert.match(await tajik.textContent(), /\+ \d+ عبر الصفة/);

    // Mentions in context: each <mark> is exactly the mention's text.
    await tajik.locator('button.entity-link').click();
    await p.waitForSelector('#panel .doc-group mark');
    const marks = await p.locator('#panel .doc-group mark').allTextContents();
    assert.ok(marks.every((m) => ['طاجيكستان', 'الطاجيكي'].includes(m)), marks.join(', '));
    assert.ok(await p.locator('#panel .doc-group mark.adjective').count() > 0);

    // The article view: marks by type, on exactly the names.
    await p.click('#tab-articles');
    await p.click('#article-list li:nth-child(4) button');
    await p.waitForSelector('.article-text mark.t-PER');
    const text = await p.locator('.article-text').textContent();
    assert.equal(text.replace(/\s/g, ''), fs.readFileSync(path.join(repo, 'www/corpus', SEEDS[3]), 'utf8').replace(/\s/g, ''));
    assert.deepEqual(
      [...new Set(await p.locator('.article-text mark.t-PER').allTextContents())].sort(),
      ['باقري', 'محمد حسين باقري']);
    await p.locator('.article-text mark.t-LOC').first().click();
    await p.waitForSelector('#panel:not([hidden])');
    assert.equal(await p.locator('#panel-type').textContent(), 'مكان');
    await p.screenshot({ path: path.join(shots, 'mock-article.png') });
    await p.click('#tab-entities');
    await p.screenshot({ path: path.join(shots, 'mock-entities.png') });

    // A bug in the core (a panic traps the module) costs only the file that hit it. The
    // worker whose core crashed is replaced by a fresh one (it used to load a second
    // instance beside the first, keeping the first one's memory), which analyses again
    // what was accepted and then the files after the one that crashed.
    const analysers = () => p.workers().filter((w) => w.url().endsWith('/worker.js'));
    assert.equal(analysers().length, 1);
    const closed = new Promise((resolve) => analysers()[0].once('close', () => resolve(true)));
    await p.setInputFiles('#file-input', [
      { name: 'panic.txt', mimeType: 'text/plain', buffer: Buffer.from('أي نص') },
      { name: 'after.txt', mimeType: 'text/plain', buffer: Buffer.from('زار وفد من طاجيكستان طهران.') },
    ]);
    await p.waitForFunction(() => document.documentElement.dataset.rasdState === 'ready'
      && document.documentElement.dataset.rasdDocuments === '6', null, { timeout: 20_000 });
    const messages = await p.locator('#message-list li').allTextContents();
    assert.equal(messages.length, 1);
    assert.match(messages[0], /panic\.txt.*mock bug/);
    assert.equal(await p.getAttribute('html', 'data-rasd-entities'), '7');
    assert.ok(await Promise.race([closed, new Promise((resolve) => setTimeout(() => resolve(false), 10_000))]),
      'the crashed worker was terminated');
    assert.equal(analysers().length, 1, 'one worker, a fresh one');
    assert.deepEqual(requests.filter((u) => /rasd\.js\?/.test(u)), [], 'no second instance of the core in a worker');
    await p.click('#tab-articles');
    assert.deepEqual(await p.locator('#article-list li').evaluateAll((lis) => lis.map((li) => li.dataset.name)),
      [...SEEDS, 'after.txt'], 'the seeds analysed again, then the file after the crash');
    // The fresh worker answers as the old one did: an entity's contexts, a new file.
    await p.click('#tab-entities');
    await dropMock(p, 'again.txt', 'وصل وفد من روسيا إلى باكستان.');
    await p.waitForFunction(() => document.documentElement.dataset.rasdState === 'ready'
      && document.documentElement.dataset.rasdDocuments === '7', null, { timeout: 20_000 });
    await p.click('#type-tabs [data-type=LOC]');
    await p.locator('#entity-body td.name button', { hasText: /^روسيا$/ }).click();
    await p.waitForSelector('#panel .doc-group mark');

    // A crash while another drop is on its way: that one, queued behind the crash or cut
    // short by it, is analysed by the next fresh worker.
    await p.evaluate(() => {
      for (const [name, body] of [['panic.txt', 'أي نص'], ['later.txt', 'زار وفد من روسيا طهران.']]) {
        const dt = new DataTransfer();
        dt.items.add(new File([body], name));
        for (const type of ['dragenter', 'dragover', 'drop']) {
          document.querySelector('main').dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
        }
      }
    });
    await p.waitForFunction(() => document.documentElement.dataset.rasdState === 'ready'
      && document.documentElement.dataset.rasdDocuments === '8', null, { timeout: 20_000 });
    const said = await p.locator('#message-list li').allTextContents();
    assert.equal(said.length, 2, said.join(' / '));
    assert.match(said[1], /panic\.txt.*mock bug/);
    assert.equal(analysers().length, 1, 'one worker, a fresh one');
  } finally {
    await close();
  }
});

test('the CSP is in force: Trusted Types refuse a string in an HTML sink', async () => {
  // Its own page: the refusal is logged as a console error on purpose.
  const p = await context.newPage();
  try {
    await p.goto(base);
    assert.equal(await p.evaluate(() => {
      try {
        document.createElement('div').innerHTML = '<b>x</b>';
        return 'allowed';
      } catch (e) {
        return e.name;
      }
    }), 'TypeError');
  } finally {
    await p.close();
  }
});

test('a module that fails to load says so, once, instead of hanging', async () => {
  // The wasm, the JS glue, the worker's own script: each missing in turn. Every call the
  // page makes fails (the seeds, the saved merges); the reader is told once.
  for (const [missing, why] of [['**/pkg/rasd_bg.wasm', /404/], ['**/pkg/rasd.js*', /rasd\.js/], ['**/www/worker.js', /./]]) {
    // Its own context, unwatched: the failure is logged as a console error on purpose.
    const { ctx, page: p, close } = await launch();
    try {
      await ctx.route(missing, (route) => route.fulfill({ status: 404, body: 'gone' }));
      await p.goto(base);
      await p.waitForFunction(() => document.documentElement.dataset.rasdState === 'ready', null, { timeout: 20_000 });
      await p.waitForTimeout(300); // a late second message would show by now
      const said = await p.locator('#message-list li').allTextContents();
      assert.equal(said.length, 1, `${missing}: ${said.join(' / ')}`);
      assert.match(said[0], /^تعذّر تشغيل المحلل: .*أعد تحميل الصفحة/);
      assert.match(said[0], why);
      assert.equal(await p.getAttribute('html', 'data-rasd-documents'), '0');
    } finally {
      await close();
    }
  }
});

test('no console error and no request outside 127.0.0.1', () => {
  assert.deepEqual([...browser.errors, ...consoleErrors], []);
  assert.deepEqual([...browser.foreign, ...foreignRequests], []);
});
