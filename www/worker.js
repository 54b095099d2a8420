// The analysis worker: owns the Rasd instance so the page never freezes.
//
// Protocol (page -> worker): {op: 'wasm', module | error} once, from www/boot.js (the
// compiled core, see `compiled` below); then {id, op, ...} (boot.js also makes the
// seeds' 'add', with id 0; app.js numbers its calls from 1)
//   {op: 'add', files: [{name, blob, bytes?}]}  -> [{name, added?, error?, code?, params?, cancelled?}]
//       (blob: a File or Blob, read here one file at a time, so the page never holds
//       the bytes; bytes: its content as an ArrayBuffer when the page has it already
//       (boot.js's seeds), analysed without reading the Blob; added: how many articles
//       the file gave; the page reads them with 'entities')
//       while working posts {id, progress: {done, total, name, bytes, articles}} (at
//       most every 250 ms, and after the last file): `done` files finished, `bytes` of
//       all the files analysed so far (a file's share counted article by article).
//       Between articles it lets other messages in (a cancel, a table refresh).
//   {op: 'cancel', add: ID}  -> null; the 'add' call ID stops before its next article
//       and answers with what was done (the file cut short {name, added, cancelled:
//       true}, the rest {name, cancelled: true}); the articles analysed stay
//   {op: 'entities', from, full} -> {documents: N, entities: N}: what changed in the
//       table since the last 'entities' (Rasd.tableUpdate; everything when `full`), sent
//       as {id, chunk} messages (www/rows.js: small enough never to block the page) and
//       a final {id, result}. Each answer is relative to the one before: the page
//       applies them in order.
//   {op: 'entityDocuments', key} -> {documents, counts} of the row with that key, or null
//       (Rasd.entityDocuments: the table's rows list only their first 20 articles)
//   {op: 'export', format, keys} -> CSV or JSON text (www/export.js) of the rows with
//       these keys, in this order (what the page's table shows; every row without keys)
//   {op: 'document', index}  -> the article in full     (Rasd.document(index))
//   {op: 'events', filter, statements, limit, lang, kinds} -> {total, matched, rows}:
//       the events (Rasd.events(): UTF-16 sentence offsets) that the filter keeps
//       (views/events.js eventMatcher; `kinds`: each kind's word in the page's language,
//       normalized), the first `limit` of them. The events and their filter keys stay
//       here, made once per corpus: the page receives only the rows it shows
//   {op: 'timeline'}         -> [{year, month, items}]  (Rasd.timeline())
//   {op: 'graph'}            -> {nodes, edges}          (Rasd.graph())
//   {op: 'summaries', limit} -> {total, summaries, events}: the first `limit` article
//       summaries (Rasd.summaries()), how many there are, and those articles' events
//   (the page asks for these only when a view that shows them is opened)
//   {op: 'timings'}          -> [[name, ms since the epoch]] start-up marks
//   {op: 'module'}           -> the compiled WebAssembly.Module, for a fresh worker
//       (Clear all replaces this worker, so its wasm memory goes back to the system)
//   {op: 'restore', files: [{name, blob, articles?}], overrides} -> null: analyses again
//       the files a worker that crashed had accepted (the first `articles` of a file cut
//       short) and applies its overrides, in a fresh worker (see below)
//   {op: 'clear'}            -> null  (the overrides are kept; the page's fallback)
//   {op: 'setOverrides', overrides} -> the overrides in force (Rasd.setOverrides)
//   {op: 'merge', keysA, keysB}     -> the overrides           (Rasd.merge)
//   {op: 'split', key, alias}       -> the overrides           (Rasd.split)
// Replies: {id, result} or {id, error: message, startup} (startup: the module did not
// load), or {id, error, retry: true}: this worker's core crashed before the call ran,
// send it to the fresh worker.
//
// A refused file is an ordinary error (a JsError with Rust's message). A bug in the
// core is different: the module panics, which aborts and leaves that wasm instance
// unusable. Then this worker posts {crashed: {why, files, overrides, module}}: the
// page starts a fresh worker, has it analyse again the files accepted so far
// ('restore') and terminates this one, whose wasm memory (it never shrinks, and a
// second instance in the same worker would keep the first one's) goes back to the
// system. The corpus survives and only the file that triggered the bug is reported;
// the 'add' calls under way answer for the files they finished, the one that trapped
// ({error}) and the rest ({retry: true}: the page adds them through the fresh worker).
// That is why the accepted files are kept: their Blobs (a File the user chose is read
// again from disk, not held in memory).

