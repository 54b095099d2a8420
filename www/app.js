// Rasd's page: talks to the analysis worker, renders tables, contexts and articles.
//
// Article text is only ever put into the DOM through text nodes and textContent:
// nothing from a file goes through innerHTML or any other HTML sink.
import { STRINGS, TYPES, t, formatCount } from './i18n.js';
import { normalizeArabic } from './normalize.js';
import { el } from './dom.js';
import { entityTable, affiliationsOf, articlesOf, titleEnglish } from './table.js';
import { droppedFiles } from './files.js';
import { saveFiles, loadFiles, clearFiles } from './store.js';
import { refusalText } from './refusals.js';
import { createViews } from './views/index.js';
import { parseHash, formatHash } from './route.js';
import { highlightSentence, clearSentence, tableKeys, articleLabel } from './views/dom.js';
import * as overrides from './overrides.js';
import { aliasItems, mergeControl } from './curate.js';

// Started by www/boot.js (a classic script that ran while the HTML was parsed).
// Replaced by a fresh one on Clear all (restartWorker), so `let`.
let { worker } = globalThis.rasdBoot;
const { early, seeds, seedsCall } = globalThis.rasdBoot;
const $ = (id) => document.getElementById(id);
const ARTICLES_SHOWN = 200;    // article list length before "show more" (layout is the cost)
const CONTEXT_ARTICLES = 30;   // articles whose contexts the panel shows before "show more"
const REFRESH_SHARE = 0.05;    // while analysing, at most this share of the time goes to refreshing the tables
const REFRESH_EVERY = 3000;    // ms, at least, between two refreshes while analysing
const root = document.documentElement;

// ---------------------------------------------------------------- state

const state = {
  lang: loadLang(),
  view: 'entities',
  type: 'PER',
  typeChosen: false,        // once the user picks a tab, keep it
  sort: { key: 'mentions', dir: -1 },
  filter: '',
  table: { documents: [], entities: [] },
  searchKeys: [],           // normalized text per entity row, for the filter (made by the worker)
  orders: null,             // {ranks, byName, byMentions}: Int32Arrays made by the worker (www/rows.js)
  articleLimit: ARTICLES_SHOWN, // articles listed; more on request
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

// The worker was started by www/boot.js, before this module's imports had loaded.
const pending = new Map();
let nextId = 1;

const inFlight = new Set(); // ids of calls the current worker has not answered yet
let drained = null;         // resolves when inFlight empties (restartWorker waits for it)
let swapping = null;        // while the worker is replaced: a promise new calls wait for

function onWorkerMessage({ data, target }) {
  if (data.crashed) {
    if (target === worker) replaceAfterCrash(data.crashed);
    return;
  }
  const p = pending.get(data.id);
  if (!p) return;
  if (data.progress) {
    p.onProgress?.(data.progress);
    return;
  }
  if (data.chunk) {
    p.onChunk?.(data.chunk);
    return;
  }
  inFlight.delete(data.id);
  if (data.retry && p.send && swapping) {
    // The worker's core crashed before this call ran: the fresh worker answers it.
    swapping.then(p.send);
  } else {
    pending.delete(data.id);
    if ('error' in data) p.reject(data.startup ? startupError(data.error) : new Error(data.error));
    else p.resolve(data.result);
  }
  if (inFlight.size === 0) drained?.();
}

function onWorkerError(e) {
  // The module or the wasm failed to load: say so, and fail every pending call.
  e.preventDefault();
  fatal(e.message || 'worker error');
}

worker.onmessage = onWorkerMessage;
worker.onerror = onWorkerError;

function call(op, payload = {}, { transfer = [], onProgress, onChunk, onId } = {}) {
  const id = nextId++;
  onId?.(id);
  return new Promise((resolve, reject) => {
    const send = () => {
      inFlight.add(id);
      worker.postMessage({ id, op, ...payload }, transfer);
    };
    pending.set(id, { resolve, reject, onProgress, onChunk, send });
    if (swapping) swapping.then(send);
    else send();
  });
}

/**
 * The answer to a call that www/boot.js made (`id`), as {id, promise}: set `onProgress`
 * or `onChunk` on it when ready to receive them. Taken before the worker's early
 * messages are replayed, so that none is missed.
 */
function answerTo(id) {
  const answer = { id };
  answer.promise = new Promise((resolve, reject) => {
    pending.set(id, Object.assign(answer, { resolve, reject }));
  });
  return answer;
}

// The seeds' 'add' call: boot.js makes it when they have arrived.
const seedsAnswer = answerTo(seedsCall);

/**
 * Replaces the worker by a fresh one (an empty corpus), so that the memory the old
 * one's wasm grew to (~610 MiB after the whole SaudiNewsNet: wasm memory never
 * shrinks) goes back to the system. The compiled module is reused. Calls made
 * meanwhile wait and go to the new worker; calls the old one was answering finish
 * first. False (and the old worker kept) when the page could not start one.
 */
async function restartWorker() {
  if (swapping || !globalThis.rasdBoot.startWorker) return false;
  let release;
  swapping = new Promise((resolve) => {
    release = resolve;
  });
  try {
    const module = await new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      inFlight.add(id);
      worker.postMessage({ id, op: 'module' });
    });
    await drain();
    const fresh = spawnWorker(module);
    worker.terminate();
    worker = fresh;
    return true;
  } catch {
    return false;
  } finally {
    swapping = null;
    release();
  }
}

