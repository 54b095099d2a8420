// The corpus table, made ready for the page by the worker (off the main thread):
// a search key per entity row (the filter's matching form of its names, computed once
// per distinct text) and each row's rank in name order, then cut into messages small
// enough that receiving one never blocks the page (structured clone runs on the
// receiving thread).
import { normalizeArabic } from './normalize.js';

const CHUNK = 500; // rows per message: a few milliseconds to receive

const keys = new Map(); // raw joined text -> matching form (rows repeat between refreshes)

function normalized(raw) {
  let key = keys.get(raw);
  if (key === undefined) {
    key = normalizeArabic(raw);
    keys.set(raw, key);
  }
  return key;
}

const searchKey = (e) =>
  normalized([e.canonical, ...(e.aliases ?? []), e.english, e.role, e.role_english, e.title, e.value,
    ...(e.affiliations ?? []).flatMap((a) => [a.arabic, a.english])].filter(Boolean).join(' \u0001 '));

export function forgetKeys() {
  keys.clear();
}

/**
 * The messages that carry `table` ({documents, entities}: documents from index `from`
 * on, the page has the others) to the page, in order
 * (entity rows without their `occurrences`):
 * {documents} slices, {entities, keys} slices, then {ranks, byName, byMentions}
 * (Int32Arrays: each row's position in name order; row indices in name order; row
 * indices by mentions, most first, ties by name), and a transfer list.
 */
export function* tableChunks(table, from = 0) {
  const { documents, entities } = table;
  for (let i = from; i < documents.length; i += CHUNK) {
    yield { message: { documents: documents.slice(i, i + CHUNK) } };
  }
  const names = new Array(entities.length);
  for (let i = 0; i < entities.length; i += CHUNK) {
    // Without `occurrences` ([article, entity] pairs: the page uses `documents` and
    // `counts`), which would double the small arrays the page must receive and keep.
    const rows = entities.slice(i, i + CHUNK).map(({ occurrences, ...row }) => row);
    yield { message: { entities: rows, keys: rows.map(searchKey) } };
    for (const [j, e] of rows.entries()) names[i + j] = normalized(e.canonical ?? '');
  }
  const byName = Int32Array.from(names.keys()).sort((a, b) => (names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : a - b));
  const ranks = new Int32Array(entities.length);
  for (const [rank, i] of byName.entries()) ranks[i] = rank;
  // The table's first order (most mentioned first, ties by name), made here so the page
  // only has to pick a type's rows out of it.
  const total = (e) => (e.mentions ?? 0) + (e.adjective_mentions ?? 0);
  const mentions = Float64Array.from(entities, total);
  const byMentions = Int32Array.from(byName).sort((a, b) => mentions[b] - mentions[a] || ranks[a] - ranks[b]);
  yield { message: { ranks, byName, byMentions }, transfer: [ranks.buffer, byName.buffer, byMentions.buffer] };
}
