// The relation views' pure parts, in Node (no browser): deep-link hashes, relative
// words in English, date values, graph filtering and the map's place matching.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseHash, formatHash } from '../../www/route.js';
import { relativeEnglish, readableGloss, whatOf, eventMatcher } from '../../www/views/events.js';
import { formatValue } from '../../www/views/dom.js';
import { filterGraph, defaultWeight } from '../../www/views/graph.js';
import { placesOnMap } from '../../www/views/map.js';

test('a route survives the hash both ways, Arabic keys and spaces included', () => {
  const routes = [
    { view: 'graph', entity: null, article: null, at: null },
    { view: 'events', entity: 'PER:عاصم منير', article: null, at: null },
    { view: 'articles', entity: 'Q794', article: '003 & co #1.txt', at: { start: 349, end: 592 } },
  ];
  for (const r of routes) assert.deepEqual(parseHash(formatHash(r)), r);
  assert.deepEqual(parseHash(''), { view: null, entity: null, article: null, at: null });
  assert.equal(parseHash('#view=nonsense').view, null, 'an unknown view is ignored');
  assert.equal(parseHash('#view=articles&article=a.txt&at=9-3').at, null, 'a reversed range is ignored');
  assert.equal(parseHash('#view=articles&article=a.txt&at=x-3').at, null);
});

test('relative words the core resolves read in English', () => {
  const cases = [['أمس', 'yesterday'], ['وأمس', 'yesterday'], ['أول أمس', 'the day before yesterday'],
    ['اليوم', 'today'], ['غداً', 'tomorrow'], ['الأسبوع الماضي', 'last week'], ['الشهر المقبل', 'next month'],
    ['العام الجاري', 'this year'], ['السنة القادمة', 'next year'], ['21 يناير', null], ['الأسبوع', null]];
  for (const [ar, en] of cases) assert.equal(relativeEnglish(ar), en, ar);
});

test('the English line of an event reads in English: its date written out, a relative word translated', () => {
  assert.equal(readableGloss('Mohammad Bagheri arrived in Tajikistan (أمس)'), 'Mohammad Bagheri arrived in Tajikistan (yesterday)');
  assert.equal(readableGloss('Ali Shamkhani left Tehran for Russia (اليوم)'), 'Ali Shamkhani left Tehran for Russia (today)');
  assert.equal(readableGloss('Russia and Iran met in 2022-05'), 'Russia and Iran met in May 2022');
  assert.equal(readableGloss('X visited Tehran in --11'), 'X visited Tehran in November');
  assert.equal(readableGloss('X visited Tehran on --11'), 'X visited Tehran in November', 'a month with no day is "in"');
  assert.equal(readableGloss('X made a visit on --10-05'), 'X made a visit on 5 October');
  assert.equal(readableGloss('X visited Y on 2020-11-10/2020-11-11'), 'X visited Y on 10 November 2020 – 11 November 2020');
  assert.equal(readableGloss('X met in 2018'), 'X met in 2018');
  assert.equal(readableGloss('X met Y (منتدى الدوحة)'), 'X met Y (منتدى الدوحة)', 'a name in brackets is left as written');
});

test('the What column ends in a preposition only when the column of its object is filled', () => {
  const tr = (k) => k;
  const partner = { role: 'partner', key: 'PER:x' };
  const agent = { role: 'agent', key: 'PER:y' };
  const ev = (label, participants = [], places = []) => ({ kind: 'agreement', label, participants, places });
  assert.equal(whatOf(ev('agreed with', [agent, partner]), tr, 'en'), 'agreed with');
  assert.equal(whatOf(ev('agreed with', [agent]), tr, 'en'), 'agreed', 'no one to agree with: no "with"');
  assert.equal(whatOf(ev('arrived in', [agent], [{ key: 'LOC:t' }]), tr, 'en'), 'arrived in');
  assert.equal(whatOf(ev('travelled to', [agent]), tr, 'en'), 'travelled');
  assert.equal(whatOf(ev('met', [agent]), tr, 'en'), 'met');
  const part = { kind: 'participation', label: 'takes part in', participants: [agent], places: [], name: { key: 'EVENT:d' } };
  assert.equal(whatOf(part, tr, 'en'), 'takes part in', 'the event named after the label is its object');
  assert.equal(whatOf({ ...part, name: null }, tr, 'en'), 'takes part');
  assert.equal(whatOf(ev('agreed with', []), tr, 'ar'), 'kind.agreement', 'Arabic shows the kind');
  assert.equal(whatOf({ kind: 'meeting', label: 'met with', gloss: 'X met with Y' }, tr, 'en'), 'met with', 'a timeline event keeps its label');
});

test('date values read as dates in both languages', () => {
  assert.equal(formatValue('2025-01-21', 'en'), '21 January 2025');
  assert.equal(formatValue('2025-01-21', 'ar'), '21 يناير 2025');
  assert.equal(formatValue('2022-05', 'en'), 'May 2022');
  assert.equal(formatValue('--11', 'en'), 'November');
  assert.equal(formatValue('2020-11-10/2020-11-11', 'en'), '10 November 2020 – 11 November 2020');
  assert.equal(formatValue('1446H', 'en'), '1446H', 'Hijri values stay as written');
});