/** Waits until the worker has answered every call sent to it. */
async function drain() {
  if (inFlight.size > 0) {
    await new Promise((resolve) => {
      drained = resolve;
    });
  }
  drained = null;
}

/** A fresh worker (www/boot.js starts it), handed the compiled core. */
function spawnWorker(module) {
  const fresh = globalThis.rasdBoot.startWorker();
  fresh.onmessage = onWorkerMessage;
  fresh.onerror = onWorkerError;
  fresh.postMessage({ op: 'wasm', module });
  return fresh;
}

/**
 * The worker's core crashed (a bug: www/worker.js): a fresh worker analyses again the
 * files it had accepted and takes its overrides, then the old one is terminated, and
 * with it the memory its wasm had grown to (a second instance in the same worker would
 * keep it). Calls made meanwhile, and those the old worker sent back (`retry`), go to
 * the fresh one.
 */
async function replaceAfterCrash({ files, overrides: kept, module }) {
  if (swapping || !globalThis.rasdBoot.startWorker) return; // Clear all replaces it already
  let release;
  swapping = new Promise((resolve) => {
    release = resolve;
  });
  const old = worker;
  try {
    await drain();
    worker = spawnWorker(module);
    await new Promise((resolve, reject) => {
      const id = nextId++;
      pending.set(id, { resolve, reject });
      inFlight.add(id);
      worker.postMessage({ id, op: 'restore', files, overrides: kept });
    });
  } catch (e) {
    fatal(e.message);
  } finally {
    old.terminate();
    swapping = null;
    release();
  }
}

/** The worker could not start the core: every call says so, the page once (`tell`). */
function startupError(message) {
  return Object.assign(new Error(tr('msg.failed', { message })), { startup: true });
}

/** Says a call's failure; a failure to start is said once however many calls it fails. */
function tell(e) {
  if (e.startup && state.messages.includes(e.message)) return;
  addMessages([e.message]);
}

function fatal(message) {
  const e = startupError(message);
  for (const p of pending.values()) p.reject(e);
  pending.clear();
  inFlight.clear();
  tell(e);
  state.busy = 0;
  setState();
}

// ---------------------------------------------------------------- loading files

const running = new Set(); // ids of the worker's 'add' calls under way
let clears = 0;            // how many times the corpus was cleared
const loaded = new Map();  // name -> Blob of each file whose articles are in the corpus

/** Whether two blobs hold the same bytes (read only when their sizes match). */
async function sameBytes(a, b) {
  if (a.size !== b.size) return false;
  const [x, y] = await Promise.all([a.arrayBuffer(), b.arrayBuffer()]);
  const u = new Uint8Array(x);
  const v = new Uint8Array(y);
  for (let i = 0; i < u.length; i++) if (u[i] !== v[i]) return false;
  return true;
}

/**
 * The files a reader picked or dropped, less those loaded already (the same name and
 * the same bytes): added again, their articles would count twice in every table. Each
 * one left out is said.
 */
async function withoutLoaded(files) {
  const fresh = [];
  const skipped = [];
  for (const f of files) {
    const before = loaded.get(f.name);
    if (before && (await sameBytes(before, f.blob))) skipped.push({ key: 'msg.duplicate', vars: { name: f.name } });
    else fresh.push(f);
  }
  addMessages(skipped);
  return fresh;
}

const formatTime = (ms) => {
  const s = Math.max(1, Math.round(ms / 1000));
  return s < 60 ? tr('time.seconds', { n: s }) : tr('time.minutes', { m: Math.floor(s / 60), s: String(s % 60).padStart(2, '0') });
};

