// The page's pure modules, in Node (no browser): filter normalization and export.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeArabic } from '../../www/normalize.js';
import { toCSV, toJSON, pick } from '../../www/export.js';
import { STRINGS, TYPES, t, counted, formatCount } from '../../www/i18n.js';

test('the filter form ignores alef, ya, ta marbuta, hamza seats, harakat and tatweel', () => {
  const same = [
    ['إيران', 'ايران'], ['آسيا', 'اسيا'], ['أفغانستان', 'افغانستان'],
    ['موسى', 'موسي'], ['سورية', 'سوريه'], ['رئيس', 'رييس'], ['مؤتمر', 'موتمر'],
    ['مُحَمَّد', 'محمد'], ['إيـــران', 'ايران'], ['تاجیکستان', 'تاجيكستان'],
    ['٢٠٢٥', '2025'], ['IRAN', 'iran'], ['  آسيا   الوسطى ', 'اسيا الوسطي'],
  ];
  for (const [a, b] of same) assert.equal(normalizeArabic(a), normalizeArabic(b), `${a} ~ ${b}`);
  assert.notEqual(normalizeArabic('لبنان'), normalizeArabic('البانيا'));
  assert.equal(normalizeArabic(null), '');
});

const TABLE = {
  documents: [{ index: 0, name: 'a.txt' }, { index: 1, name: 'b "quoted".txt' }],
  entities: [
    { index: 0, type: 'LOC', canonical: 'إيران', aliases: ['إيران', 'الجمهورية الإسلامية'], english: 'Iran',
      title: null, role: null, value: null, mentions: 3, adjective_mentions: 2, documents: [0, 1], counts: [4, 1],
      occurrences: [[0, 0], [1, 2]], wikidata: 'Q794', extra_field_added_later: true },
    { index: 1, type: 'PER', canonical: '=HYPERLINK("x")', aliases: [], english: 'A, "B"\nC',
      title: 'اللواء', title_english: 'Major General', role: 'وزير الدفاع الإيراني', role_english: 'Defence Minister (Iran)',
      mentions: 1, adjective_mentions: 0, documents: [1], counts: [1] },
    { index: 2, type: 'QUANTITY', canonical: '-5', aliases: [], value: '-5', mentions: 1, documents: [0] },
  ],
};

test('CSV has a BOM, CRLF lines, every field quoted, quotes doubled, formulas defused', () => {
  const csv = toCSV(TABLE);
  assert.ok(csv.startsWith('\uFEFF"type","canonical","english","title","role","title_english","role_english","value","aliases","mentions"'));
  const lines = csv.slice(1).split('\r\n');
  assert.equal(lines.at(-1), '');
  assert.equal(lines[1], '"LOC","إيران","Iran","","","","","","إيران | الجمهورية الإسلامية","3","2","2","a.txt | b ""quoted"".txt",""');
  assert.ok(lines[2].startsWith('"PER","\'=HYPERLINK(""x"")","A, ""B""\nC","اللواء","وزير الدفاع الإيراني","Major General","Defence Minister (Iran)",""'), lines[2]);
  assert.ok(lines[3].startsWith('"QUANTITY","-5"'), 'a negative number stays a number');
});

test('an export takes the rows shown, in the order shown; keys gone from the table are left out', () => {
  const table = { documents: [{ name: 'a.txt' }], entities: ['Q1', 'Q2', 'Q3'].map((key) => ({ key, type: 'LOC', canonical: key, documents: [0] })) };
  const picked = pick(table, ['Q3', 'gone', 'Q1']);
  assert.deepEqual(picked.entities.map((e) => e.key), ['Q3', 'Q1']);
  assert.deepEqual(picked.documents, table.documents);
  assert.deepEqual(toCSV(picked).split('\r\n').slice(1, 3).map((l) => l.split(',')[1]), ['"Q3"', '"Q1"']);
  assert.equal(pick(table, undefined), table);
});

