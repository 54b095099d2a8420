// The corpus table, made ready for the page by the worker (off the main thread).
// Rasd.tableUpdate() gives what changed since the last refresh: the page keeps the
// rows it has (moved to their new places by `reuse`) and receives only new or changed
// rows, each with a search key (the filter's matching form of its names), plus every
// row's rank in name order and the by-mentions order, cut into messages small enough
// that receiving one never blocks the page (structured clone runs on the receiving
// thread).
import { normalizeArabic } from './normalize.js';

const CHUNK = 200; // rows (or articles) per message at most: a few milliseconds to receive
const WEIGHT = 8_000; // strings and numbers per message at most, roughly

const searchKey = (e) =>
  normalizeArabic([e.canonical, ...(e.aliases ?? []), e.english, e.role, e.role_english, e.title, e.value,
    ...(e.affiliations ?? []).flatMap((a) => [a.arabic, a.english])].filter(Boolean).join(' \u0001 '));

const total = (e) => (e.mentions ?? 0) + (e.adjective_mentions ?? 0);

// Per row of the table as the page has it: the matching form of its name, its mentions.
let names = [];
let totals = new Float64Array(0);

/** Forgets the table (the corpus was cleared: the next update sends every row). */
export function forget() {
  names = [];
  totals = new Float64Array(0);
}

/**
 * The messages that carry `update` (Rasd.tableUpdate(): {documents, entities, rows,
 * at, reuse}) to the page, in order: {documents} slices, {entities, at, keys} slices
 * (the changed rows, where they go, their search keys), then {reuse, ranks, byName,
 * byMentions} (Int32Arrays: each row's index in the page's previous table or -1; each
 * row's position in name order; row indices in name order; row indices by mentions,
 * most first, ties by name), and a transfer list.
 */
export function* tableChunks(update) {
  const { documents, rows, at, reuse } = update;
  const n = update.entities;
  for (let i = 0; i < documents.length; i += CHUNK) {
    yield { message: { documents: documents.slice(i, i + CHUNK) } };
  }
  const nextNames = new Array(n);
  const nextTotals = new Float64Array(n);
  for (let i = 0; i < n; i++) {
    const r = reuse[i];
    if (r >= 0) {
      nextNames[i] = names[r];
      nextTotals[i] = totals[r];
    }
  }
  for (let i = 0; i < rows.length;) {
    // Up to CHUNK rows, fewer when their article lists are long.
    let end = i + 1;
    for (let weight = 0; end < rows.length && end - i < CHUNK; end++) {
      weight += (rows[end].documents_head?.length ?? 0) + (rows[end].aliases?.length ?? 0) + 20;
      if (weight > WEIGHT) break;
    }
    const slice = rows.slice(i, end);
    const where = Int32Array.from(at.slice(i, end));
    yield { message: { entities: slice, at: where, keys: slice.map(searchKey) }, transfer: [where.buffer] };
    for (const [j, e] of slice.entries()) {
      nextNames[at[i + j]] = normalizeArabic(e.canonical ?? '');
      nextTotals[at[i + j]] = total(e);
    }
    i = end;
  }
  names = nextNames;
  totals = nextTotals;
  const byName = new Int32Array(n);
  for (let i = 0; i < n; i++) byName[i] = i;
  byName.sort((a, b) => (names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : a - b));
  const ranks = new Int32Array(n);
  for (let rank = 0; rank < n; rank++) ranks[byName[rank]] = rank;
  // The table's first order (most mentioned first, ties by name), made here so the page
  // only has to pick a type's rows out of it.
  const byMentions = Int32Array.from(byName).sort((a, b) => totals[b] - totals[a] || ranks[a] - ranks[b]);
  const moved = Int32Array.from(reuse);
  yield { message: { reuse: moved, ranks, byName, byMentions }, transfer: [moved.buffer, ranks.buffer, byName.buffer, byMentions.buffer] };
}
