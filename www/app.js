// Rasd's page: talks to the analysis worker, renders tables, contexts and articles.
//
// Article text is only ever put into the DOM through text nodes and textContent:
// nothing from a file goes through innerHTML or any other HTML sink.
import { STRINGS, TYPES, t } from './i18n.js';
import { normalizeArabic } from './normalize.js';
import { toCSV, toJSON } from './export.js';
import { refusalText } from './refusals.js';
import { createViews } from './views/index.js';
import { parseHash, formatHash } from './route.js';
import { highlightSentence, clearSentence, tableKeys } from './views/dom.js';

const $ = (id) => document.getElementById(id);
const root = document.documentElement;

// ---------------------------------------------------------------- state

const state = {
  lang: loadLang(),
  view: 'entities',
  type: 'PER',
  typeChosen: false,        // once the user picks a tab, keep it
  sort: { key: 'mentions', dir: -1 },
  filter: '',
  limit: 200,               // rows drawn; more on request (thousands of rows slow typing)
  table: { documents: [], entities: [] },
  searchKeys: [],           // normalized text per entity row, for the filter
  selectedEntity: null,     // corpus index
  selectedDoc: null,        // article index
  sentence: null,           // {start, end} highlighted in the article shown
  busy: 0,
  messages: [],
  docs: new Map(),          // article index -> Promise of Rasd.document(index)
};

function loadLang() {
  try {
    const saved = localStorage.getItem('rasd.lang');
    return saved in STRINGS ? saved : 'ar';
  } catch {
    return 'ar'; // storage disabled: Arabic
  }
}

const tr = (key, vars) => t(state.lang, key, vars);

// ---------------------------------------------------------------- worker

// The CSP requires Trusted Types: no string reaches an HTML or script sink unchecked.
// The worker's URL is the one script URL the page ever creates.
const WORKER_URL = new URL('./worker.js', import.meta.url).href;
const scriptURLs = globalThis.trustedTypes?.createPolicy('rasd-worker', {
  createScriptURL: (url) => {
    if (url !== WORKER_URL) throw new TypeError(`not the worker: ${url}`);
    return url;
  },
});
const worker = new Worker(scriptURLs ? scriptURLs.createScriptURL(WORKER_URL) : WORKER_URL, { type: 'module' });
const pending = new Map();
let nextId = 1;

worker.onmessage = ({ data }) => {
  const p = pending.get(data.id);
  if (!p) return;
  if (data.progress) {
    p.onProgress?.(data.progress);
    return;
  }
  pending.delete(data.id);
  if ('error' in data) {
    p.reject(data.startup ? new Error(tr('msg.failed', { message: data.error })) : new Error(data.error));
  }
  else p.resolve(data.result);
};
worker.onerror = (e) => {
  // The module or the wasm failed to load: say so, and fail every pending call.
  e.preventDefault();
  fatal(e.message || 'worker error');
};

function call(op, payload = {}, { transfer = [], onProgress } = {}) {
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject, onProgress });
    worker.postMessage({ id, op, ...payload }, transfer);
  });
}

function fatal(message) {
  for (const p of pending.values()) p.reject(new Error(message));
  pending.clear();
  addMessages([tr('msg.failed', { message })]);
  state.busy = 0;
  setState();
}

// ---------------------------------------------------------------- loading files

/** Analyses files ([{name, bytes}]) one after the other, with progress and messages. */
async function addFiles(files) {
  if (files.length === 0) return;
  state.busy++;
  setState();
  const progress = $('progress');
  progress.hidden = false;
  progress.max = files.length;
  progress.value = 0;
  $('status').textContent = tr('status.progress', { done: 0, total: files.length });
  try {
    const results = await call('add', { files }, {
      transfer: files.map((f) => f.bytes),
      onProgress: ({ done, total }) => {
        progress.value = done;
        $('status').textContent = tr('status.progress', { done, total });
      },
    });
    addMessages(results.filter((r) => r.error).map((r) => ({ name: r.name, text: r.error, code: r.code, params: r.params })));
    performance.mark('rasd:analysed');
    await refreshTable();
    performance.mark('rasd:rendered');
  } catch (e) {
    addMessages([e.message]);
  } finally {
    progress.hidden = true;
    state.busy--;
    setState();
  }
}