// Loaded beside the wasm, not before this module runs: a static import would hold
// the wasm's download back until it arrived.
const rows = import('./rows.js');

// Start-up marks (ms since the epoch: the worker's and the page's clocks differ in
// origin), read by the page with {op: 'timings'} for scripts/bench-startup.mjs.
const marks = [['worker', performance.timeOrigin + performance.now()]];
const mark = (name) => marks.push([name, performance.timeOrigin + performance.now()]);

let instance = start();
let accepted = []; // [{name, blob, articles}] in the order they were added (articles: a file cut short)
let overrides = null; // the reader's merges and splits, replayed after a restart
let broken = null; // why the core crashed: this worker then only answers, the page replaces it

// A module that fails to load is reported by every call (the page shows it); marking
// the promise handled keeps the console free of a duplicate "uncaught" error.
function start() {
  const started = load();
  started.catch(() => {});
  return started;
}

// The wasm is fetched and compiled once, by the page while this script and the JS glue
// load (www/boot.js), and arrives as {op: 'wasm', module} or {op: 'wasm', error}; a
// fresh instance after a trap reuses the compiled module.
let wasmArrived;
const compiled = new Promise((resolve, reject) => {
  wasmArrived = ({ module, error }) => (module ? resolve(module) : reject(new Error(error)));
});
compiled.catch(() => {});

async function load() {
  const mod = await import('../pkg/rasd.js');
  mark('imported');
  await mod.default({ module_or_path: await compiled });
  mark('instantiated');
  const rasd = new mod.Rasd();
  mark('constructed');
  return { mod, rasd };
}

function messageOf(e) {
  return e instanceof Error ? e.message : String(e);
}

const isTrap = (e) => e instanceof WebAssembly.RuntimeError;

/**
 * After a trap: why (the panic message if Rust recorded one). The first time, tells the
 * page what a fresh worker needs to take over (the files accepted, the overrides, the
 * compiled module); this one stops using its core.
 */
async function crashed(mod, e) {
  if (broken) return broken;
  broken = messageOf(e);
  try {
    broken = mod.lastPanic?.() ?? broken;
  } catch {
    // the instance is gone: keep the trap's own message
  }
  self.postMessage({ crashed: { why: broken, files: accepted, overrides, module: await compiled } });
  return broken;
}

/**
 * Frees a file's bytes once the core has its own copy (beginFile): detaching an
 * ArrayBuffer releases its memory at once. Left to the garbage collector, which this
 * worker's small JS heap seldom wakes, read files piled up (67 MiB of the page's
 * memory after six SaudiNewsNet files, scripts/bench-browser.mjs).
 */
function release(buffer) {
  try {
    buffer.transfer?.(0);
  } catch {
    // not transferable (already detached, or shared): the collector frees it
  }
}

/** Analyses again, in this fresh worker, what a crashed one had accepted. */
async function restore(rasd, files, kept) {
  for (const file of files) {
    const bytes = await file.blob.arrayBuffer();
    rasd.beginFile(file.name, new Uint8Array(bytes));
    release(bytes);
    rasd.analyzeNext(file.articles ?? 2 ** 31);
    rasd.dropPending();
    accepted.push(file);
  }
  if (kept) rasd.setOverrides(kept);
  overrides = kept ?? null;
  return null;
}

class StartupError extends Error {}
class RetryError extends Error {}