/**
 * Analyses files ([{name, blob}]: a File or Blob, which the worker reads itself, one
 * at a time) in the worker with a progress bar that moves article by article, an
 * estimate of the time left and a cancel button; the tables refresh now and then while
 * it works (spaced to cost at most REFRESH_SHARE of the time). Accepted files are
 * remembered for the next visit (`store`). `answer`: the 'add' call for these files was
 * made already (`answerTo`).
 */
async function addFiles(files, { store = true, answer = null } = {}) {
  if (files.length === 0) return;
  state.busy++;
  setState();
  const progress = $('progress');
  const totalBytes = files.reduce((n, f) => n + f.blob.size, 0);
  const t0 = performance.now();
  let addId = null;
  const epoch = clears; // a clear meanwhile: what this call added is gone, keep nothing
  let refreshing = null;
  let nextRefresh = t0 + REFRESH_EVERY;
  const show = (done, bytes, articles = 0) => {
    progress.max = totalBytes || 1;
    progress.value = bytes;
    const elapsed = performance.now() - t0;
    // Time left from the bytes analysed so far (the core's cost grows with the text).
    const left = bytes > 0 && bytes < totalBytes ? formatTime((elapsed / bytes) * (totalBytes - bytes)) : null;
    $('status').textContent = tr('status.progress', { done, total: files.length })
      + (articles ? ` · ${tr('status.articles', { n: articles })}` : '')
      + (left ? ` · ${tr('status.left', { time: left })}` : '');
  };
  progress.hidden = false;
  $('cancel').hidden = false;
  let stopped = false;
  const cancel = () => {
    stopped = true;
    if (addId != null) call('cancel', { add: addId });
    $('cancel').disabled = true;
  };
  $('cancel').disabled = false;
  $('cancel').addEventListener('click', cancel);
  show(0, 0);
  const onId = (id) => {
    running.delete(addId); // a call cut short by a crash, continued by another
    addId = id;
    running.add(id);
  };
  let lastArticles = 0;
  const onProgress = ({ done, bytes, articles }) => {
    lastArticles = articles;
    show(done, bytes, articles);
    const now = performance.now();
    if (!refreshing && now >= nextRefresh && bytes < totalBytes) {
      refreshing = refreshTable().finally(() => {
        const spent = performance.now() - now;
        nextRefresh = performance.now() + Math.max(REFRESH_EVERY, spent / REFRESH_SHARE);
        refreshing = null;
      });
    }
  };
  if (answer) {
    onId(answer.id);
    answer.onProgress = onProgress;
  }
  try {
    let results = await (answer?.promise
      ?? call('add', { files: files.map(({ name, blob }) => ({ name, blob })) }, { onId, onProgress }));
    // The core crashed on a file (www/worker.js): the files after it go to the fresh
    // worker, the progress going on from where it was.
    for (let at = results.findIndex((r) => r.retry); at >= 0; at = results.findIndex((r) => r.retry)) {
      const rest = files.slice(at);
      if (stopped) {
        results = [...results.slice(0, at), ...rest.map(({ name }) => ({ name, cancelled: true }))];
        break;
      }
      const doneBytes = files.slice(0, at).reduce((n, f) => n + f.blob.size, 0);
      const doneArticles = lastArticles;
      const more = await call('add', { files: rest.map(({ name, blob }) => ({ name, blob })) }, {
        onId,
        onProgress: (p) => onProgress({ done: p.done + at, bytes: p.bytes + doneBytes, articles: p.articles + doneArticles }),
      });
      results = [...results.slice(0, at), ...more];
    }
    const cancelled = results.filter((r) => r.cancelled).length;
    addMessages(results.filter((r) => r.error).map((r) => ({ name: r.name, text: r.error, code: r.code, params: r.params })));
    if (cancelled && epoch === clears) addMessages([{ key: 'msg.cancelled', vars: { done: results.length - cancelled, total: results.length } }]);
    await refreshing;
    performance.mark('rasd:analysed');
    await refreshTable();
    performance.mark('rasd:rendered');
    // A file cut short by a cancel is not remembered (its articles stay for this visit).
    if (epoch === clears) for (const [i, f] of files.entries()) if (results[i]?.added) loaded.set(f.name, f.blob);
    if (store && epoch === clears) await remember(files.filter((f, i) => results[i]?.added && !results[i].cancelled));
  } catch (e) {
    tell(e);
  } finally {
    running.delete(addId);
    $('cancel').removeEventListener('click', cancel);
    $('cancel').hidden = true;
    progress.hidden = true;
    state.busy--;
    setState();
  }
}