async function readFiles(fileList) {
  const files = [];
  for (const f of fileList) {
    try {
      files.push({ name: f.name, bytes: await f.arrayBuffer() });
    } catch (e) {
      addMessages([{ name: f.name, text: e.message }]);
    }
  }
  return files;
}

async function loadBundledCorpus() {
  state.busy++;
  setState();
  try {
    const index = await (await fetch('corpus/index.json')).json();
    const files = await Promise.all(index.files.map(async (name) => {
      const response = await fetch(`corpus/${encodeURIComponent(name)}`);
      if (!response.ok) throw new Error(`corpus/${name}: HTTP ${response.status}`);
      return { name, bytes: await response.arrayBuffer() };
    }));
    performance.mark('rasd:corpus-fetched');
    await addFiles(files);
  } catch (e) {
    addMessages([e.message]);
  } finally {
    state.busy--;
    setState();
  }
  performance.mark('rasd:ready');
  recordWorkerMarks();
}

/** Copies the worker's start-up marks into this page's timeline (scripts/bench-startup.mjs). */
async function recordWorkerMarks() {
  try {
    for (const [name, at] of await call('timings')) {
      performance.mark(`rasd:worker:${name}`, { startTime: at - performance.timeOrigin });
    }
  } catch {
    // only a measurement: nothing to tell the user
  }
}

async function refreshTable() {
  const table = await call('entities');
  state.table = table;
  state.searchKeys = table.entities.map((e) =>
    normalizeArabic([e.canonical, ...(e.aliases ?? []), e.english, e.role, e.title, e.value].filter(Boolean).join(' \u0001 ')));
  if (!state.typeChosen) {
    // Open on the first type that has rows.
    const first = TYPES.find((ty) => table.entities.some((e) => e.type === ty));
    if (first) state.type = first;
  }
  renderAll();
  views.invalidate();
  if (routePending && table.documents.length > 0) {
    routePending = false;
    applyRoute();
  }
}

function documentAt(index) {
  if (!state.docs.has(index)) state.docs.set(index, call('document', { index }));
  return state.docs.get(index);
}

function setState() {
  root.dataset.rasdState = state.busy > 0 ? 'busy' : 'ready';
  root.dataset.rasdDocuments = String(state.table.documents.length);
  root.dataset.rasdEntities = String(state.table.entities.length);
  if (state.busy === 0) {
    $('status').textContent = tr('status.ready', {
      documents: state.table.documents.length,
      entities: state.table.entities.length,
    });
  }
}

// ---------------------------------------------------------------- messages

function addMessages(texts) {
  if (texts.length === 0) return;
  state.messages.push(...texts);
  renderMessages();
}

/** A message is a string, or {name, text} for a file: "Could not read NAME: text". */
function messageItem(m) {
  if (typeof m === 'string') return el('li', {}, el('bdi', {}, m));
  // Rust's messages start with the file name already: say it once.
  const english = m.text.startsWith(`${m.name}: `) ? m.text.slice(m.name.length + 2) : m.text;
  const text = refusalText(state.lang, { ...m, text: english });
  const [before, after] = tr('msg.refused', { name: '\u0000', message: '\u0001' }).split('\u0000');
  const [middle, end] = after.split('\u0001');
  return el('li', {}, before, el('bdi', { class: 'file' }, m.name), middle, el('bdi', {}, text), end);
}

function renderMessages() {
  const list = $('message-list');
  list.replaceChildren(...state.messages.map(messageItem));
  $('messages').hidden = state.messages.length === 0;
}

// ---------------------------------------------------------------- DOM helpers

