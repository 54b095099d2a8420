// Entity tables as CSV (for Excel: UTF-8 BOM, CRLF, every field quoted) and JSON.

const COLUMNS = [
  ['type', (e) => e.type],
  ['canonical', (e) => e.canonical],
  ['english', (e) => e.english],
  ['title', (e) => e.title],
  ['role', (e) => e.role],
  ['title_english', (e) => e.title_english],
  ['role_english', (e) => e.role_english],
  ['value', (e) => e.value],
  ['aliases', (e) => (e.aliases ?? []).join(' | ')],
  ['mentions', (e) => e.mentions],
  ['adjective_mentions', (e) => e.adjective_mentions],
  ['articles', (e) => (e.documents ?? []).length],
  ['article_names', (e, names) => (e.documents ?? []).map((d) => names[d] ?? d).join(' | ')],
  ['affiliations', (e) => (e.affiliations ?? []).map((a) => a.english ?? a.arabic).join(' | ')],
];

function csvField(value) {
  let s = value == null ? '' : String(value);
  // A cell starting with = + - @ is a formula to a spreadsheet: keep it text.
  if (/^[=+@\t\r]/.test(s) || (/^-/.test(s) && !/^-\d[\d.,]*$/.test(s))) s = `'${s}`;
  return `"${s.replace(/"/g, '""')}"`;
}

/**
 * The table (Rasd.entities()) cut down to the rows with `keys`, in that order (a key
 * the table no longer has is left out); the whole table when `keys` is not given.
 */
export function pick(table, keys) {
  if (!keys) return table;
  const byKey = new Map(table.entities.map((e) => [e.key, e]));
  return { ...table, entities: keys.map((k) => byKey.get(k)).filter(Boolean) };
}

/** The corpus table (Rasd.entities()) as CSV text, BOM included. */
export function toCSV(table) {
  const names = table.documents.map((d) => d.name);
  const lines = [COLUMNS.map(([h]) => csvField(h)).join(',')];
  for (const e of table.entities) {
    lines.push(COLUMNS.map(([, get]) => csvField(get(e, names))).join(','));
  }
  return '\uFEFF' + lines.join('\r\n') + '\r\n';
}

/** The corpus table as JSON text: article list and every entity with its article names. */
export function toJSON(table) {
  const names = table.documents.map((d) => d.name);
  const entities = table.entities.map(({ occurrences, ...e }) => ({
    ...e,
    article_names: (e.documents ?? []).map((d) => names[d]),
  }));
  return JSON.stringify({ generator: 'Rasd', documents: table.documents, entities }, null, 2) + '\n';
}