/** Keeps accepted files for the next visit; a failure is said, and nothing loaded is lost. */
async function remember(files) {
  try {
    await saveFiles(files.map(({ name, blob }) => ({ name, blob })));
  } catch (e) {
    addMessages([storeMessage(e)]);
  }
}

function storeMessage(e) {
  const detail = e.cause ? `${e.cause.name ?? 'Error'}: ${e.cause.message ?? e.cause}` : e.message;
  if (e.kind === 'quota') return tr('msg.quota', { detail });
  if (e.kind === 'unavailable') return tr('msg.nostore', { detail });
  return tr('msg.storefailed', { detail });
}

async function loadBundledCorpus() {
  state.busy++;
  setState();
  try {
    // Fetched by www/boot.js while this module loaded, and handed to the worker.
    await addFiles(await seeds, { store: false, answer: seedsAnswer });
  } catch (e) {
    pending.delete(seedsCall); // not fetched: never asked for
    tell(e);
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

/**
 * The articles added on an earlier visit, analysed again (they are stored already).
 * `reading`: loadFiles() begun at start-up, beside the seeds (opening IndexedDB takes
 * ~0.1 s); read again if the corpus was cleared since (`clearsBefore`).
 */
async function restoreStored(reading, clearsBefore) {
  state.busy++;
  setState();
  try {
    let stored = [];
    try {
      stored = await (clears === clearsBefore ? reading : loadFiles());
    } catch (e) {
      // No storage (a private window): nothing to restore; saving will say so.
      if (e.kind !== 'unavailable') addMessages([storeMessage(e)]);
    }
    await addFiles(stored, { store: false });
  } finally {
    state.busy--;
    setState();
  }
}

// Lets the browser run other tasks (input, a frame) before going on: a macrotask turn
// through a MessageChannel (setTimeout would be clamped, rAF paused in a hidden tab).
const nextTask = () => new Promise((resolve) => {
  const { port1, port2 } = new MessageChannel();
  port1.onmessage = () => {
    port1.close();
    resolve();
  };
  port2.postMessage(null);
});

let tableQueue = Promise.resolve(); // refreshes run one after the other
let tableSynced = false;            // the worker's last table update reached the page

/**
 * Brings the corpus table up to date: the worker sends the articles the page does not
 * have yet and the entity rows that are new or changed since the last refresh (in
 * chunks); the rows the page has are kept, moved to their new places. Refreshes run
 * in order: each update is relative to the one before.
 */
function refreshTable({ full = false } = {}) {
  const run = tableQueue.then(() => updateTable(full || !tableSynced));
  tableQueue = run.catch(() => {});
  return run;
}

async function updateTable(full) {
  const known = full ? [] : state.table.documents;
  const documents = known.slice();
  const rows = [];
  const at = [];
  const keys = [];
  let orders = null;
  tableSynced = false;
  const counts = await call('entities', { from: known.length, full }, {
    onChunk: (chunk) => {
      if (chunk.documents) for (const d of chunk.documents) documents.push(d);
      if (chunk.entities) {
        for (const e of chunk.entities) rows.push(e);
        for (const i of chunk.at) at.push(i);
        for (const k of chunk.keys) keys.push(k);
      }
      if (chunk.ranks) orders = chunk;
    },
  });
  // Fewer articles than the page knew (the corpus was cleared meanwhile): ask for all.
  if (counts.documents !== documents.length) return updateTable(true);
  // The rows kept, at their new places, then the new and changed ones.
  const { reuse } = orders;
  const before = full ? [] : state.table.entities;
  const beforeKeys = full ? [] : state.searchKeys;
  const entities = new Array(counts.entities);
  const searchKeys = new Array(counts.entities);
  const selectedKey = state.table.entities[state.selectedEntity]?.key;
  for (let i = 0; i < reuse.length; i++) {
    const r = reuse[i];
    if (r < 0) continue;
    const e = before[r];
    e.index = i;
    entities[i] = e;
    searchKeys[i] = beforeKeys[r];
  }
  for (let k = 0; k < rows.length; k++) {
    const e = rows[k];
    e.index = at[k];
    entities[at[k]] = e;
    searchKeys[at[k]] = keys[k];
  }
  tableSynced = true;
  // Articles fetched before carry row indices (`corpus`) of the table they were drawn
  // from: when a row moved (a merge across articles undone by a new article), ask again.
  const drawnFrom = state.table.entities;
  if (entities.length < drawnFrom.length || drawnFrom.some((e, i) => entities[i]?.key !== e.key)) state.docs.clear();
  // The open entity follows its row, wherever the rebuilt table put it.
  if (selectedKey != null) {
    const at = entities.findIndex((e) => e.key === selectedKey);
    if (at >= 0) state.selectedEntity = at;
  }
  state.table = { documents, entities };
  state.searchKeys = searchKeys;
  state.orders = orders;
  table.invalidate();
  if (!state.typeChosen) {
    // Open on the first type that has rows.
    const present = new Set();
    for (const e of entities) present.add(e.type);
    const first = TYPES.find((ty) => present.has(ty));
    if (first) state.type = first;
  }
  setState();
  // Drawing in tasks of their own, each well under 100 ms on a big table: the rows
  // of the type shown picked and sorted, the tabs, then the table.
  await nextTask();
  table.prepare();
  await nextTask();
  renderTypeTabs();
  await nextTask();
  renderTable();
  if (state.view === 'articles') renderArticleList();
  views.invalidate();
  if (routePending && state.table.documents.length > 0) {
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

/**
 * A message is a string, {key, vars} (a string of www/i18n.js, drawn in the page's
 * language), or {name, text} for a file: "Could not read NAME: text".
 */
function messageItem(m) {
  if (typeof m === 'string') return el('li', {}, el('bdi', {}, m));
  // The page's own sentences are kept as a key, so that they follow the language.
  if (m.key) return el('li', {}, el('bdi', {}, tr(m.key, m.vars)));
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

// ---------------------------------------------------------------- entity table

const table = entityTable({
  state,
  tr,
  $,
  onSelect: (index) => selectEntity(index),
  onShown: (n) => exportTitles(n),
});

/** The export buttons say what they write: the rows the table shows, in its order. */
function exportTitles(n) {
  const title = tr(state.filter.trim() ? 'export.titleFiltered' : 'export.title', {
    n, type: tr(`type.${state.type}`).toLowerCase(), col: tr(`col.${state.sort.key}`), filter: state.filter.trim(),
  });
  for (const id of ['export-csv', 'export-json']) {
    $(id).title = title;
    $(id).disabled = n === 0; // an empty table: nothing to write
  }
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
      renderTable();
      renderTypeTabs();
    },
  }, tr(`type.${ty}`), ' ', el('span', { class: 'count' }, formatCount(state.lang, counts[ty] ?? 0)))));
}