/** An element with attributes and children (strings become text nodes). */
function el(tag, attrs = {}, ...children) {
  const node = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v == null || v === false) continue;
    if (k === 'class') node.className = v;
    else if (k === 'dataset') Object.assign(node.dataset, v);
    else if (k.startsWith('on')) node.addEventListener(k.slice(2), v);
    else node.setAttribute(k, v === true ? '' : String(v));
  }
  for (const c of children.flat()) {
    if (c == null || c === false) continue;
    node.append(typeof c === 'string' || typeof c === 'number' ? document.createTextNode(String(c)) : c);
  }
  return node;
}

// ---------------------------------------------------------------- entity table

const COLUMNS = [
  { key: 'canonical', label: 'col.canonical', always: true, text: true },
  { key: 'english', label: 'col.english', text: true },
  { key: 'role', label: 'col.role', text: true },
  { key: 'value', label: 'col.value', text: true },
  { key: 'mentions', label: 'col.mentions', always: true, numeric: true },
  { key: 'articles', label: 'col.articles', always: true, numeric: true },
];

const roleOf = (e) => [e.title, e.role].filter(Boolean).join(' — ');
const articlesOf = (e) => (e.documents ?? []).length;

function sortValue(e, key) {
  switch (key) {
    case 'mentions': return (e.mentions ?? 0) + (e.adjective_mentions ?? 0);
    case 'articles': return articlesOf(e);
    case 'role': return roleOf(e);
    default: return e[key] ?? '';
  }
}

const collator = () => new Intl.Collator(state.lang === 'ar' ? 'ar' : 'en', { numeric: true, sensitivity: 'base' });

function visibleRows() {
  const needle = normalizeArabic(state.filter);
  const rows = state.table.entities.filter((e, i) =>
    e.type === state.type && (!needle || state.searchKeys[i].includes(needle)));
  const { key, dir } = state.sort;
  const coll = collator();
  rows.sort((a, b) => {
    const va = sortValue(a, key);
    const vb = sortValue(b, key);
    const c = typeof va === 'number' ? va - vb : coll.compare(String(va), String(vb));
    // Ties: most mentioned first, then by name, so the order is stable and useful.
    return dir * c || sortValue(b, 'mentions') - sortValue(a, 'mentions') || coll.compare(a.canonical, b.canonical);
  });
  return rows;
}

function renderTypeTabs() {
  const counts = Object.fromEntries(TYPES.map((ty) => [ty, 0]));
  for (const e of state.table.entities) counts[e.type] = (counts[e.type] ?? 0) + 1;
  const types = TYPES.filter((ty) => ty !== 'MISC' || counts.MISC > 0);
  $('type-tabs').replaceChildren(...types.map((ty) => el('button', {
    type: 'button',
    role: 'tab',
    class: `type-tab t-${ty}`,
    'aria-selected': String(ty === state.type),
    dataset: { type: ty },
    onclick: () => {
      state.type = ty;
      state.typeChosen = true;
      state.limit = 200;
      renderTable();
      renderTypeTabs();
    },
  }, tr(`type.${ty}`), ' ', el('span', { class: 'count' }, counts[ty] ?? 0))));
}

function renderTable() {
  const rows = visibleRows();
  const ofType = state.table.entities.filter((e) => e.type === state.type);
  // Show a column when some entity of this type has something to put in it.
  const columns = COLUMNS.filter((c) => c.always || ofType.some((e) => sortValue(e, c.key)));
  $('entity-head').replaceChildren(...columns.map((c) => {
    const sorted = state.sort.key === c.key;
    const label = tr(c.label);
    return el('th', {
      scope: 'col',
      class: c.numeric ? 'num' : null,
      'aria-sort': sorted ? (state.sort.dir > 0 ? 'ascending' : 'descending') : 'none',
    }, el('button', {
      type: 'button',
      class: 'sort',
      title: tr('sortBy', { col: label }),
      onclick: () => {
        state.sort = sorted ? { key: c.key, dir: -state.sort.dir } : { key: c.key, dir: c.numeric ? -1 : 1 };
        renderTable();
        // Keep keyboard focus on the header that was activated.
        document.querySelector(`#entity-head th:nth-child(${columns.indexOf(c) + 1}) button`)?.focus();
      },
    }, label, el('span', { class: 'arrow', 'aria-hidden': 'true' }, sorted ? (state.sort.dir > 0 ? '▲' : '▼') : '')));
  }));

  const shown = rows.slice(0, state.limit);
  const more = rows.length - shown.length;
  const body = shown.map((e) => el('tr', {
    'data-row': '',
    class: [e.index === state.selectedEntity ? 'selected' : '', e.mentions ? '' : 'adjective-only'].join(' ').trim() || null,
    dataset: { entity: e.index },
  }, columns.map((c) => cell(e, c))));
  if (more > 0) {
    body.push(el('tr', { class: 'more' }, el('td', { colspan: columns.length },
      el('button', { type: 'button', id: 'show-all', onclick: () => {
        state.limit = Infinity;
        renderTable();
      } }, tr('showAll', { n: rows.length })))));
  }
  $('entity-body').replaceChildren(...body);

  const empty = $('entity-empty');
  const total = state.table.documents.length;
  empty.hidden = rows.length > 0;
  empty.textContent = total === 0 ? tr('empty.corpus') : ofType.length === 0 ? tr('empty.type') : tr('empty.filter');
  $('entity-table').hidden = rows.length === 0;
}