async function handle(id, msg) {
  if (msg.op === 'module') return await compiled; // the page starts a fresh worker with it (Clear all)
  if (broken) throw new RetryError(broken);
  const { mod, rasd } = await instance.catch((e) => {
    throw new StartupError(messageOf(e));
  });
  try {
    if (CHANGES_CORPUS.has(msg.op)) changes += 1;
    switch (msg.op) {
      case 'restore':
        return await restore(rasd, msg.files, msg.overrides);
      case 'add':
        return await addAll(id, msg.files);
      case 'entities':
        return await sendTable(id, rasd.tableUpdate(msg.from ?? 0, Boolean(msg.full)), rasd.documentCount);
      case 'cancel':
        cancelled.add(msg.add);
        return null;
      case 'entityDocuments':
        return rasd.entityDocuments(msg.key);
      case 'export': {
        const { toCSV, toJSON, pick } = await import('./export.js');
        return (msg.format === 'json' ? toJSON : toCSV)(pick(rasd.entities(), msg.keys));
      }
      case 'document':
        return rasd.document(msg.index);
      case 'timings':
        return marks;
      case 'events':
        return await eventsQuery(rasd, msg);
      case 'timeline':
        return rasd.timeline();
      case 'graph':
        return rasd.graph();
      case 'summaries':
        return await summariesOf(rasd, msg.limit);
      case 'setOverrides':
        rasd.setOverrides(msg.overrides ?? null);
        return (overrides = rasd.overrides());
      case 'merge':
        return (overrides = rasd.merge(msg.keysA, msg.keysB));
      case 'split':
        return (overrides = rasd.split(msg.key, msg.alias));
      case 'clear':
        rasd.clear();
        accepted = [];
        clears += 1;
        (await rows).forget();
        return null;
      default:
        throw new Error(`unknown operation ${msg.op}`);
    }
  } catch (e) {
    // A trap while restoring would trap again in the next fresh worker: an ordinary error.
    if (msg.op === 'restore') throw e;
    if (isTrap(e) && !broken) {
      const why = await crashed(mod, e);
      throw new Error(`Rasd failed (${why}); the articles loaded are kept. Please report this.`);
    }
    // Another call crashed the core while this one waited (an await): not this call's
    // fault, whatever the poisoned instance threw; the fresh worker answers it.
    if (broken) throw new RetryError(broken);
    throw e;
  }
}

// What the relation views ask for, made when first asked after the corpus changed and
// kept here: {stamp, events, base (their filter keys), byLang: lang -> the filter of
// that language, summaries}. At full corpus (50,000 events, 31,000 summaries) the page
// received them in seconds of its thread's time and a long garbage collection; now it
// gets the rows it shows. The stamp changes with every article added and every call
// that changes the corpus or its entities.
let derived = null;
let changes = 0;
const CHANGES_CORPUS = new Set(['restore', 'add', 'setOverrides', 'merge', 'split', 'clear']);

/** `derived` for the corpus as it is now (emptied when the stamp moved). */
function current(rasd) {
  const stamp = `${changes}|${rasd.documentCount}`;
  if (derived?.stamp !== stamp) derived = { stamp };
  return derived;
}

/** The corpus's events with their filter keys (`derived`, filled once per stamp). */
function eventsNow(rasd, eventSearchKey) {
  const d = current(rasd);
  if (!d.events) {
    d.events = rasd.events();
    d.base = d.events.map(eventSearchKey);
    d.byLang = new Map();
  }
  return d;
}

async function eventsQuery(rasd, { filter = '', statements = false, limit = Infinity, lang = '', kinds = {} }) {
  const { eventSearchKey, eventMatcher } = await import('./views/events.js');
  const { events, base, byLang } = eventsNow(rasd, eventSearchKey);
  let match = byLang.get(lang);
  if (!match) {
    // A key is its event's names and lines and its kind's word in the page's language.
    const keys = new Array(events.length);
    match = eventMatcher(events, (i) => (keys[i] ??= `${base[i]} ${kinds[events[i].kind] ?? ''}`));
    byLang.set(lang, match);
  }
  const hits = match(String(filter), Boolean(statements));
  const rows = hits.slice(0, limit ?? Infinity).map((i) => events[i]);
  return { total: events.length, matched: hits.length, rows };
}

/** The first `limit` article summaries, how many there are, and those articles' events. */
async function summariesOf(rasd, limit = Infinity) {
  const { eventSearchKey } = await import('./views/events.js');
  const d = eventsNow(rasd, eventSearchKey);
  const all = (d.summaries ??= rasd.summaries());
  const summaries = all.slice(0, limit ?? Infinity);
  const shown = new Set(summaries.map((s) => s.document));
  return { total: all.length, summaries, events: d.events.filter((e) => shown.has(e.document)) };
}

