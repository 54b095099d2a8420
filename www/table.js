// The entity table: one type at a time, sorted, filtered, and virtualized — only the
// rows near the viewport exist in the DOM, so 100k entities scroll and filter as fast
// as 100. Sorting is cached per (table, type, column, direction); typing in the filter
// only scans the cached order against search keys the worker normalized beforehand
// (www/rows.js), and never sorts.
import { el } from './dom.js';
import { normalizeArabic } from './normalize.js';
import { formatCount } from './i18n.js';

const COLUMNS = [
  { key: 'canonical', label: 'col.canonical', always: true, text: true },
  { key: 'english', label: 'col.english', text: true },
  { key: 'role', label: 'col.role', text: true },
  { key: 'affiliations', label: 'col.affiliations', text: true },
  { key: 'value', label: 'col.value', text: true },
  { key: 'mentions', label: 'col.mentions', always: true, numeric: true },
  { key: 'articles', label: 'col.articles', always: true, numeric: true },
];

// Layout, not script, is what costs here (Arabic shaping included): the fewer rows in
// the DOM the better.
const ALL_ROWS = 150;  // up to this many rows, draw them all (no virtual scrolling)
const OVERSCAN = 15;   // rows drawn beyond each edge of the viewport
const TITLE_NAMES = 20; // article names listed in the Articles cell's tooltip

/**
 * The title in English: the core's, else none (a title with no English is an epithet the
 * core read into the role, المخلوع الرئيس -> Deposed President, or one it cannot read).
 * The English page shows no Arabic title or role: what the core could not read in
 * English is left out there and shown on the Arabic page.
 */
export const titleEnglish = (e) => e.title_english ?? null;
/** Title and role; in English only what the core composed (`title_english`, `role_english`). */
export const roleOf = (e, lang = 'ar') => (lang === 'ar' ? [e.title, e.role] : [titleEnglish(e), e.role_english])
  .filter(Boolean).join(' — ');
/** How many articles a row occurs in (rows list only the first few: `documents_head`). */
export const articlesOf = (e) => e.articles ?? (e.documents ?? []).length;
/** A person's countries and organisations, in the page's language where known. */
export const affiliationsOf = (e, lang) => (e.affiliations ?? [])
  .map((a) => (lang === 'ar' ? a.arabic : a.english ?? a.arabic)).join(lang === 'ar' ? '، ' : ', ');

export function sortValue(e, key, lang = 'ar') {
  switch (key) {
    case 'mentions': return (e.mentions ?? 0) + (e.adjective_mentions ?? 0);
    case 'articles': return articlesOf(e);
    case 'role': return roleOf(e, lang);
    case 'affiliations': return affiliationsOf(e, lang);
    default: return e[key] ?? '';
  }
}

/**
 * The table over `state` (table, searchKeys, orders, type, sort, filter,
 * selectedEntity); `tr` translates, `onSelect(index)` opens an entity, `onSort` is
 * called after a header click.
 */