function cell(e, c) {
  switch (c.key) {
    case 'canonical':
      return el('td', { lang: 'ar', dir: 'rtl', class: 'name' },
        el('button', { type: 'button', class: 'entity-link', onclick: () => selectEntity(e.index) }, e.canonical));
    case 'english':
      return el('td', { lang: 'en', dir: 'ltr' }, e.english ?? '');
    case 'role':
      return el('td', { lang: 'ar', dir: 'rtl', class: 'role' }, roleOf(e));
    case 'value':
      // Machine values (2025-01-21, USD 60000000) read left to right, aligned with the column.
      return el('td', { class: 'value' }, e.value ? el('bdi', { dir: 'ltr' }, e.value) : '');
    case 'mentions':
      return el('td', { class: 'num' }, String(e.mentions ?? 0),
        e.adjective_mentions > 0
          ? el('span', { class: 'adjective' }, ` + ${e.adjective_mentions} ${tr('viaAdjective')}`)
          : null);
    case 'articles':
      return el('td', { class: 'num', title: (e.documents ?? []).map((d) => state.table.documents[d]?.name).join('\n') },
        String(articlesOf(e)));
    default:
      return el('td', {}, String(e[c.key] ?? ''));
  }
}

// ---------------------------------------------------------------- entity panel

const CONTEXT = 80; // UTF-16 units of context each side, never past a line break

function snippet(text, start, end, adjective) {
  const lineStart = text.lastIndexOf('\n', start - 1) + 1;
  let lineEnd = text.indexOf('\n', end);
  if (lineEnd < 0) lineEnd = text.length;
  let from = Math.max(lineStart, start - CONTEXT);
  let to = Math.min(lineEnd, end + CONTEXT);
  // Cut at spaces, not inside words.
  if (from > lineStart) {
    const space = text.indexOf(' ', from);
    if (space >= 0 && space < start) from = space + 1;
  }
  if (to < lineEnd) {
    const space = text.lastIndexOf(' ', to);
    if (space > end) to = space;
  }
  return el('p', { class: 'context', dir: 'auto', lang: 'ar' },
    from > lineStart ? '… ' : '',
    text.slice(from, start),
    el('mark', { class: adjective ? 'adjective' : null }, text.slice(start, end)),
    adjective ? el('small', { class: 'tag' }, ` (${tr('panel.adjective')})`) : null,
    text.slice(end, to),
    to < lineEnd ? ' …' : '');
}