const renderTable = () => table.render();

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
  table.select(index);
  views.markEntity(e.key);
  const panel = $('panel');
  if (panel.hidden || panel.dataset.key !== e.key) panel.scrollTop = 0; // another entity: from its top
  const opening = panel.hidden;
  panel.dataset.key = e.key;
  panel.hidden = false;
  if (opening) {
    opener = document.activeElement;
    coverPage();
  }
  panel.className = `panel t-${e.type}`;
  $('panel-type').textContent = tr(`one.${e.type}`);
  $('panel-title').textContent = e.canonical;
  $('panel-english').textContent = e.english ?? '';
  const en = state.lang !== 'ar';
  // How often, as in the table: mentions by name, plus those through an adjective
  // (الإيراني -> Iran), which the forms merged below do not list.
  const counts = formatCount(state.lang, e.mentions ?? 0)
    + (e.adjective_mentions > 0 ? ` + ${formatCount(state.lang, e.adjective_mentions)} ${tr('viaAdjective')}` : '');
  const facts = [['panel.title', en ? titleEnglish(e) : e.title], ['panel.role', en ? e.role_english : e.role], ['panel.affiliations', affiliationsOf(e, state.lang)], ['panel.value', e.value],
    ['panel.mentions', counts], ['panel.articles', formatCount(state.lang, articlesOf(e))]]
    .filter(([, v]) => v)
    .flatMap(([k, v]) => [el('dt', {}, tr(k)), el('dd', { dataset: { fact: k.slice('panel.'.length) } }, el('bdi', { dir: k === 'panel.value' ? 'ltr' : 'auto' }, v))]);
  $('panel-facts').replaceChildren(...facts);
  $('panel-aliases').replaceChildren(...aliasItems(e, { el, tr, onSplit: (alias) => curate('split', { key: e.key, alias }, e.key) }));
  $('panel-merge').replaceChildren(...mergeControl(e, state.table.entities, {
    el, tr, onMerge: (other) => curate('merge', { keysA: e.keys ?? [e.key], keysB: other.keys ?? [other.key] }, e.key),
  }));

  const contexts = $('panel-contexts');
  contexts.replaceChildren();
  await showContexts(e, index, ++panelGeneration);
}

let panelGeneration = 0; // bumped each time the panel opens: a slower answer for an entity left is dropped

