// The page's pure modules, in Node (no browser): filter normalization and export.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { normalizeArabic } from '../../www/normalize.js';
import { toCSV, toJSON } from '../../www/export.js';
import { STRINGS, TYPES, t } from '../../www/i18n.js';

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
      mentions: 1, adjective_mentions: 0, documents: [1], counts: [1] },
    { index: 2, type: 'QUANTITY', canonical: '-5', aliases: [], value: '-5', mentions: 1, documents: [0] },
  ],
};

test('CSV has a BOM, CRLF lines, every field quoted, quotes doubled, formulas defused', () => {
  const csv = toCSV(TABLE);
  assert.ok(csv.startsWith('\uFEFF"type","canonical","english","title","role","value","aliases","mentions"'));
  const lines = csv.slice(1).split('\r\n');
  assert.equal(lines.at(-1), '');
  assert.equal(lines[1], '"LOC","إيران","Iran","","","","إيران | الجمهورية الإسلامية","3","2","2","a.txt | b ""quoted"".txt"');
  assert.ok(lines[2].startsWith('"PER","\'=HYPERLINK(""x"")","A, ""B""\nC"'), lines[2]);
  assert.ok(lines[3].startsWith('"QUANTITY","-5"'), 'a negative number stays a number');
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
  assert.equal(t('en', 'status.progress', { done: 2, total: 5 }), 'Analysing: 2 of 5');
});

test('refusals are said in Arabic from their code, and fall back to the English text', async () => {
  const { refusalText } = await import('../../www/refusals.js');
  const png = { text: 'this is an image (PNG), not an article; drop .txt files', code: 'binary',
    params: { file: 'a.png', what: 'an image (PNG)', advice: 'drop_text' } };
  assert.equal(refusalText('ar', png), 'هذا صورة (PNG) وليس مقالاً؛ أفلت ملفات txt أو html أو md أو json');
  assert.equal(refusalText('en', png), png.text);
  assert.match(refusalText('ar', { text: 'x', code: 'json_malformed', params: { line: '2', column: '5', reason: 'EOF' } }),
    /السطر 2، العمود 5 \(EOF\)/);
  // A kind, code or parameter the page does not know: the core's own words.
  assert.equal(refusalText('ar', { ...png, params: { ...png.params, what: 'a hologram (HOLO)' } }), png.text);
  assert.equal(refusalText('ar', { text: 'new reason', code: 'something_new', params: {} }), 'new reason');
  assert.equal(refusalText('ar', { text: 'too big', code: 'too_large', params: { size_mib: '70' } }), 'too big');
  assert.equal(refusalText('ar', { text: 'plain' }), 'plain');
});