async function selectEntity(index) {
  state.selectedEntity = index;
  const e = state.table.entities[index];
  if (!e) return;
  syncHash();
  for (const tr_ of document.querySelectorAll('#entity-body tr')) {
    tr_.classList.toggle('selected', Number(tr_.dataset.entity) === index);
  }
  const panel = $('panel');
  panel.hidden = false;
  panel.className = `panel t-${e.type}`;
  $('panel-type').textContent = tr(`one.${e.type}`);
  $('panel-title').textContent = e.canonical;
  $('panel-english').textContent = e.english ?? '';
  const facts = [['panel.title', e.title], ['panel.role', e.role], ['panel.value', e.value]]
    .filter(([, v]) => v)
    .flatMap(([k, v]) => [el('dt', {}, tr(k)), el('dd', {}, el('bdi', { dir: k === 'panel.value' ? 'ltr' : 'auto' }, v))]);
  $('panel-facts').replaceChildren(...facts);
  $('panel-aliases').replaceChildren(...(e.aliases ?? []).map((a) => el('li', {}, a)));

  const contexts = $('panel-contexts');
  contexts.replaceChildren();
  const groups = await Promise.all((e.documents ?? []).map(async (d) => {
    const doc = await documentAt(d);
    const ids = doc.entities.filter((de) => de.corpus === index).flatMap((de) => de.mention_ids ?? []);
    const mentions = ids.map((i) => doc.mentions[i]).filter(Boolean).sort((a, b) => a.start - b.start);
    return el('section', { class: 'doc-group' },
      el('h4', {}, el('button', { type: 'button', class: 'link', dir: 'auto', onclick: () => showArticle(d) }, doc.title || doc.name),
        ' ', el('span', { class: 'count' }, tr('panel.mentionCount', { n: mentions.length }))),
      mentions.map((m) => snippet(doc.text, m.start, m.end, m.adjective)));
  }));
  if (state.selectedEntity === index) contexts.replaceChildren(...groups);
}

function closePanel() {
  state.selectedEntity = null;
  syncHash();
  $('panel').hidden = true;
  for (const row of document.querySelectorAll('#entity-body tr.selected')) row.classList.remove('selected');
}

// ---------------------------------------------------------------- articles

function renderArticleList() {
  $('article-list').replaceChildren(...state.table.documents.map((d) => el('li', { dataset: { name: d.name } },
    el('button', {
      type: 'button',
      class: 'article-link',
      'aria-current': d.index === state.selectedDoc ? 'true' : null,
      onclick: () => showArticle(d.index),
    }, el('span', { class: 'name', dir: 'auto' }, d.title || d.name),
    d.title ? el('span', { class: 'file', dir: 'ltr' }, d.name) : null,
    el('span', { class: 'count' }, d.date ? el('time', { datetime: d.date }, d.date) : null, d.date ? ' · ' : null,
      tr('article.entities', { n: d.entities }))))));
  if (state.selectedDoc != null && state.selectedDoc >= state.table.documents.length) {
    state.selectedDoc = null;
    $('article').replaceChildren(el('p', { class: 'empty' }, tr('article.choose')));
  }
}

/** Text nodes and <mark>s, line by line; overlapping mentions keep the first. */
function renderArticleText(doc) {
  const text = doc.text;
  const mentions = [...doc.mentions].sort((a, b) => a.start - b.start || b.end - a.end);
  const kept = [];
  let last = 0;
  for (const m of mentions) {
    if (m.start >= last && m.end > m.start && m.end <= text.length) {
      kept.push(m);
      last = m.end;
    }
  }
  const paragraphs = [];
  let k = 0;
  let lineStart = 0;
  while (lineStart <= text.length) {
    let lineEnd = text.indexOf('\n', lineStart);
    if (lineEnd < 0) lineEnd = text.length;
    const p = el('p', { dir: 'auto' });
    let at = lineStart;
    while (k < kept.length && kept[k].start < lineEnd) {
      const m = kept[k];
      const s = Math.max(m.start, lineStart);
      const e = Math.min(m.end, lineEnd);
      if (s > at) p.append(document.createTextNode(text.slice(at, s)));
      const entity = doc.entities[m.entity];
      const type = entity?.type ?? m.type ?? m.entity_type ?? 'MISC';
      const corpus = entity?.corpus;
      const mark = el('mark', {
        class: `t-${type}${m.adjective ? ' adjective' : ''}`,
        title: [tr(`one.${type}`), entity?.english].filter(Boolean).join(' · '),
        tabindex: corpus != null ? '0' : null,
        dataset: corpus != null ? { entity: corpus } : {},
      }, text.slice(s, e));
      p.append(mark);
      at = e;
      if (m.end <= lineEnd) k++;
      else break; // continues on the next line
    }
    if (lineEnd > at) p.append(document.createTextNode(text.slice(at, lineEnd)));
    if (p.childNodes.length > 0) paragraphs.push(p);
    lineStart = lineEnd + 1;
  }
  return paragraphs;
}

