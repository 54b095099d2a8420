// What the stand-in cores (mock-rasd.js, mock-big-rasd.js) share: the module's init
// functions and the calls www/worker.js makes, written once over what each mock
// provides: addFile(name, bytes) -> the articles' summaries, summary(index),
// entities() -> {documents, entities: rows with their documents and counts}, and
// this.docs. Served beside them (tests/browser/harness.mjs, useMockCore); never shipped.

export default async function init() {}
export function initSync() {}

export class MockCore {
  get documentCount() {
    return this.docs.length;
  }

  documents() {
    return this.docs.map((_, i) => this.summary(i));
  }

  // A file's articles all at once (the real core analyses them one per analyzeNext).
  beginFile(name, bytes) {
    return this.addFile(name, bytes).length;
  }

  analyzeNext() {
    return 0;
  }

  dropPending() {}

  // Every row sent again on each table update (the real core sends only what changed).
  tableUpdate(from) {
    const { documents, entities } = this.entities();
    const rows = entities.map(({ documents: docs, counts, occurrences, ...row }) => ({ ...row, articles: docs.length, documents_head: docs.slice(0, 20) }));
    return { documents: documents.slice(from), entities: rows.length, rows, at: rows.map((_, i) => i), reuse: new Int32Array(rows.length).fill(-1) };
  }

  // The saved merges and splits the page hands over at start: kept, not applied.
  setOverrides(o) {
    this.kept = o;
  }

  overrides() {
    return this.kept ?? { merges: [], splits: [] };
  }

  entityDocuments(key) {
    const row = this.entities().entities.find((r) => r.key === key);
    return row ? { documents: row.documents, counts: row.counts } : null;
  }
}
