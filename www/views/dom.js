// Small DOM helpers shared by the relation views. Text only: nothing becomes HTML.
export const SVG_NS = 'http://www.w3.org/2000/svg';

/** An element with attributes and children (strings become text nodes). */
export function el(tag, attrs = {}, ...children) {
  return fill(document.createElement(tag), attrs, children);
}

/** The same in the SVG namespace. */
export function svg(tag, attrs = {}, ...children) {
  return fill(document.createElementNS(SVG_NS, tag), attrs, children);
}

function fill(node, attrs, children) {
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k === 'class') node.setAttribute('class', v);
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat(Infinity)) {
    if (c == null || c === false) continue;
    node.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return node;
}

/** An entity's name for the reader: English in English mode when there is one. */
/** What to call an article: its title, else its opening words, else its file name. */
export function articleLabel(doc) {
  return doc?.title || (doc?.opening ? `${doc.opening}…` : doc?.name);
}

export function nameOf(entity, lang) {
  if (!entity) return '';
  return lang === 'en' && entity.english ? entity.english : entity.canonical;
}

/** A name element: bidi-isolated, Arabic marked as Arabic, the other form as a tooltip. */
export function nameNode(entity, lang, attrs = {}) {
  const shown = nameOf(entity, lang);
  const arabic = shown === entity.canonical;
  return el('bdi', { lang: arabic ? 'ar' : 'en', title: arabic ? entity.english : entity.canonical, ...attrs }, shown);
}

const FORMATS = new Map(); // `${locale}|fields` -> Intl.DateTimeFormat

/**
 * A date value for the reader: 2025-01-21 -> 21 January 2025, --11 -> November,
 * ranges a/b -> a – b; anything else (Hijri, lists) as it is.
 */
export function formatValue(value, lang) {
  const v = value ?? '';
  if (v.includes('/')) return v.split('/').map((part) => formatValue(part, lang)).join(' – ');
  const locale = lang === 'ar' ? 'ar-u-nu-latn' : 'en-GB';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?$/.exec(v);
  const noYear = /^--(\d{2})(?:-(\d{2}))?$/.exec(v);
  if (!m && !noYear) return v;
  const [y, mo, d] = m ? [m[1], m[2], m[3]] : [null, noYear[1], noYear[2]];
  const date = new Date(Date.UTC(Number(y ?? 2000), Number(mo ?? 1) - 1, Number(d ?? 1)));
  const opts = { timeZone: 'UTC', ...(y ? { year: 'numeric' } : {}), ...(mo ? { month: 'long' } : {}), ...(d ? { day: 'numeric' } : {}) };
  // A formatter costs far more to make than to use (a tenth of a millisecond each, on
  // every row of the events list): one per locale and set of fields.
  const key = `${locale}|${y ? 'y' : ''}${mo ? 'm' : ''}${d ? 'd' : ''}`;
  let format = FORMATS.get(key);
  if (!format) FORMATS.set(key, format = new Intl.DateTimeFormat(locale, opts));
  return format.format(date);
}

/**
 * Highlights [start, end) (UTF-16 offsets into `text`) inside an article rendered by the
 * page (one <p> per non-empty line, text split across text nodes and <mark>s) and
 * scrolls it into view. Uses the CSS Custom Highlight API: the DOM is not changed.
 */
export function highlightSentence(container, text, start, end) {
  const paragraphs = [...container.querySelectorAll('p')];
  // Offsets of the lines that became paragraphs.
  const lineStarts = [];
  let from = 0;
  while (from <= text.length) {
    let to = text.indexOf('\n', from);
    if (to < 0) to = text.length;
    if (to > from) lineStarts.push(from);
    from = to + 1;
  }
  const locate = (offset) => {
    let line = 0;
    while (line + 1 < lineStarts.length && lineStarts[line + 1] <= offset) line++;
    const p = paragraphs[line];
    if (!p) return null;
    let rest = offset - lineStarts[line];
    const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
    let node = walker.nextNode();
    let last = null;
    while (node) {
      if (rest <= node.data.length) return { node, offset: rest };
      rest -= node.data.length;
      last = node;
      node = walker.nextNode();
    }
    return last ? { node: last, offset: last.data.length } : null;
  };
  const a = locate(start);
  const b = locate(end);
  if (!a || !b) return null;
  const range = document.createRange();
  range.setStart(a.node, a.offset);
  range.setEnd(b.node, b.offset);
  if (globalThis.CSS?.highlights && globalThis.Highlight) CSS.highlights.set('rasd-sentence', new Highlight(range));
  const p = a.node.parentElement?.closest('p');
  p?.scrollIntoView({ block: 'center' });
  return range;
}

/** Clears the sentence highlight. */
export function clearSentence() {
  globalThis.CSS?.highlights?.delete('rasd-sentence');
}

/**
 * Arrow keys move between the rows of a table body (the focus goes to the same kind of
 * control in the next row), Home/End to the first/last row, Enter activates the row.
 * `activate(row)` runs on Enter when the focus is on the row itself.
 */
export function tableKeys(tbody, activate) {
  tbody.addEventListener('keydown', (ev) => {
    const row = ev.target.closest('tr');
    if (!row || !tbody.contains(row)) return;
    const rows = [...tbody.querySelectorAll('tr[data-row]')];
    const at = rows.indexOf(row);
    if (at < 0) return;
    let next = null;
    if (ev.key === 'ArrowDown') next = rows[at + 1];
    else if (ev.key === 'ArrowUp') next = rows[at - 1];
    else if (ev.key === 'Home') next = rows[0];
    else if (ev.key === 'End') next = rows.at(-1);
    else if (ev.key === 'Enter' && ev.target === row && activate) {
      ev.preventDefault();
      activate(row);
      return;
    }
    if (!next) return;
    ev.preventDefault();
    // The same column's control when there is one, else the row itself.
    const cell = ev.target.closest('td');
    const column = cell ? [...row.children].indexOf(cell) : -1;
    const target = (column >= 0 && next.children[column]?.querySelector('button')) || next;
    target.focus();
  });
}

/** Saves a Blob under a file name (through the page's hidden #download link). */
export function download(name, blob) {
  const url = URL.createObjectURL(blob);
  const a = document.getElementById('download') ?? document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