test('JSON keeps every field (new ones too) and names the articles', () => {
  const data = JSON.parse(toJSON(TABLE));
  assert.equal(data.entities.length, 3);
  assert.equal(data.entities[0].extra_field_added_later, true);
  assert.equal(data.entities[0].occurrences, undefined);
  assert.deepEqual(data.entities[0].article_names, ['a.txt', 'b "quoted".txt']);
});

test('every UI string exists in both languages, every type has labels', () => {
  assert.deepEqual(Object.keys(STRINGS.en).sort(), Object.keys(STRINGS.ar).sort());
  for (const ty of TYPES) for (const lang of ['ar', 'en']) {
    assert.notEqual(t(lang, `type.${ty}`), `type.${ty}`);
    assert.notEqual(t(lang, `one.${ty}`), `one.${ty}`);
  }
  assert.equal(t('en', 'status.progress', { done: 2, total: 5 }), 'Analysing: 2 of 5 files done');
  assert.equal(t('en', 'status.progress', { done: 0, total: 1 }), 'Analysing: 0 of 1 file done');
  assert.equal(t('ar', 'status.progress', { done: 5, total: 2000 }), 'جارٍ التحليل: 5 من 2,000 ملف');
});

test('in English a title the core read into the role is not said twice, in Arabic letters', async () => {
  const { roleOf } = await import('../../www/table.js');
  const saleh = { title: 'المخلوع', role: 'الرئيس', role_english: 'Deposed President' };
  assert.equal(roleOf(saleh, 'en'), 'Deposed President');
  assert.equal(roleOf(saleh, 'ar'), 'المخلوع — الرئيس');
  assert.equal(roleOf({ title: 'اللواء', title_english: 'Major General', role: 'رئيس الأركان' }, 'en'), 'Major General',
    'a role the core could not read in English is left out of the English page');
  assert.equal(roleOf({ title: 'الشيخ', role: 'إمام' }, 'en'), '', 'no English at all: nothing in Arabic on the English page');
  assert.equal(roleOf({ title: 'الملك', title_english: 'King', role: 'رئيس الهيئة العامة للسياحة' }, 'en'), 'King');
});

test('a count takes the form of its number: Arabic dual, plural to ten, singular after; English one and many', () => {
  const ar = [[1, 'مقال واحد'], [2, 'مقالان'], [3, '3 مقالات'], [10, '10 مقالات'], [11, '11 مقالًا'], [99, '99 مقالًا'],
    [100, '100 مقال'], [103, '103 مقالات'], [126, '126 مقالًا'], [1325, '1,325 مقالًا'], [31030, '31,030 مقالًا']];
  for (const [n, text] of ar) assert.equal(counted('ar', n, 'article'), text, `ar ${n}`);
  assert.equal(counted('ar', 26, 'mention'), '26 إشارةً');
  assert.equal(counted('ar', 5, 'mention'), '5 إشارات');
  assert.equal(t('ar', 'status.ready', { documents: 5, entities: 126 }), '5 مقالات، 126 كيانًا');
  assert.equal(t('en', 'status.ready', { documents: 1, entities: 126 }), '1 article, 126 entities');
  assert.equal(t('en', 'panel.mentionCount', { n: 1 }), '1 mention');
  assert.equal(t('en', 'graph.edge', { a: 'A', b: 'B', n: 1 }), 'A and B: 1 shared sentence');
  assert.equal(t('ar', 'graph.edge', { a: 'أ', b: 'ب', n: 2 }), 'أ وب: جملتان مشتركتان');
});

test('whole numbers are grouped by thousands in Western digits in both languages; other values are left alone', () => {
  assert.equal(formatCount('ar', 81980), '81,980');
  assert.equal(formatCount('en', 1234567), '1,234,567');
  assert.equal(formatCount('ar', 999), '999');
  assert.equal(formatCount('ar', 12.5), '12.5', 'not a count: as given');
  assert.equal(formatCount('en', '2015'), '2015', 'a string (a year, a padded second) is not a count');
  assert.equal(t('ar', 'status.ready', { documents: 31030, entities: 81980 }), '31,030 مقالًا، 81,980 كيانًا');
  assert.equal(t('en', 'ev.count', { n: 50000 }), 'Events: 50,000');
  assert.equal(t('en', 'time.minutes', { m: 2, s: '05' }), '2:05 min');
});