/**
 * The mentions of entity `index`, article by article as each arrives (the first at
 * once, never all in one task), CONTEXT_ARTICLES articles at a time from `from`, then
 * a button for more. `#panel-contexts` is aria-busy until the batch is drawn.
 */
async function showContexts(e, index, generation, from = 0, docs = null) {
  const contexts = $('panel-contexts');
  const current = () => generation === panelGeneration && state.selectedEntity === index;
  contexts.setAttribute('aria-busy', 'true');
  try {
    // The table's rows list only their first articles: the worker has them all.
    docs ??= (await call('entityDocuments', { key: e.key }))?.documents ?? [];
    const batch = docs.slice(from, from + CONTEXT_ARTICLES);
    const pending = batch.map((d) => documentAt(d)); // asked together, drawn in order
    for (const [k, d] of batch.entries()) {
      const doc = await pending[k];
      if (!current()) return;
      const mentions = doc.mentions.filter((m) => rowOfMention(doc, m) === index).sort((a, b) => a.start - b.start);
      // The article opens at the mention (highlighted and scrolled to): the title at the first.
      const at = (m) => (m ? { start: m.start, end: m.end } : null);
      contexts.append(el('section', { class: 'doc-group' },
        el('h4', {}, el('button', { type: 'button', class: 'link', dir: 'auto', onclick: () => showArticle(d, at(mentions[0])) }, articleLabel(state.table.documents[d] ?? doc)),
          ' ', el('span', { class: 'count' }, tr('panel.mentionCount', { n: mentions.length }))),
        mentions.map((m) => {
          const p = snippet(doc.text, m.start, m.end, m.adjective);
          p.title = tr('panel.openAt');
          p.addEventListener('click', () => showArticle(d, at(m)));
          return p;
        })));
    }
    const next = from + batch.length;
    if (docs.length > next && current()) {
      const more = el('p', { class: 'more' }, el('button', {
        type: 'button',
        id: 'more-contexts',
        onclick: () => {
          more.remove();
          showContexts(e, index, generation, next, docs);
        },
      }, tr('panel.more', { n: docs.length - next })));
      contexts.append(more);
    }
  } finally {
    if (generation === panelGeneration) contexts.removeAttribute('aria-busy');
  }
}

/** A merge or split by hand: the core applies it, the page keeps it and redraws. */
async function curate(op, payload, key) {
  state.busy++;
  setState();
  try {
    overrides.save(await call(op, payload));
    state.docs.clear(); // the articles' links to corpus rows changed
    await refreshTable();
    const at = state.table.entities.findIndex((r) => (r.keys ?? [r.key]).includes(key));
    if (at >= 0) {
      selectEntity(at);
      // The button pressed is gone with the panel's old forms: the focus stays in the panel.
      if (!$('panel').contains(document.activeElement)) $('panel-title').focus({ preventScroll: true });
    } else closePanel();
  } catch (err) {
    tell(err);
  } finally {
    state.busy--;
    setState();
  }
}

// On a narrow screen the panel covers the page (style.css): what is under it is made
// inert, so that the keyboard stays in the panel, and the focus goes to it; on closing,
// back to what opened it.
const NARROW = matchMedia('(max-width: 900px)');
const UNDER_PANEL = ['header.top', '.statusbar', '#messages', '#view-tabs', 'main > .content'];
let opener = null; // what had the focus when the panel opened

function coverPage() {
  const covered = NARROW.matches && !$('panel').hidden;
  for (const sel of UNDER_PANEL) document.querySelector(sel).inert = covered;
  if (covered && !$('panel').contains(document.activeElement)) $('panel-close').focus({ preventScroll: true });
}

NARROW.addEventListener('change', coverPage);

function closePanel({ sync = true } = {}) {
  state.selectedEntity = null;
  if (sync) syncHash();
  const hadFocus = $('panel').contains(document.activeElement);
  $('panel').hidden = true;
  coverPage();
  if (hadFocus && opener?.isConnected) opener.focus({ preventScroll: true });
  opener = null;
  for (const row of document.querySelectorAll('#entity-body tr.selected')) row.classList.remove('selected');
  views.markEntity(null);
}

// ---------------------------------------------------------------- articles

// The list as drawn: what it was drawn from, so that showing the tab again (or opening
// an article from it) only moves the mark instead of drawing 200 items again.
let articleListDrawn = null;
let articleListDrawing = 0;
const ARTICLES_FIRST = 40; // items drawn in the task that shows the list; the rest in a later one