/** Opens an article; `at` ({start, end}, UTF-16) highlights a sentence and scrolls to it. */
async function showArticle(index, at = null) {
  state.selectedDoc = index;
  state.sentence = at;
  setView('articles');
  renderArticleList();
  const doc = await documentAt(index);
  if (state.selectedDoc !== index) return;
  const types = [...new Set(doc.entities.map((e) => e.type))];
  $('article').replaceChildren(
    el('header', {},
      el('h2', { dir: 'auto' }, doc.title || doc.name),
      doc.title ? el('p', { class: 'file', dir: 'ltr' }, doc.name) : null,
      doc.date ? el('p', { class: 'date' }, el('time', { datetime: doc.date }, doc.date)) : null,
      types.length ? el('p', { class: 'legend' }, tr('article.legend'), ': ',
        types.map((ty) => el('mark', { class: `t-${ty}` }, tr(`type.${ty}`)))) : null),
    el('div', { class: 'article-text', lang: 'ar' }, renderArticleText(doc)));
  clearSentence();
  if (at) highlightSentence($('article').querySelector('.article-text'), doc.text, at.start, at.end);
}

// ---------------------------------------------------------------- views, language

function setView(view) {
  state.view = view;
  for (const tab of document.querySelectorAll('#view-tabs [role=tab]')) {
    tab.setAttribute('aria-selected', String(tab.dataset.view === view));
    $(tab.getAttribute('aria-controls')).hidden = tab.dataset.view !== view;
  }
  if (views.isRelationView(view)) views.show(view);
  else views.hide();
  syncHash();
}

// ---------------------------------------------------------------- relation views, deep links

const views = createViews({
  call,
  tr,
  lang: () => state.lang,
  table: () => state.table,
  openEntity: (key) => {
    const row = state.table.entities.find((e) => e.key === key);
    if (row) selectEntity(row.index);
  },
  openArticle: (index, at) => showArticle(index, at),
});

let routePending = true; // the hash is applied once the bundled corpus is in
let applyingRoute = false;

/** Records what is shown in the URL hash (a new history entry when it changed). */
function syncHash() {
  if (applyingRoute || routePending) return;
  const entity = state.table.entities[state.selectedEntity]?.key;
  const article = state.view === 'articles' ? state.table.documents[state.selectedDoc]?.name : null;
  const hash = formatHash({ view: state.view, entity, article, at: state.sentence });
  if (hash !== (location.hash || '#')) history.pushState(null, '', hash);
}

/** Shows what the URL hash names: a view, an entity's panel, an article at a sentence. */
function applyRoute() {
  const route = parseHash(location.hash);
  applyingRoute = true;
  try {
    const doc = route.article ? state.table.documents.find((d) => d.name === route.article) : null;
    if (doc) showArticle(doc.index, route.at);
    else setView(route.view ?? 'entities');
    const row = route.entity ? state.table.entities.find((e) => e.key === route.entity) : null;
    if (row) selectEntity(row.index);
    else if (state.selectedEntity != null) closePanel();
  } finally {
    applyingRoute = false;
  }
}

function applyLanguage() {
  const { lang } = state;
  root.lang = lang;
  root.dir = lang === 'ar' ? 'rtl' : 'ltr';
  for (const node of document.querySelectorAll('[data-i18n]')) node.textContent = tr(node.dataset.i18n);
  for (const node of document.querySelectorAll('[data-i18n-placeholder]')) node.placeholder = tr(node.dataset.i18nPlaceholder);
  for (const node of document.querySelectorAll('[data-i18n-label]')) node.setAttribute('aria-label', tr(node.dataset.i18nLabel));
  $('lang-toggle').lang = lang === 'ar' ? 'en' : 'ar';
  document.title = lang === 'ar' ? 'رصد — كيانات الأخبار العربية' : 'Rasd — entities in Arabic news';
}