export function entityTable({ state, tr, onSelect, onSort, onShown, $ }) {
  let version = 0;           // bumped when the table data changes
  let cache = { key: null }; // the sorted rows of one type
  let rows = [];             // what is shown: sorted, then filtered
  let columns = [];
  let rowHeight = 0;         // measured on the first virtual render
  let drawn = null;          // [first, last) rows in the DOM, when virtual
  let frame = 0;

  const rank = (e) => state.orders?.ranks?.[e.index] ?? e.index;

  function sorted() {
    const key = `${version}|${state.type}|${state.sort.key}|${state.sort.dir}|${state.lang}`;
    if (cache.key === key) return cache;
    const { key: col, dir } = state.sort;
    const { entities } = state.table;
    const ofType = entities.filter((e) => e.type === state.type);
    // Show a column when some entity of this type has something to put in it.
    const has = {
      english: (e) => e.english, role: (e) => e.title || e.role, affiliations: (e) => e.affiliations?.length, value: (e) => e.value,
    };
    const shown = COLUMNS.filter((c) => c.always || ofType.some(has[c.key]));
    // The usual orders come ready from the worker: pick this type's rows, no sorting.
    const ready = col === 'canonical' ? state.orders?.byName : col === 'mentions' && dir < 0 ? state.orders?.byMentions : null;
    if (ready && ready.length === entities.length) {
      const rows = [];
      for (const i of ready) if (entities[i].type === state.type) rows.push(entities[i]);
      if (col === 'canonical' && dir < 0) rows.reverse();
      cache = { key, rows, columns: shown };
      return cache;
    }
    const n = ofType.length;
    const numeric = COLUMNS.find((c) => c.key === col)?.numeric;
    const byRank = col === 'canonical';
    // Sort keys in flat arrays, looked up by position: no property access while sorting.
    const primary = numeric || byRank ? new Float64Array(n) : new Array(n);
    const mentions = new Float64Array(n);
    const ranks = new Float64Array(n);
    for (let i = 0; i < n; i++) {
      const e = ofType[i];
      mentions[i] = sortValue(e, 'mentions');
      ranks[i] = rank(e);
      primary[i] = byRank ? ranks[i] : numeric ? sortValue(e, col, state.lang) : String(sortValue(e, col, state.lang));
    }
    const order = new Uint32Array(n);
    for (let i = 0; i < n; i++) order[i] = i;
    order.sort((a, b) => {
      const va = primary[a];
      const vb = primary[b];
      const c = va < vb ? -1 : va > vb ? 1 : 0;
      // Ties: most mentioned first, then by name, so the order is stable and useful.
      return dir * c || mentions[b] - mentions[a] || ranks[a] - ranks[b];
    });
    const rows = Array.from(order, (i) => ofType[i]);
    cache = { key, rows, columns: shown };
    return cache;
  }

  function filtered() {
    const { rows: all, columns: cols } = sorted();
    columns = cols;
    const needle = normalizeArabic(state.filter);
    rows = needle ? all.filter((e) => (state.searchKeys[e.index] ?? '').includes(needle)) : all;
    return { all };
  }

  function renderHead() {
    $('entity-head').replaceChildren(...columns.map((c) => {
      const isSorted = state.sort.key === c.key;
      const label = tr(c.label);
      return el('th', {
        scope: 'col',
        class: c.numeric ? 'num' : null,
        dataset: { col: c.key },
        'aria-sort': isSorted ? (state.sort.dir > 0 ? 'ascending' : 'descending') : 'none',
      }, el('button', {
        type: 'button',
        class: 'sort',
        title: tr('sortBy', { col: label }),
        onclick: () => {
          state.sort = isSorted ? { key: c.key, dir: -state.sort.dir } : { key: c.key, dir: c.numeric ? -1 : 1 };
          render();
          onSort?.();
          // Keep keyboard focus on the header that was activated.
          document.querySelector(`#entity-head th:nth-child(${columns.indexOf(c) + 1}) button`)?.focus();
        },
      }, label, el('span', { class: 'arrow', 'aria-hidden': 'true' }, isSorted ? (state.sort.dir > 0 ? '▲' : '▼') : '')));
    }));
  }

  function cell(e, c) {
    switch (c.key) {
      case 'canonical':
        return el('td', { lang: 'ar', dir: 'rtl', class: 'name' },
          el('button', { type: 'button', class: 'entity-link', onclick: () => onSelect(e.index) }, e.canonical));
      case 'english':
        return el('td', { lang: 'en', dir: 'ltr' }, e.english ?? '');
      case 'role':
        return el('td', { lang: state.lang === 'ar' ? 'ar' : 'en', dir: 'auto', class: 'role' }, roleOf(e, state.lang));
      case 'affiliations':
        return el('td', { lang: state.lang, dir: 'auto', class: 'affiliations' }, affiliationsOf(e, state.lang));
      case 'value':
        // Machine values (2025-01-21, USD 60000000) read left to right, aligned with the column.
        return el('td', { class: 'value' }, e.value ? el('bdi', { dir: 'ltr' }, e.value) : '');
      case 'mentions':
        return el('td', { class: 'num' }, formatCount(state.lang, e.mentions ?? 0),
          e.adjective_mentions > 0
            ? el('span', { class: 'adjective' }, ` + ${formatCount(state.lang, e.adjective_mentions)} ${tr('viaAdjective')}`)
            : null);
      case 'articles': {
        const n = articlesOf(e);
        const names = (e.documents_head ?? e.documents ?? []).slice(0, TITLE_NAMES).map((d) => state.table.documents[d]?.name);
        if (n > names.length) names.push('…');
        return el('td', { class: 'num', title: names.join('\n') }, formatCount(state.lang, n));
      }
      default:
        return el('td', {}, String(e[c.key] ?? ''));
    }
  }

  const drawRow = (e) => el('tr', {
    'data-row': '', // rows for keyboard navigation (views/dom.js tableKeys)
    class: ['row', e.index === state.selectedEntity ? 'selected' : '', e.mentions ? '' : 'adjective-only'].join(' ').trim(),
    dataset: { entity: e.index },
  }, columns.map((c) => cell(e, c)));

  // A row object stays the same while its entity does not change (a table refresh
  // keeps unchanged rows: app.js), so its <tr> is kept and drawn again as it was.
  const drawnRows = new WeakMap(); // row -> {tr, as}
  function rowOf(e) {
    const as = `${e.index}|${e.index === state.selectedEntity}|${state.lang}|${columns.map((c) => c.key).join()}`;
    const kept = drawnRows.get(e);
    if (kept?.as === as) return kept.tr;
    const tr = drawRow(e);
    drawnRows.set(e, { tr, as });
    return tr;
  }

  // Stand-ins for the rows not drawn (height set through CSSOM: the CSP forbids style attributes).
  const spacer = () => el('tr', { class: 'spacer', 'aria-hidden': 'true' }, el('td', { colspan: columns.length }));

  /** The rows [first, last) that cover the viewport, plus OVERSCAN each side. */
  function windowRange() {
    const body = $('entity-body');
    const h = rowHeight || 40;
    const top = body.getBoundingClientRect().top; // viewport y of row 0
    const first = Math.max(0, Math.floor(-top / h) - OVERSCAN);
    const last = Math.min(rows.length, Math.ceil((window.innerHeight - top) / h) + OVERSCAN);
    return [first, Math.max(first, last)];
  }

  function renderBody(range = null) {
    const body = $('entity-body');
    const virtual = rows.length > ALL_ROWS;
    $('entity-table').classList.toggle('virtual', virtual);
    if (!virtual) {
      drawn = null;
      body.replaceChildren(...rows.map(rowOf));
      return;
    }
    const [first, last] = range ?? windowRange();
    drawn = [first, last];
    const h = rowHeight || 40;
    const before = spacer();
    const after = spacer();
    // Keyboard focus survives a redraw: the same row and column, if still drawn.
    const active = body.contains(document.activeElement) ? document.activeElement.closest('td') : null;
    const focus = active && [active.parentElement.dataset.entity, [...active.parentElement.children].indexOf(active)];
    body.replaceChildren(before, ...rows.slice(first, last).map(rowOf), after);
    if (focus) {
      body.querySelector(`tr[data-entity="${focus[0]}"]`)?.children[focus[1]]?.querySelector('button')?.focus({ preventScroll: true });
    }
    if (!rowHeight) {
      const row = body.querySelector('tr.row');
      if (row) rowHeight = row.getBoundingClientRect().height || 40;
      if (rowHeight !== h) return renderBody(); // redo with the real height
    }
    before.style.height = `${first * rowHeight}px`;
    after.style.height = `${(rows.length - last) * rowHeight}px`;
    before.hidden = first === 0;
    after.hidden = last === rows.length;
  }

  /** On scroll: redraw when the viewport nears the edge of the drawn rows. */
  function onScroll() {
    if (!drawn || frame) return;
    frame = requestAnimationFrame(() => {
      frame = 0;
      if (!drawn || $('entity-table').hidden) return;
      const [first, last] = windowRange();
      const margin = OVERSCAN / 2;
      if ((first < drawn[0] && drawn[0] > 0) || (last > drawn[1] && drawn[1] < rows.length)
        || first > drawn[0] + margin * 3 || last < drawn[1] - margin * 3) renderBody();
    });
  }
  window.addEventListener('scroll', onScroll, { passive: true });
  window.addEventListener('resize', onScroll, { passive: true });

  function render() {
    filtered();
    // Read the layout before writing to the DOM: one layout per render, not two.
    const range = rows.length > ALL_ROWS ? windowRange() : null;
    renderHead();
    renderBody(range);
    const empty = $('entity-empty');
    const total = state.table.documents.length;
    const ofType = sorted().rows.length;
    empty.hidden = rows.length > 0;
    empty.textContent = total === 0 ? tr('empty.corpus') : ofType === 0 ? tr('empty.type') : tr('empty.filter');
    $('entity-table').hidden = rows.length === 0;
    onShown?.(rows.length);
  }

  /** Only the filter changed: same sorted rows, scanned again. */
  function refilter() {
    filtered();
    renderBody(rows.length > ALL_ROWS ? windowRange() : null);
    const empty = $('entity-empty');
    empty.hidden = rows.length > 0;
    empty.textContent = tr(state.table.documents.length === 0 ? 'empty.corpus' : sorted().rows.length === 0 ? 'empty.type' : 'empty.filter');
    $('entity-table').hidden = rows.length === 0;
    onShown?.(rows.length);
  }

  return {
    render,
    refilter,
    /** Sorts and filters now, so that a render soon after only draws. */
    prepare() {
      filtered();
    },
    /** The table data changed (new rows, new counts): sort again on the next render. */
    invalidate() {
      version++;
      cache = { key: null };
    },
    /** The rows shown (this type, filtered), in the table's order: what the exports write. */
    shown() {
      filtered();
      return rows;
    },
    /** How many rows the current type and filter give (the filter's cost decides on a debounce). */
    get size() {
      return sorted().rows.length;
    },
    /** Marks the selected row (rows out of view are marked when drawn). */
    select(index) {
      for (const row of document.querySelectorAll('#entity-body tr.row')) {
        row.classList.toggle('selected', Number(row.dataset.entity) === index);
      }
    },
  };
}