function renderArticleList() {
  const all = state.table.documents;
  const list = $('article-list');
  const as = { all, length: all.length, limit: state.articleLimit, lang: state.lang };
  const same = articleListDrawn && Object.keys(as).every((k) => articleListDrawn[k] === as[k]);
  if (!same) {
    drawArticleList(all, list);
    articleListDrawn = as;
  }
  markCurrentArticle(list);
  if (state.selectedDoc != null && state.selectedDoc >= state.table.documents.length) state.selectedDoc = null;
  // No article open: say what to do, in the page's language (no list to choose from
  // once everything is cleared).
  if (state.selectedDoc == null) $('article').replaceChildren(el('p', { class: 'empty' }, tr(all.length ? 'article.choose' : 'empty.corpus')));
}

/** The open article's item marked (items are in document order, one per article). */
function markCurrentArticle(list) {
  for (const b of list.querySelectorAll('button.article-link[aria-current]')) b.removeAttribute('aria-current');
  const d = state.table.documents[state.selectedDoc];
  const li = d ? list.children[state.selectedDoc] : null;
  if (li && li.dataset.name === d.name) li.firstChild.setAttribute('aria-current', 'true');
}

function drawArticleList(all, list) {
  const mine = ++articleListDrawing;
  const shown = all.length > state.articleLimit ? all.slice(0, state.articleLimit) : all;
  const item = (d) => el('li', { dataset: { name: d.name } },
    el('button', {
      type: 'button',
      class: 'article-link',
      onclick: () => showArticle(d.index),
    }, el('span', { class: 'name', dir: 'auto' }, articleLabel(d)),
    d.title || d.opening ? el('span', { class: 'file', dir: 'ltr' }, d.name) : null,
    el('span', { class: 'count' }, d.date ? el('time', { datetime: d.date }, d.date) : null, d.date ? ' · ' : null,
      tr('article.entities', { n: d.entities }))));
  const more = () => (all.length > shown.length ? [el('li', { class: 'more' }, el('button', {
    type: 'button',
    id: 'more-articles',
    onclick: () => {
      state.articleLimit += ARTICLES_SHOWN;
      renderArticleList();
    },
  }, tr('article.more', { n: all.length - shown.length })))] : []);
  // Drawn in two tasks when long: the first items (what the list's height shows) now,
  // the rest after the frame, unless the list was drawn again meanwhile. Items already
  // drawn are kept when "show more" adds to them.
  const kept = list.children.length - (list.lastElementChild?.classList.contains('more') ? 1 : 0);
  const keep = kept > 0 && kept <= shown.length
    && [...list.children].slice(0, kept).every((li, i) => li.dataset.name === shown[i].name);
  const from = keep ? kept : 0;
  const first = Math.min(shown.length, from + ARTICLES_FIRST);
  if (keep) {
    list.lastElementChild?.classList.contains('more') && list.lastElementChild.remove();
    list.append(...shown.slice(from, first).map(item));
  } else {
    list.replaceChildren(...shown.slice(0, first).map(item));
  }
  if (first === shown.length) {
    list.append(...more());
    return;
  }
  requestAnimationFrame(() => setTimeout(() => {
    if (mine !== articleListDrawing) return;
    list.append(...shown.slice(first).map(item), ...more());
    markCurrentArticle(list);
  }, 0));
}

/**
 * The corpus row of a mention: its own (`corpus`: a form split off by hand has a row
 * apart from its entity's), else its article entity's.
 */