function renderAll() {
  renderTypeTabs();
  renderTable();
  renderArticleList();
  setState();
}

// ---------------------------------------------------------------- export

function download(name, type, text) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = $('download');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// ---------------------------------------------------------------- events

function wire() {
  $('file-input').addEventListener('change', async (ev) => {
    const files = await readFiles(ev.target.files);
    ev.target.value = '';
    await addFiles(files);
  });

  // Drag and drop anywhere: the overlay shows while files are over the window.
  let depth = 0;
  const hasFiles = (ev) => [...(ev.dataTransfer?.types ?? [])].includes('Files');
  window.addEventListener('dragenter', (ev) => {
    if (!hasFiles(ev)) return;
    ev.preventDefault();
    depth++;
    $('drop-overlay').hidden = false;
  });
  window.addEventListener('dragover', (ev) => {
    if (!hasFiles(ev)) return;
    ev.preventDefault();
    ev.dataTransfer.dropEffect = 'copy';
  });
  window.addEventListener('dragleave', () => {
    depth = Math.max(0, depth - 1);
    if (depth === 0) $('drop-overlay').hidden = true;
  });
  window.addEventListener('drop', async (ev) => {
    ev.preventDefault();
    depth = 0;
    $('drop-overlay').hidden = true;
    await addFiles(await readFiles(ev.dataTransfer?.files ?? []));
  });

  $('filter').addEventListener('input', (ev) => {
    state.filter = ev.target.value;
    state.limit = 200;
    renderTable();
  });
  for (const tab of document.querySelectorAll('#view-tabs [role=tab]')) {
    tab.addEventListener('click', () => {
      state.sentence = null;
      setView(tab.dataset.view);
    });
  }
  window.addEventListener('popstate', () => {
    if (!routePending) applyRoute();
  });
  tableKeys($('entity-body'));
  $('panel-close').addEventListener('click', closePanel);
  document.addEventListener('keydown', (ev) => {
    if (ev.key === 'Escape' && !$('panel').hidden) closePanel();
  });
  // Highlighted names in an article open their entity.
  const openMark = (ev) => {
    const mark = ev.target.closest('mark[data-entity]');
    if (mark) selectEntity(Number(mark.dataset.entity));
  };
  $('article').addEventListener('click', openMark);
  $('article').addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' || ev.key === ' ') {
      ev.preventDefault();
      openMark(ev);
    }
  });
  $('dismiss').addEventListener('click', () => {
    state.messages = [];
    renderMessages();
  });
  $('clear').addEventListener('click', async () => {
    state.busy++;
    setState();
    try {
      await call('clear');
      state.docs.clear();
      state.selectedDoc = null;
      closePanel();
      $('article').replaceChildren(el('p', { class: 'empty' }, tr('article.choose')));
      await refreshTable();
    } finally {
      state.busy--;
      setState();
    }
  });
  $('export-csv').addEventListener('click', () => download('rasd-entities.csv', 'text/csv;charset=utf-8', toCSV(state.table)));
  $('export-json').addEventListener('click', () => download('rasd-entities.json', 'application/json', toJSON(state.table)));
  $('lang-toggle').addEventListener('click', () => {
    state.lang = state.lang === 'ar' ? 'en' : 'ar';
    try {
      localStorage.setItem('rasd.lang', state.lang);
    } catch {
      // storage disabled: the choice lasts for this visit
    }
    applyLanguage();
    renderAll();
    renderMessages();
    if (state.selectedEntity != null) selectEntity(state.selectedEntity);
    if (state.selectedDoc != null && state.view === 'articles') showArticle(state.selectedDoc, state.sentence);
    views.rerender();
  });
}

performance.mark('rasd:app');
applyLanguage();
wire();
renderAll();
root.dataset.rasdState = 'busy';
loadBundledCorpus();