test('the graph filter keeps edges of the chosen types at or above the weight', () => {
  const graph = {
    nodes: [{ key: 'a', type: 'PER' }, { key: 'b', type: 'LOC' }, { key: 'c', type: 'ORG' }, { key: 'd', type: 'LOC' }],
    edges: [{ source: 'a', target: 'b', weight: 3 }, { source: 'b', target: 'c', weight: 1 }, { source: 'b', target: 'd', weight: 2 }],
  };
  const all = filterGraph(graph, new Set(['PER', 'LOC', 'ORG']), 1);
  assert.equal(all.edges.length, 3);
  const heavy = filterGraph(graph, new Set(['PER', 'LOC', 'ORG']), 2);
  assert.deepEqual(heavy.nodes.map((n) => n.key), ['a', 'b', 'd'], 'c has no edge left');
  const places = filterGraph(graph, new Set(['LOC']), 1);
  assert.deepEqual(places.edges, [{ source: 'b', target: 'd', weight: 2 }]);
  assert.equal(places.capped, false);
  // At most two nodes: the two most mentioned (b, then a), and only their edge.
  graph.nodes.forEach((n, i) => { n.mentions = [5, 9, 1, 2][i]; });
  const top = filterGraph(graph, new Set(['PER', 'LOC', 'ORG']), 1, 2);
  assert.equal(top.capped, true);
  assert.deepEqual(top.nodes.map((n) => n.key), ['a', 'b']);
  assert.deepEqual(top.edges, [{ source: 'a', target: 'b', weight: 3 }]);
});

test('the graph opens at a weight that leaves a readable number of links', () => {
  const edges = (weights) => weights.map((weight) => ({ weight }));
  assert.equal(defaultWeight(edges([1, 1, 2, 3])), 1, 'a small graph shows everything');
  assert.equal(defaultWeight(edges([...Array(100).fill(1), ...Array(40).fill(2)])), 2);
  const big = edges([...Array(5000).fill(1), ...Array(600).fill(2), ...Array(300).fill(3), ...Array(200).fill(4)]);
  assert.equal(defaultWeight(big), 4, 'at most 250 links');
});

test('map places: countries by the gazetteer name, else cities; unmentioned rows left out', () => {
  const countries = [{ properties: { name: 'Iran' } }, { properties: { name: 'Pakistan' } }];
  const cities = [['Islamabad', 73.06, 33.69]];
  const rows = [
    { key: 'Q794', type: 'LOC', english: 'Iran', mentions: 3, adjective_mentions: 2 },
    { key: 'Q1362', type: 'LOC', english: 'Islamabad', mentions: 4, adjective_mentions: 0 },
    { key: 'x', type: 'LOC', english: 'Atlantis', mentions: 9 },
    { key: 'Q843', type: 'LOC', english: 'Pakistan', mentions: 0, adjective_mentions: 0 },
    { key: 'p', type: 'PER', english: 'Iran', mentions: 1 },
  ];
  const out = placesOnMap(rows, countries, cities);
  assert.deepEqual(out.map((p) => [p.row.key, p.count, Boolean(p.feature), Boolean(p.city)]),
    [['Q794', 5, true, false], ['Q1362', 4, false, true]]);
});

test('www/vendor/ is exactly what scripts/vendor.mjs makes from the pinned packages', () => {
  const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rasd-vendor-'));
  try {
    execFileSync(process.execPath, [path.join(repo, 'scripts/vendor.mjs'), '--out', dir], { cwd: repo, stdio: 'pipe' });
    const committed = fs.readdirSync(path.join(repo, 'www/vendor')).sort();
    assert.deepEqual(fs.readdirSync(dir).sort(), committed);
    for (const f of committed) {
      assert.ok(fs.readFileSync(path.join(dir, f)).equals(fs.readFileSync(path.join(repo, 'www/vendor', f))), `${f} differs: run node scripts/vendor.mjs`);
    }
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
});

test('the events filter narrows from the last answer and gives what a full scan gives', () => {
  // 2,000 events; keys as the view makes them (normalized), read through a function
  // that counts which keys each query read.
  const words = ['محمد', 'باقري', 'طهران', 'اسلام اباد', 'bagheri', 'tehran'];
  const events = Array.from({ length: 2000 }, (_, i) => ({ kind: i % 5 === 0 ? 'statement' : 'visit' }));
  const plain = events.map((_, i) => `${words[i % 6]} ${words[(i * 7) % 6]} ${i}`);
  let reads = new Set(); // the events whose key a query read
  const keyOf = (i) => {
    reads.add(i);
    return plain[i];
  };
  const scan = (filter, statements) => {
    const ws = filter.split(' ').filter(Boolean);
    return events.flatMap((e, i) => ((statements || e.kind !== 'statement') && ws.every((w) => plain[i].includes(w)) ? [i] : []));
  };
  const match = eventMatcher(events, keyOf);
  const typed = ['م', 'مح', 'محم', 'محمد', 'محمد ب', 'محمد با', 'محمد', 'مح', 'ط', 'طه 1'];
  let before = null;
  for (const q of typed) {
    reads = new Set();
    const got = match(q, false);
    assert.deepEqual(got, scan(q, false), q);
    // Narrowing reads only what the query before kept; widening (a letter deleted)
    // scans again.
    if (before && q.startsWith(before.q)) assert.ok(reads.size <= before.hits.length, `${q}: ${reads.size} read`);
    else assert.ok(reads.size > 1000, `${q}: a full scan`);
    before = { q, hits: got };
  }
  // Statements on: a wider set, scanned again, not narrowed from the last answer.
  assert.deepEqual(match('محمد', true), scan('محمد', true));
  assert.deepEqual(match('محمد', false), scan('محمد', false));
  assert.deepEqual(match('', false).length, 1600);
});

test('cached date formatters give each value its own fields (one per locale and set of fields)', () => {
  assert.equal(formatValue('2025-01-21', 'en'), '21 January 2025');
  assert.equal(formatValue('2025-02-03', 'en'), '3 February 2025');
  assert.equal(formatValue('--11', 'en'), 'November');
  assert.equal(formatValue('2022-05/2022-06', 'en'), 'May 2022 – June 2022');
  assert.equal(formatValue('2025-01-21', 'ar'), '21 يناير 2025');
});