const cancelled = new Set(); // ids of 'add' calls the page cancelled
let clears = 0; // 'clear' calls so far: a file whose analysis a clear cut into is not kept

// Let queued messages (cancel, entities) in: a macrotask turn through a MessageChannel,
// not setTimeout, whose nesting clamp (4 ms) would cost seconds over thousands of files.
const turn = () => new Promise((resolve) => {
  const { port1, port2 } = new MessageChannel();
  port1.onmessage = () => {
    port1.close();
    resolve();
  };
  port2.postMessage(null);
});

async function addAll(id, files) {
  const results = [];
  const total = files.reduce((n, f) => n + f.blob.size, 0);
  let before = 0; // bytes of the files done
  let articles = 0;
  let lastPost = 0;
  let lastTurn = performance.now();
  const post = (done, name, bytes) => {
    lastPost = performance.now();
    self.postMessage({ id, progress: { done, total: files.length, name, bytes, articles } });
  };
  for (const [i, file] of files.entries()) {
    if (cancelled.has(id)) {
      for (const rest of files.slice(i)) results.push({ name: rest.name, cancelled: true });
      break;
    }
    if (broken) {
      for (const rest of files.slice(i)) results.push({ name: rest.name, retry: true });
      break;
    }
    const size = file.blob.size;
    const { mod, rasd } = await instance;
    let added = 0;
    const epoch = clears;
    try {
      const bytes = file.bytes ?? await file.blob.arrayBuffer();
      let n;
      try {
        n = rasd.beginFile(file.name, new Uint8Array(bytes));
      } finally {
        release(bytes);
      }
      // Article by article: progress moves inside a big file, and a cancel or a table
      // refresh waits at most one article (plus 50 ms).
      for (let left = n; left > 0;) {
        if (performance.now() - lastTurn > 50) {
          await turn();
          lastTurn = performance.now();
          if (broken) break; // another call hit a bug meanwhile: this file goes to the fresh worker
          if (cancelled.has(id)) {
            rasd.dropPending();
            break;
          }
        }
        left = rasd.analyzeNext(1);
        added = n - left;
        articles += 1;
        if (performance.now() - lastPost > 250) post(i, file.name, before + (size * added) / n);
      }
      if (broken) {
        for (const rest of files.slice(i)) results.push({ name: rest.name, retry: true });
        break;
      }
      const cut = added < n;
      results.push(cut ? { name: file.name, added, cancelled: true } : { name: file.name, added });
      if (epoch === clears) accepted.push(cut ? { name: file.name, blob: file.blob, articles: added } : { name: file.name, blob: file.blob });
    } catch (e) {
      // One refused file never stops the others nor touches the corpus.
      if (isTrap(e) && !broken) {
        const why = await crashed(mod, e);
        results.push({ name: file.name, error: `Rasd failed on this file (${why}); the other articles are kept. Please report this.` });
        for (const rest of files.slice(i + 1)) results.push({ name: rest.name, retry: true });
        break;
      } else if (broken) {
        // Another call crashed the core meanwhile (whatever the poisoned instance threw
        // here): this file and the rest go to the fresh worker.
        for (const rest of files.slice(i)) results.push({ name: rest.name, retry: true });
        break;
      } else {
        // A refusal carries the core's code and params, for a message in Arabic.
        results.push({ name: file.name, error: messageOf(e), code: e?.code, params: e?.params });
      }
    }
    mark(`added ${file.name}`);
    before += size;
    if (performance.now() - lastPost > 250 || i === files.length - 1) post(i + 1, file.name, before);
    if (performance.now() - lastTurn > 50) {
      await turn();
      lastTurn = performance.now();
    }
  }
  cancelled.delete(id);
  return results;
}

async function sendTable(id, update, documents) {
  const { tableChunks } = await rows;
  for (const { message, transfer } of tableChunks(update)) self.postMessage({ id, chunk: message }, transfer ?? []);
  return { documents, entities: update.entities };
}
self.onmessage = async ({ data }) => {
  if (data.op === 'wasm') {
    wasmArrived(data);
    return;
  }
  const { id } = data;
  try {
    self.postMessage({ id, result: await handle(id, data) });
  } catch (e) {
    self.postMessage({ id, error: messageOf(e), startup: e instanceof StartupError, retry: e instanceof RetryError });
  }
};