function rowOfMention(doc, m) {
  return m.corpus ?? doc.entities[m.entity]?.corpus ?? null;
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
      const corpus = rowOfMention(doc, m);
      const mark = el('mark', {
        class: `t-${type}${m.adjective ? ' adjective' : ''}`,
        title: [tr(`one.${type}`), entity?.english].filter(Boolean).join(' · '),
        tabindex: corpus != null ? '0' : null,
        // The row index, and what finds the row again once the table moved (openMark).
        dataset: corpus != null ? { entity: corpus, doc: doc.index, m: doc.mentions.indexOf(m) } : {},
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
  // On a narrow screen the panel covers the page (style.css): the article would be under it.
  if (!$('panel').hidden && getComputedStyle($('panel')).position === 'fixed') closePanel({ sync: false });
  state.selectedDoc = index;
  state.sentence = at;
  setView('articles'); // draws the list, this article marked
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
  else {
    // From its title: on a narrow screen the article is below the list, out of sight;
    // on a wide one the page may be scrolled down a long article read before.
    const top = $('article').getBoundingClientRect().top;
    if (top < 0 || top > innerHeight * 0.75) $('article').scrollIntoView({ block: 'start' });
  }
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
  if (view === 'articles') renderArticleList();
  showTab(document.querySelector(`#view-tabs [data-view="${view}"]`));
  syncHash();
}

/** On a phone the tabs scroll sideways: the one chosen (by a link, back or forward) is scrolled into the row. */
function showTab(tab) {
  const bar = $('view-tabs');
  if (!tab || bar.scrollWidth <= bar.clientWidth) return;
  const t = tab.getBoundingClientRect();
  const b = bar.getBoundingClientRect();
  if (t.left < b.left) bar.scrollLeft -= b.left - t.left;
  else if (t.right > b.right) bar.scrollLeft += t.right - b.right;
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
  selected: () => state.table.entities[state.selectedEntity]?.key ?? null,
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
  // The article list is drawn when it is shown (setView).
  if (state.view === 'articles') renderArticleList();
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
    const files = [...ev.target.files].map((file) => ({ name: file.name, blob: file }));
    ev.target.value = '';
    await addFiles(await withoutLoaded(files));
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
    // Entries first (a dropped folder is walked), before anything awaits.
    const dropped = await droppedFiles(ev.dataTransfer);
    addMessages(dropped.errors ?? []);
    await addFiles(await withoutLoaded(dropped.map(({ name, file }) => ({ name, blob: file }))));
  });

  // The filter answers as you type: the keys are normalized already and the order is
  // cached, so a keystroke costs one scan; on big tables a short debounce lets a fast
  // typist's keystrokes through before the scan.
  let typing = 0;
  $('filter').addEventListener('input', (ev) => {
    state.filter = ev.target.value;
    clearTimeout(typing);
    if (table.size <= 5000) table.refilter();
    else typing = setTimeout(() => table.refilter(), 80);
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
  // Through the article (fetched again if the table moved since it was drawn): the
  // row index on the mark is the one the table had then.
  const openMark = async (ev) => {
    const mark = ev.target.closest('mark[data-entity]');
    if (!mark) return;
    const doc = await documentAt(Number(mark.dataset.doc));
    const m = doc.mentions[Number(mark.dataset.m)];
    const row = m ? rowOfMention(doc, m) : null;
    if (row != null) selectEntity(row);
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
      // Analyses under way stop first: nothing they added survives the clear.
      clears++;
      loaded.clear();
      await Promise.all([...running].map((add) => call('cancel', { add })));
      // Clear all forgets the reader's merges and splits too.
      overrides.clear();
      // A fresh worker gives the memory back; if none could start, the old one empties.
      if (!(await restartWorker())) {
        await call('clear');
        await call('setOverrides', { overrides: null });
      }
      try {
        await clearFiles();
      } catch (e) {
        if (e.kind !== 'unavailable') addMessages([storeMessage(e)]);
      }
      state.docs.clear();
      state.articleLimit = ARTICLES_SHOWN;
      state.selectedDoc = null;
      closePanel();
      $('article').replaceChildren(el('p', { class: 'empty' }, tr('article.choose')));
      await refreshTable({ full: true });
    } finally {
      state.busy--;
      setState();
    }
  });
  // What the table shows (this type, its filter, its order), made in the worker with
  // every row's articles (the page's rows list only their first ones).
  const exporter = (format, type) => async () => {
    try {
      const keys = table.shown().map((e) => e.key);
      const name = `rasd-${state.type.toLowerCase()}.${format}`;
      download(name, type, await call('export', { format, keys }));
    } catch (e) {
      tell(e);
    }
  };
  $('export-csv').addEventListener('click', exporter('csv', 'text/csv;charset=utf-8'));
  $('export-json').addEventListener('click', exporter('json', 'application/json'));
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
    showTab(document.querySelector('#view-tabs [aria-selected=true]')); // the row turned round
    if (state.selectedEntity != null) selectEntity(state.selectedEntity);
    if (state.selectedDoc != null && state.view === 'articles') showArticle(state.selectedDoc, state.sentence);
    views.rerender();
  });
}

performance.mark('rasd:app');
applyLanguage();
wire();
renderAll();
// The reader's merges and splits from earlier visits apply to every table.
call('setOverrides', { overrides: overrides.load() }).catch(tell);
// One busy stretch for the seeds and the stored articles: the page is ready after both.
state.busy++;
// What the worker said before the handlers above were on (a module that failed to load,
// the seeds' progress and answer).
for (const event of early.errors) worker.onerror(event);
for (const event of early.messages) worker.onmessage(event);
// Read beside the seeds' analysis, analysed after them.
const storedFiles = loadFiles();
storedFiles.catch(() => {}); // said by restoreStored
loadBundledCorpus().then(() => restoreStored(storedFiles, 0)).finally(() => {
  state.busy--;
  setState();
});
