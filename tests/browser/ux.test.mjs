// What an analyst met using the page (a scripted session at 1280 and 390 px, Arabic and
// English, its screenshots looked at): each test here failed before its fix.
//
//   node --test tests/browser/ux.test.mjs      (needs pkg/: scripts/build-wasm)
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { shots, SEEDS, startServer, stopServer, launch, waitReady } from './harness.mjs';

const PHONE = { width: 390, height: 844 };
let server;
let base;

before(async () => {
  ({ child: server, url: base } = await startServer());
});

after(() => stopServer(server));

async function open(page, lang, hash = '') {
  await page.addInitScript((l) => {
    if (!sessionStorage.getItem('rasd.test.lang')) {
      localStorage.setItem('rasd.lang', l);
      sessionStorage.setItem('rasd.test.lang', l);
    }
  }, lang);
  await page.goto(base + hash);
  await waitReady(page, SEEDS.length);
}

const fact = (page, name) => page.locator(`#panel-facts dd[data-fact=${name}]`).textContent();

// The table said "49 + 18 via adjective" for Iran; its panel said neither number, and
// its forms merged list only the names (الإيراني is no form of إيران).
test('the panel says how often the entity is mentioned, adjectives included, and in how many articles', async () => {
  const { page, errors, close } = await launch();
  try {
    await open(page, 'en');
    await page.click('#type-tabs [data-type=LOC]');
    const row = page.locator('#entity-body tr.row', { has: page.locator('td.name', { hasText: /^إيران$/ }) });
    const [mentions, articles] = await row.locator('td.num').allTextContents();
    assert.match(mentions, /^\d+ \+ \d+ via adjective$/, 'Iran is named through adjectives in the seeds');
    await row.locator('td.name button').click();
    await page.waitForSelector('#panel .doc-group');
    assert.equal(await fact(page, 'mentions'), mentions);
    assert.equal(await fact(page, 'articles'), articles);
    await page.click('#lang-toggle');
    await page.waitForFunction(() => document.documentElement.lang === 'ar');
    assert.match(await fact(page, 'mentions'), /^\d+ \+ \d+ عبر الصفة$/);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

// "5 مقالات، 126 كيانات" and "1 mentions": the numbers took one plural whatever they were.
test('counts agree with their number, in Arabic and in English', async () => {
  const { page, errors, close } = await launch();
  try {
    await open(page, 'ar');
    const n = Number(await page.evaluate(() => document.documentElement.dataset.rasdEntities));
    // Arabic: 3 to 10 take the plural, 11 to 99 (by the last two digits) the singular.
    const tail = n % 100;
    const noun = tail >= 3 && tail <= 10 ? 'كيانات' : tail >= 11 ? 'كيانًا' : 'كيان';
    assert.equal(await page.locator('#status').textContent(), `5 مقالات، ${n} ${noun}`);

    await page.click('#lang-toggle');
    await page.waitForFunction(() => document.documentElement.lang === 'en');
    await page.click('#type-tabs [data-type=PER]');
    const groups = async (name) => {
      await page.locator('#entity-body td.name button', { hasText: new RegExp(`^${name}$`) }).click();
      await page.waitForFunction((n) => document.getElementById('panel-title').textContent === n
        && document.querySelector('#panel .doc-group') && !document.querySelector('#panel-contexts[aria-busy]'), name);
      return page.locator('#panel .doc-group h4 .count').allTextContents();
    };
    assert.deepEqual(await groups('أمير حاتمي'), ['1 mention'], 'named once, in one article');
    const counts = await groups('محمد حسين باقري');
    assert.ok(counts.length > 1, counts.join(' / '));
    for (const c of counts) assert.match(c, /^([02-9]|\d\d+) mentions$/);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

// Splitting محمد باقري off محمد حسين باقري moved its count, but the panel still showed
// that mention among his, and its highlight in the article opened him, not the form.
test('a form split off takes its mentions out of its entity\'s panel and its marks with it', async () => {
  const { page, errors, close } = await launch();
  try {
    await open(page, 'en');
    await page.click('#type-tabs [data-type=PER]');
    await page.locator('#entity-body td.name button', { hasText: /^محمد حسين باقري$/ }).click();
    await page.waitForSelector('#panel .doc-group');
    const marked = () => page.locator('#panel-contexts .context mark').allTextContents();
    assert.ok((await marked()).includes('محمد باقري'), 'before: the form is one of his mentions');
    // From the keyboard: the focus stays in the panel, though the button pressed is gone.
    await page.focus('#panel-aliases button[data-alias="محمد باقري"]');
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => [...document.querySelectorAll('#entity-body td.name')].some((td) => td.textContent === 'محمد باقري'));
    await page.waitForFunction(() => document.documentElement.dataset.rasdState === 'ready' && !document.querySelector('#panel-contexts[aria-busy]'));
    await page.waitForSelector('#panel .doc-group');
    assert.equal(await page.evaluate(() => document.getElementById('panel').contains(document.activeElement)), true, 'the focus is in the panel');
    const after_ = await marked();
    assert.ok(after_.length > 0 && !after_.includes('محمد باقري'), `his contexts without the form: ${after_.join(' / ')}`);

    // In the article, the form's highlight opens the entity split off.
    await page.click('#tab-articles');
    await page.click(`#article-list li[data-name="${SEEDS[0]}"] button`);
    await page.locator('.article-text mark[data-entity]', { hasText: /^محمد باقري$/ }).click();
    await page.waitForFunction(() => document.getElementById('panel-title').textContent === 'محمد باقري');
    const forms = await page.locator('#panel-aliases li bdi').allTextContents();
    assert.deepEqual(forms, ['محمد باقري']);
    assert.deepEqual(await page.locator('#panel-contexts .context mark').allTextContents(), ['محمد باقري']);
    await page.screenshot({ path: path.join(shots, 'ux-split-form.png') });
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

// At 390 px the seven view tabs took three rows and the drag-and-drop hint four lines
// above the content; the table's names scrolled away when it scrolled to its counts.
test('on a phone the tabs take one row, and the names stay while the table scrolls sideways', async () => {
  const { page, errors, close } = await launch({ viewport: PHONE });
  try {
    await open(page, 'en');
    const tops = await page.locator('#view-tabs [role=tab]').evaluateAll((tabs) => tabs.map((t) => Math.round(t.getBoundingClientRect().top)));
    assert.equal(new Set(tops).size, 1, `the tabs' tops: ${tops}`);
    assert.equal(await page.locator('[data-i18n="files.hint"]').isVisible(), false, 'no drag-and-drop hint on a phone');
    assert.equal(await page.locator('[data-i18n=privacy]').isVisible(), true, 'the privacy note stays');
    // The last tab is reached by scrolling the row, and opens its view.
    await page.click('#tab-summaries');
    await page.waitForSelector('#view-summaries[data-ready=true]');
    await page.click('#tab-entities');
    // Opened from the URL (a link, back), the tab chosen is scrolled into the row.
    for (const [lang, view] of [['en', 'summaries'], ['ar', 'summaries'], ['en', 'entities']]) {
      if ((await page.evaluate(() => document.documentElement.lang)) !== lang) await page.click('#lang-toggle');
      await page.evaluate((v) => {
        location.hash = `#view=${v}`;
      }, view);
      await page.waitForFunction((v) => document.getElementById(`tab-${v}`).getAttribute('aria-selected') === 'true', view);
      const inRow = await page.evaluate((v) => {
        const t = document.getElementById(`tab-${v}`).getBoundingClientRect();
        const b = document.getElementById('view-tabs').getBoundingClientRect();
        return t.left >= b.left - 1 && t.right <= b.right + 1;
      }, view);
      assert.ok(inRow, `${lang}: the ${view} tab is in sight`);
    }
    if ((await page.evaluate(() => document.documentElement.lang)) !== 'en') await page.click('#lang-toggle');

    await page.click('#type-tabs [data-type=PER]');
    const wrap = page.locator('.table-wrap');
    assert.ok(await wrap.evaluate((w) => w.scrollWidth > w.clientWidth), 'the person table is wider than the phone');
    await wrap.evaluate((w) => {
      w.scrollLeft = w.scrollWidth; // LTR page: to the far end, where the counts are
    });
    const seen = await page.locator('#entity-body td.name').first().evaluate((td) => {
      const r = td.getBoundingClientRect();
      const w = td.closest('.table-wrap').getBoundingClientRect();
      return { left: r.left, right: r.right, wl: w.left, wr: w.right };
    });
    assert.ok(seen.left >= seen.wl - 1 && seen.right <= seen.wr + 1, `the name is in sight: ${JSON.stringify(seen)}`);
    const counts = await page.locator('#entity-body tr.row').first().locator('td.num').first().evaluate((td) => td.getBoundingClientRect().right);
    assert.ok(counts <= PHONE.width, 'and so are the counts');
    await page.screenshot({ path: path.join(shots, 'ux-phone-table.png') });
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

// In Arabic: "(مستنتج, المقال بلا تاريخ)" with a Latin comma, and a malformed JSON file's
// reason in English inside the Arabic sentence.
test('Arabic labels read as Arabic: an event\'s notes, a malformed JSON file\'s reason', async () => {
  const { page, errors, close } = await launch();
  try {
    await open(page, 'ar', '#view=events');
    await page.waitForSelector('#view-events[data-ready=true]');
    const notes = await page.locator('#view-events .when .note').allTextContents();
    const two = notes.filter((n) => n.includes('مستنتج') && n.includes('بلا تاريخ'));
    assert.ok(two.length > 0, `an inferred day in an undated article: ${notes.join(' / ')}`);
    for (const n of two) assert.equal(n, ' (مستنتج، المقال بلا تاريخ)');

    await page.setInputFiles('#file-input', [{ name: 'broken.json', mimeType: 'application/json', buffer: Buffer.from('[{"title": "خبر", "content": "نص\n"}]') }]);
    await page.waitForSelector('#message-list li');
    const [message] = await page.locator('#message-list li').allTextContents();
    assert.equal(message, 'تعذّر قراءة broken.json: صيغة JSON معطوبة في السطر 2، العمود 0 (سطر جديد أو محرف تحكم داخل نص بين علامتي تنصيص)؛ أصلحها أو احفظ المقالات ملفات txt');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.rasdDocuments), String(SEEDS.length), 'nothing lost');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

// The same file picked twice was analysed twice: every count of its names doubled,
// without a word. A different file of the same name is still added.
test('a file loaded already is not added again, and says so; another file of that name is', async () => {
  const { page, errors, close } = await launch();
  try {
    await open(page, 'en');
    const file = { name: 'visit.txt', mimeType: 'text/plain', buffer: Buffer.from('وصل وزير الدفاع السعودي إلى واشنطن في زيارة رسمية.\n') };
    await page.setInputFiles('#file-input', [file]);
    await waitReady(page, SEEDS.length + 1);
    await page.setInputFiles('#file-input', [file]);
    await page.waitForSelector('#message-list li');
    assert.deepEqual(await page.locator('#message-list li').allTextContents(),
      ['visit.txt is loaded already (the same file): it was not added again, so that its articles do not count twice.']);
    await page.waitForFunction(() => document.documentElement.dataset.rasdState === 'ready');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.rasdDocuments), String(SEEDS.length + 1));
    // The message follows the language.
    await page.click('#lang-toggle');
    assert.deepEqual(await page.locator('#message-list li').allTextContents(),
      ['الملف visit.txt محمَّل من قبل (الملف نفسه)، فلم يُضف ثانيةً كي لا تُحسب مقالاته مرتين.']);
    await page.click('#lang-toggle');
    // A seed dropped again is the same file too.
    await page.setInputFiles('#file-input', [path.join(path.dirname(new URL(import.meta.url).pathname), '../../www/corpus', SEEDS[0])]);
    await page.waitForFunction(() => document.querySelectorAll('#message-list li').length === 2);
    await page.setInputFiles('#file-input', [{ ...file, buffer: Buffer.from('التقى وزير الخارجية نظيره في القاهرة.\n') }]);
    await waitReady(page, SEEDS.length + 2);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

// The same article saved as UTF-8 and as windows-1256 (two names, other bytes) counted
// twice (found by helper ux3): the second file is refused, naming the first.
test('the same text in another encoding is not added again, and the page names the file it repeats', async () => {
  const { page, errors, close } = await launch();
  try {
    await open(page, 'en');
    const text = 'وصل وزير الدفاع السعودي إلى واشنطن في زيارة رسمية.\n';
    // windows-1256: the Arabic letters' code points in that code page (these letters only).
    const cp1256 = { 'و': 0xE6, 'ص': 0xD5, 'ل': 0xE1, ' ': 0x20, 'ز': 0xD2, 'ي': 0xED, 'ر': 0xD1, 'ا': 0xC7, 'د': 0xCF, 'ف': 0xDD,
      'ع': 0xDA, 'س': 0xD3, 'إ': 0xC5, 'ى': 0xEC, 'ش': 0xD4, 'ن': 0xE4, 'ط': 0xD8, 'ة': 0xC9, 'م': 0xE3, 'ه': 0xE5, 'ب': 0xC8,
      'ت': 0xCA, 'ق': 0xDE, 'ح': 0xCD, 'ك': 0xDF, 'خ': 0xCE, 'ج': 0xCC, 'غ': 0xDB, '.': 0x2E, '\n': 0x0A };
    const legacy = Buffer.from([...text].map((c) => {
      assert.ok(c in cp1256, c);
      return cp1256[c];
    }));
    await page.setInputFiles('#file-input', [{ name: 'visit.txt', mimeType: 'text/plain', buffer: Buffer.from(text) }]);
    await waitReady(page, SEEDS.length + 1);
    await page.setInputFiles('#file-input', [{ name: 'visit-1256.txt', mimeType: 'text/plain', buffer: legacy }]);
    await page.waitForSelector('#message-list li');
    const [message] = await page.locator('#message-list li').allTextContents();
    assert.match(message, /visit-1256\.txt.*the same articles as visit\.txt, loaded already/);
    await page.waitForFunction(() => document.documentElement.dataset.rasdState === 'ready');
    assert.equal(await page.evaluate(() => document.documentElement.dataset.rasdDocuments), String(SEEDS.length + 1));
    await page.click('#lang-toggle');
    const [arabic] = await page.locator('#message-list li').allTextContents();
    assert.match(arabic, /visit-1256\.txt.*المقالات نفسها التي في visit\.txt/);
    await page.screenshot({ path: path.join(shots, 'ux-duplicate-encoding.png') });
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

// Tabbing to "Add files…" focused the hidden file input: nothing on the page showed it.
// An empty table exported empty files.
test('the focus on Add files shows; the exports are off while the table is empty', async () => {
  const { page, errors, close } = await launch();
  try {
    await open(page, 'en');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'file-input');
    assert.equal(await page.locator('label[for=file-input]').evaluate((l) => getComputedStyle(l).outlineStyle), 'solid');
    assert.equal(await page.locator('#export-csv').isEnabled(), true);
    await page.fill('#filter', 'لا أحد بهذا الاسم');
    assert.equal(await page.locator('#export-csv').isDisabled(), true);
    assert.equal(await page.locator('#export-json').isDisabled(), true);
    await page.fill('#filter', '');
    assert.equal(await page.locator('#export-csv').isEnabled(), true);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

// At 390 px the panel covers the page, but the keyboard went on under it: the focus
// stayed on the row that opened it, and Tab walked the hidden table.
test('on a phone the open panel keeps the keyboard, and gives it back when it closes', async () => {
  const { page, errors, close } = await launch({ viewport: PHONE });
  try {
    await open(page, 'en');
    await page.click('#type-tabs [data-type=PER]');
    const row = page.locator('#entity-body td.name button').first();
    await row.focus();
    await page.keyboard.press('Enter');
    await page.waitForSelector('#panel .doc-group');
    assert.equal(await page.evaluate(() => document.activeElement.id), 'panel-close', 'the focus moves into the panel');
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press('Tab');
      assert.equal(await page.evaluate(() => document.getElementById('panel').contains(document.activeElement) || document.activeElement === document.body), true,
        `Tab ${i + 1} stays in the panel: ${await page.evaluate(() => document.activeElement.outerHTML.slice(0, 80))}`);
    }
    await page.keyboard.press('Escape');
    assert.equal(await page.locator('#panel').isHidden(), true);
    assert.equal(await row.evaluate((b) => b === document.activeElement), true, 'back on the row that opened it');
    await page.keyboard.press('Tab');
    assert.equal(await page.evaluate(() => document.getElementById('panel').contains(document.activeElement)), false);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

// The graph's minimum was taken only on Enter or leaving the box: typing 1 changed nothing.
test('the graph follows its minimum as it is typed', async () => {
  const { page, errors, close } = await launch();
  try {
    await open(page, 'en', '#view=graph');
    await page.waitForSelector('#view-graph[data-ready=true]');
    const stats = () => page.locator('#view-graph .graph-tools .count').textContent();
    const before = await stats();
    await page.locator('#graph-min-weight').fill('1');
    await page.waitForFunction((b) => document.querySelector('#view-graph .graph-tools .count').textContent !== b, before, { timeout: 5000 });
    assert.notEqual(await stats(), before);
    assert.equal(await page.evaluate(() => document.activeElement.id), 'graph-min-weight', 'typed, not left');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

// At 390 px the events table was five times the screen's width: its evidence sentences,
// right-aligned in a row as wide as the table, began off the screen.
test('on a phone each event is a card that fits the screen, its fields labelled', async () => {
  const { page, errors, close } = await launch({ viewport: PHONE });
  try {
    await open(page, 'en', '#view=events');
    await page.waitForSelector('#view-events[data-ready=true]');
    const wrap = page.locator('#view-events .table-wrap');
    assert.equal(await wrap.evaluate((w) => w.scrollWidth <= w.clientWidth), true, 'no sideways scrolling');
    const sentence = await page.locator('#events-table .sentence').first().evaluate((p) => {
      const r = p.getBoundingClientRect();
      return { left: r.left, right: r.right };
    });
    assert.ok(sentence.left >= 0 && sentence.right <= PHONE.width, `the sentence is on the screen: ${JSON.stringify(sentence)}`);
    const label = await page.locator('#events-table tr.event td.who').first().evaluate((td) => getComputedStyle(td, '::before').content);
    assert.equal(label, '"Who"');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

// After Clear all the Articles tab said "Choose an article from the list." beside an
// empty list.
test('with no articles, the Articles tab says to add files', async () => {
  const { page, errors, close } = await launch();
  try {
    await open(page, 'en', '#view=articles');
    assert.equal(await page.locator('#article .empty').textContent(), 'Choose an article from the list.');
    await page.click('#clear');
    await waitReady(page, 0);
    assert.equal(await page.locator('#article .empty').textContent(), 'No articles yet. Add files to start.');
    await page.click('#lang-toggle');
    assert.equal(await page.locator('#article .empty').textContent(), 'لا مقالات بعد. أضف ملفات للبدء.');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

// Coming back to Events drew its whole table again (0.6-0.9 s on a SaudiNewsNet day,
// under load), and a keystroke in its filter drew 200 rows (0.1-0.6 s).
test('a view comes back as it was left, not drawn again; the events filter draws few rows', async () => {
  const { page, errors, close } = await launch();
  try {
    await open(page, 'en', '#view=events');
    await page.waitForSelector('#view-events[data-ready=true]');
    await page.locator('#view-events .view-filter').fill('Bagheri');
    await page.waitForSelector('#view-events[data-busy=false]'); // the worker's answer drawn
    const first = await page.locator('#events-table tr.event').first().evaluateHandle((tr) => tr);
    await page.click('#tab-graph');
    await page.waitForSelector('#view-graph[data-ready=true]');
    await page.click('#tab-events');
    assert.equal(await first.evaluate((tr) => tr.isConnected), true, 'the same rows, kept');
    assert.equal(await page.locator('#view-events .view-filter').inputValue(), 'Bagheri');
    // A new language draws it again, in that language.
    await page.click('#lang-toggle');
    await page.waitForFunction(() => document.querySelector('#events-table th')?.textContent === 'من');
    assert.equal(await first.evaluate((tr) => tr.isConnected), false);
    // Without a filter, the first 50 events and a button for the rest.
    await page.click('#lang-toggle');
    await page.waitForFunction(() => document.querySelector('#events-table th')?.textContent === 'Who');
    await page.locator('#view-events .view-filter').fill('');
    await page.locator('#events-statements').check();
    await page.waitForSelector('#view-events[data-busy=false]'); // the worker's answer drawn
    const rows = await page.locator('#events-table tr.event').count();
    assert.ok(rows <= 50, `${rows} rows drawn`);
    if (rows === 50) {
      await page.click('#events-show-all');
      await page.waitForSelector('#view-events[data-busy=false]'); // the worker's answer drawn
      assert.ok(await page.locator('#events-table tr.event').count() > 50);
    }
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