/** A Storage stand-in: the page's localStorage, or one that refuses everything. */
function memoryStorage({ refuse = false } = {}) {
  const data = new Map();
  return {
    data,
    getItem: (k) => { if (refuse) throw new Error('denied'); return data.has(k) ? data.get(k) : null; },
    setItem: (k, v) => { if (refuse) throw new Error('denied'); data.set(k, String(v)); },
    removeItem: (k) => { if (refuse) throw new Error('denied'); data.delete(k); },
  };
}

test('overrides are kept under one key, read back safely and cleared', async () => {
  const { load, save, clear, KEY } = await import('../../www/overrides.js');
  const store = memoryStorage();
  assert.deepEqual(load(store), { merges: [], splits: [] });
  const kept = { merges: [['PER:محمد باقري', 'Q1']], splits: [{ key: 'Q2', alias: 'باقري' }] };
  assert.equal(save(kept, store), true);
  assert.deepEqual([...store.data.keys()], [KEY]);
  assert.deepEqual(load(store), kept);
  // Damaged or foreign values count as none, and bad items are dropped.
  store.setItem(KEY, '{"merges": [["a", 3], ["b", "c"]], "splits": [{"key": 1}]}');
  assert.deepEqual(load(store), { merges: [['b', 'c']], splits: [] });
  store.setItem(KEY, 'not json');
  assert.deepEqual(load(store), { merges: [], splits: [] });
  save(kept, store);
  clear(store);
  assert.equal(store.data.size, 0);
  // Saving nothing removes the key; disabled storage never throws.
  save(kept, store);
  save({ merges: [], splits: [] }, store);
  assert.equal(store.data.size, 0);
  const refusing = memoryStorage({ refuse: true });
  assert.deepEqual(load(refusing), { merges: [], splits: [] });
  assert.equal(save(kept, refusing), false);
  clear(refusing);
});

test('the panel lists forms most used first and merge candidates of the same type', async () => {
  const { formsOf, mergeCandidates } = await import('../../www/curate.js');
  const e = { index: 0, type: 'PER', canonical: 'محمد حسين باقري', aliases: ['محمد باقري', 'باقري', 'محمد حسين باقري'], alias_mentions: [1, 5, 2], mentions: 8, adjective_mentions: 0 };
  assert.deepEqual(formsOf(e).map((f) => [f.alias, f.count]), [['باقري', 5], ['محمد حسين باقري', 2], ['محمد باقري', 1]]);
  const rows = [e,
    { index: 1, type: 'PER', canonical: 'ب', mentions: 1, adjective_mentions: 0 },
    { index: 2, type: 'LOC', canonical: 'إيران', mentions: 9, adjective_mentions: 0 },
    { index: 3, type: 'PER', canonical: 'أ', mentions: 3, adjective_mentions: 0 }];
  assert.deepEqual(mergeCandidates(e, rows).map((x) => x.index), [3, 1]);
});

