// A stand-in for pkg/rasd.js with the same API and output shapes, driven by a tiny
// hard-coded gazetteer. The browser test serves it in place of the real module to
// check the page's rendering (tables, panel, article marks) independently of how far
// the recognizers have come. It is never shipped or loaded by the real page.
import { MockCore } from './mock-core.js';

export { default, initSync } from './mock-core.js';

const GAZETTEER = [
  // [type, canonical, english, forms..., {adjective forms}]
  { type: 'LOC', canonical: 'إيران', english: 'Iran', forms: ['إيران'], adjectives: ['الإيراني', 'الإيرانية'] },
  { type: 'LOC', canonical: 'طاجيكستان', english: 'Tajikistan', forms: ['طاجيكستان'], adjectives: ['الطاجيكي'] },
  { type: 'LOC', canonical: 'روسيا', english: 'Russia', forms: ['روسيا'], adjectives: [] },
  { type: 'LOC', canonical: 'باكستان', english: 'Pakistan', forms: ['باكستان'], adjectives: [] },
  { type: 'PER', canonical: 'محمد باقري', english: 'Mohammad Bagheri', forms: ['محمد حسين باقري', 'محمد باقري', 'باقري'], adjectives: [],
    title: 'اللواء', role: 'رئيس الأركان العامة للقوات المسلحة الإيرانية' },
  { type: 'ORG', canonical: 'منظمة شنغهاي للتعاون', english: 'Shanghai Cooperation Organisation', forms: ['منظمة شنغهاي للتعاون', 'شنغهاي'], adjectives: [] },
  { type: 'MONEY', canonical: '60 مليون دولار', english: null, forms: ['60 مليون دولار'], adjectives: [], value: 'USD 60000000' },
];

// A file named panic.txt plays a bug in the core: the call traps like an aborted
// wasm panic and this module instance stays poisoned, as a real one would.
let poisoned = false;
export function lastPanic() {
  return poisoned ? "panicked at src/recognize/mock.rs:1:1: mock bug" : undefined;
}
function check() {
  if (poisoned) throw new Error('recursive use of an object detected which would lead to unsafe aliasing in rust');
}

export class Rasd extends MockCore {
  constructor() {
    super();
    this.docs = [];
  }

  addFile(name, bytes) {
    check();
    if (name === 'panic.txt') {
      poisoned = true;
      throw new WebAssembly.RuntimeError('unreachable');
    }
    let text;
    try {
      text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    } catch {
      throw new Error(`${name}: not UTF-8 text`);
    }
    if (!text.trim()) throw new Error(`${name}: the file is empty; choose a file with article text`);
    const mentions = [];
    // Adjectives first so الإيرانية is not taken for إيران.
    for (const [entry, g] of GAZETTEER.entries()) {
      for (const [forms, adjective] of [[g.adjectives, true], [g.forms, false]]) {
        for (const form of forms) {
          for (let at = text.indexOf(form); at >= 0; at = text.indexOf(form, at + form.length)) {
            if (mentions.some((m) => at < m.end && m.start < at + form.length)) continue;
            mentions.push({ entry, entity_type: g.type, adjective, start: at, end: at + form.length, span: { start: -1, end: -1 } });
          }
        }
      }
    }
    mentions.sort((a, b) => a.start - b.start);
    const entities = [];
    for (const [i, m] of mentions.entries()) {
      const g = GAZETTEER[m.entry];
      let e = entities.find((x) => x.key === g.english + g.canonical);
      if (!e) {
        e = { type: g.type, key: g.english + g.canonical, canonical: g.canonical, aliases: [], english: g.english, wikidata: null,
          title: g.title ?? null, role: g.role ?? null, value: g.value ?? null, mentions: 0, adjective_mentions: 0, mention_ids: [] };
        entities.push(e);
      }
      m.entity = entities.indexOf(e);
      if (m.adjective) e.adjective_mentions++;
      else {
        e.mentions++;
        const form = text.slice(m.start, m.end);
        if (!e.aliases.includes(form)) e.aliases.push(form);
      }
      e.mention_ids.push(i);
    }
    this.docs.push({ name, title: null, date: null, text, mentions, entities });
    const index = this.docs.length - 1;
    return [this.summary(index)];
  }

  summary(index) {
    const d = this.docs[index];
    return { index, name: d.name, title: d.title, date: d.date, length: d.text.length, mentions: d.mentions.length, entities: d.entities.length };
  }

  rows() {
    const rows = [];
    for (const [d, doc] of this.docs.entries()) {
      for (const [j, e] of doc.entities.entries()) {
        let row = rows.find((r) => r.key === e.key);
        if (!row) {
          row = { ...e, index: rows.length, aliases: [], mentions: 0, adjective_mentions: 0, occurrences: [], documents: [], counts: [], mention_ids: undefined };
          rows.push(row);
        }
        row.mentions += e.mentions;
        row.adjective_mentions += e.adjective_mentions;
        for (const a of e.aliases) if (!row.aliases.includes(a)) row.aliases.push(a);
        row.occurrences.push([d, j]);
        row.documents.push(d);
        row.counts.push(e.mentions + e.adjective_mentions);
      }
    }
    return rows;
  }

  entities() {
    check();
    return { documents: this.docs.map((_, i) => this.summary(i)), entities: this.rows() };
  }

  document(index) {
    check();
    const doc = this.docs[index];
    if (!doc) throw new Error(`There is no article number ${index}; the corpus has ${this.docs.length} articles.`);
    const rows = this.rows();
    const entities = doc.entities.map((e, j) => ({ ...e, corpus: rows.findIndex((r) => r.occurrences.some(([d, k]) => d === index && k === j)) }));
    return { index, ...doc, entities };
  }

  clear() { this.docs = []; }

  // Overrides are stored and returned, not applied: the real core's tests cover that.
  setOverrides(o) { this.kept = { merges: o?.merges ?? [], splits: o?.splits ?? [] }; }

  overrides() { return this.kept ?? { merges: [], splits: [] }; }

  merge(a, b) { this.setOverrides({ ...this.overrides(), merges: [...this.overrides().merges, [...a, ...b]] }); return this.overrides(); }

  split(key, alias) { this.setOverrides({ ...this.overrides(), splits: [...this.overrides().splits, { key, alias }] }); return this.overrides(); }
}
