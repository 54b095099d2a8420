// A stand-in for pkg/rasd.js that makes big corpora fast: a file named
// "people-N.txt" yields N/1000 articles of 1000 distinct persons each, "articles-N.txt"
// N articles of one person each (any other file one article with one person). The scale test serves it in place of the real module to
// check that the page stays usable with 100k+ entities; it is never shipped.
import { MockCore } from './mock-core.js';

export { default, initSync } from './mock-core.js';

const LETTERS = 'بتثجحخدذرزسشصضطظعغفقكلمنهوي';

/** A distinct two-word name for every k below 27^4. */
export function nameOf(k) {
  const word = (n) => {
    let w = '';
    for (let i = 0; i < 4; i++) {
      w = LETTERS[n % 27] + w;
      n = Math.floor(n / 27);
    }
    return w;
  };
  return `${word(k)} ${word((k * 7919) % 531441)}`;
}

export function lastPanic() {
  return undefined;
}

export class Rasd extends MockCore {
  constructor() {
    super();
    this.docs = [];
    this.rows = [];
  }

  addFile(name) {
    const m = /^people-(\d+)\.txt$/.exec(name);
    const a = /^articles-(\d+)\.txt$/.exec(name);
    const people = m ? Number(m[1]) : a ? Number(a[1]) : 1;
    const each = a ? 1 : 1000;
    const added = [];
    for (let start = 0; start < people; start += each) {
      const d = this.docs.length;
      const first = this.rows.length;
      const n = Math.min(each, people - start);
      for (let i = 0; i < n; i++) {
        const k = first + i;
        const canonical = nameOf(k);
        this.rows.push({
          index: k, type: 'PER', key: `PER:${k}`, canonical, aliases: [canonical], english: `Person ${k}`,
          wikidata: null, title: null, role: null, value: null,
          mentions: 1 + (k % 7), adjective_mentions: 0, documents: [d], counts: [1 + (k % 7)],
        });
      }
      this.docs.push({ name: people > each ? `${name}#${d}` : name, first, n });
      added.push(this.summary(d));
    }
    return added;
  }

  summary(index) {
    const d = this.docs[index];
    return { index, name: d.name, title: null, date: null, length: 0, mentions: d.n, entities: d.n };
  }

  entities() {
    return { documents: this.docs.map((_, i) => this.summary(i)), entities: this.rows };
  }

  /** The article: its persons' names one per line, each a mention. */
  document(index) {
    const d = this.docs[index];
    let text = '';
    const mentions = [];
    const entities = [];
    for (let i = 0; i < d.n; i++) {
      const row = this.rows[d.first + i];
      const start = text.length;
      text += `${row.canonical}\n`;
      mentions.push({ start, end: start + row.canonical.length, entity: i, adjective: false });
      entities.push({ type: 'PER', canonical: row.canonical, english: row.english, corpus: row.index, mention_ids: [i] });
    }
    return { index, name: d.name, title: null, date: null, text, mentions, entities };
  }

  /** One visit per article: its first person went to Riyadh (for the Events view at scale). */
  events() {
    return this.docs.map((d, document) => {
      const row = this.rows[d.first];
      const person = { role: 'agent', key: row.key, type: 'PER', canonical: row.canonical, english: row.english };
      return {
        document, index: 0, kind: 'visit', label: 'visited', gloss: `${row.english} visited Riyadh`,
        participants: [person], places: [{ key: 'LOC:riyadh', type: 'LOC', canonical: 'الرياض', english: 'Riyadh' }],
        name: null, when: null, evidence_text: `${row.canonical} زار الرياض`, evidence_units: { start: 0, end: row.canonical.length },
      };
    });
  }

  summaries() {
    return this.docs.map((d, document) => ({
      document, name: d.name, title: null, opening: '', date: null,
      actors: [], places: [], dates: [], events: [{ index: 0, gloss: `${this.rows[d.first].english} visited Riyadh` }],
    }));
  }

  clear() {
    this.docs = [];
    this.rows = [];
  }
}