test('refusals are said in Arabic from their code, and fall back to the English text', async () => {
  const { refusalText } = await import('../../www/refusals.js');
  const png = { text: 'this is an image (PNG), not an article; drop .txt files', code: 'binary',
    params: { file: 'a.png', what: 'an image (PNG)', advice: 'drop_text' } };
  assert.equal(refusalText('ar', png), 'هذا صورة (PNG) وليس مقالاً؛ أفلت ملفات txt أو html أو md أو json');
  assert.equal(refusalText('en', png), png.text);
  assert.match(refusalText('ar', { text: 'x', code: 'json_malformed', params: { line: '2', column: '5', reason: 'EOF' } }),
    /السطر 2، العمود 5 \(EOF\)/);
  // serde_json's reasons it knows are said in Arabic too (a newline inside a string, a missing bracket).
  const malformed = (reason) => refusalText('ar', { text: 'x', code: 'json_malformed', params: { line: '2', column: '0', reason } });
  assert.match(malformed('control character (\\u0000-\\u001F) found while parsing a string'), /\(سطر جديد أو محرف تحكم داخل نص بين علامتي تنصيص\)/);
  assert.match(malformed('EOF while parsing a list'), /\(انتهى الملف قبل أن تُغلق مصفوفة\)/);
  assert.doesNotMatch(malformed('EOF while parsing a list'), /EOF/);
  // A kind, code or parameter the page does not know: the core's own words.
  assert.equal(refusalText('ar', { ...png, params: { ...png.params, what: 'a hologram (HOLO)' } }), png.text);
  assert.equal(refusalText('ar', { text: 'new reason', code: 'something_new', params: {} }), 'new reason');
  assert.equal(refusalText('ar', { text: 'too big', code: 'too_large', params: { size_mib: '70' } }), 'too big');
  assert.equal(refusalText('ar', { text: 'plain' }), 'plain');
  // The same articles as a file loaded already (another encoding or name): that file named.
  const dup = { text: 'the same articles as a.txt, loaded already', code: 'duplicate_text', params: { file: 'b.txt', earlier: 'a.txt' } };
  assert.match(refusalText('ar', dup), /المقالات نفسها التي في a\.txt/);
  assert.equal(refusalText('en', dup), dup.text);
});

test('merge candidates: names sharing a word first, then the most mentioned, never more than the cap', async () => {
  const { mergeCandidates, MAX_CHOICES } = await import('../../www/curate.js');
  const e = { index: 0, type: 'PER', canonical: 'محمد حسين باقري', aliases: ['باقري'], mentions: 5, adjective_mentions: 0 };
  const rows = [e];
  for (let i = 1; i <= 5000; i++) rows.push({ index: i, type: 'PER', canonical: `اسم${i} آخر${i}`, mentions: i % 97, adjective_mentions: 0 });
  rows.push({ index: 5001, type: 'PER', canonical: 'باقري', mentions: 1, adjective_mentions: 0 });
  rows.push({ index: 5002, type: 'LOC', canonical: 'باقري', mentions: 50, adjective_mentions: 0 });
  const got = mergeCandidates(e, rows);
  assert.equal(got.length, MAX_CHOICES);
  assert.equal(got[0].index, 5001, 'the partial name sharing a word comes first');
  assert.ok(got.every((x) => x.type === 'PER' && x.index !== 0));
  const weights = got.slice(1).map((x) => x.mentions);
  assert.deepEqual(weights, [...weights].sort((a, b) => b - a), 'then by mentions');
  assert.equal(weights[0], 96);
});

test('merge candidates in slices: the same list, a yield between slices, and a stop', async () => {
  const { mergeCandidates, mergeCandidatesSliced, MAX_CHOICES } = await import('../../www/curate.js');
  const e = { index: 0, type: 'PER', canonical: 'محمد حسين باقري', aliases: ['باقري'], mentions: 5, adjective_mentions: 0 };
  const rows = [e];
  for (let i = 1; i <= 12_000; i++) {
    rows.push({ index: i, type: i % 5 ? 'PER' : 'ORG', canonical: i % 1000 !== 1 ? `اسم${i} آخر${i}` : `علي باقري ${i}`, mentions: (i * 37) % 101, adjective_mentions: 0 });
  }
  let yields = 0;
  const got = await mergeCandidatesSliced(e, rows, { slice: 1000, yieldTask: async () => { yields += 1; } });
  assert.equal(yields, 12, 'one yield between each two slices of 1000 rows');
  assert.deepEqual(got.map((x) => x.index), mergeCandidates(e, rows).map((x) => x.index));
  assert.equal(got.length, MAX_CHOICES);
  assert.ok(got.slice(0, 12).every((x) => x.canonical.startsWith('علي باقري')), 'the names sharing a word first');
  let slices = 0;
  const stopped = await mergeCandidatesSliced(e, rows, { slice: 1000, yieldTask: async () => { slices += 1; }, stop: () => slices >= 3 });
  assert.equal(stopped, null, 'a panel closed before the end gets nothing');
});
