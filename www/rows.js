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
  normalized([e.canonical, ...(e.aliases ?? []), e.english, e.role, e.title, e.value].filter(Boolean).join(' \u0001 '));

export function forgetKeys() {
  keys.clear();
}

/**
 * The messages that carry `table` ({documents, entities}) to the page, in order
 * (entity rows without their `occurrences`):
 * {documents} slices, {entities, keys} slices, then {ranks} (an Int32Array: the row's
 * position when sorted by its matching-form name, ties by index), and a transfer list.
 */
export function* tableChunks(table) {
  const { documents, entities } = table;
  for (let i = 0; i < documents.length; i += CHUNK) {
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
  const order = Array.from(names.keys()).sort((a, b) => (names[a] < names[b] ? -1 : names[a] > names[b] ? 1 : a - b));
  const ranks = new Int32Array(entities.length);
  for (const [rank, i] of order.entries()) ranks[i] = rank;
  yield { message: { ranks }, transfer: [ranks.buffer] };
}
