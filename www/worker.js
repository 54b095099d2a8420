// The analysis worker: owns the Rasd instance so the page never freezes.
//
// Protocol (page -> worker): {op: 'wasm', module | error} once, from www/boot.js (the
// compiled core, see `compiled` below); then {id, op, ...}
//   {op: 'add', files: [{name, bytes: ArrayBuffer}]}  -> [{name, added?, error?, code?, params?}]
//       (added: how many articles the file gave; the page reads them with 'entities':
//       31,030 summaries in one reply would block the page while it receives them)
//       while working posts {id, progress: {done, total, name, bytes}} (at most every
//       100 ms, and after the last file); between files it lets other messages in
//   {op: 'cancel', add: ID}  -> null; the 'add' call ID stops before its next file and
//       answers with the files done so far (the rest get {name, cancelled: true})
//   {op: 'entities', from}   -> {documents, entities} (Rasd.entities()), documents from
//       index `from` on only (an article's summary never changes once added), sent as
//       {id, chunk} messages (www/rows.js: small enough never to block the page) and a
//       final {id, result: {documents: N, entities: N}}
//   {op: 'document', index}  -> the article in full     (Rasd.document(index))
//   {op: 'events'}           -> every event, UTF-16 sentence offsets (Rasd.events())
//   {op: 'timeline'}         -> [{year, month, items}]  (Rasd.timeline())
//   {op: 'graph'}            -> {nodes, edges}          (Rasd.graph())
//   {op: 'summaries'}        -> per-article summaries   (Rasd.summaries())
//   (the page asks for these only when a view that shows them is opened)
//   {op: 'timings'}          -> [[name, ms since the epoch]] start-up marks
//   {op: 'clear'}            -> null  (the overrides are kept)
//   {op: 'setOverrides', overrides} -> the overrides in force (Rasd.setOverrides)
//   {op: 'merge', keysA, keysB}     -> the overrides           (Rasd.merge)
//   {op: 'split', key, alias}       -> the overrides           (Rasd.split)
// Replies: {id, result} or {id, error: message, startup} (startup: the module did not load).
//
// A refused file is an ordinary error (a JsError with Rust's message). A bug in the
// core is different: the module panics, which aborts and leaves that wasm instance
// unusable. Then the worker starts a fresh instance (a new module URL gives a new
// one) and replays the files accepted so far, so the corpus survives and only the
// file that triggered the bug is reported. That is why accepted files' bytes are kept.

// Loaded beside the wasm, not before this module runs: a static import would hold
// the wasm's download back until it arrived.
const rows = import('./rows.js');

// Start-up marks (ms since the epoch: the worker's and the page's clocks differ in
// origin), read by the page with {op: 'timings'} for scripts/bench-startup.mjs.
const marks = [['worker', performance.timeOrigin + performance.now()]];
const mark = (name) => marks.push([name, performance.timeOrigin + performance.now()]);

let generation = 0;
let instance = start();
let accepted = []; // [{name, bytes}] in the order they were added
let overrides = null; // the reader's merges and splits, replayed after a restart

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
  generation += 1;
  const url = generation === 1 ? '../pkg/rasd.js' : `../pkg/rasd.js?instance=${generation}`;
  const mod = await import(url);
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

/** After a trap: why (the panic message if Rust recorded one), and a fresh instance. */
async function recover(mod, e) {
  let why = messageOf(e);
  try {
    why = mod.lastPanic?.() ?? why;
  } catch {
    // the old instance is gone: keep the trap's own message
  }
  instance = start();
  const { rasd } = await instance;
  for (const file of accepted) rasd.addFile(file.name, file.bytes);
  if (overrides) rasd.setOverrides(overrides);
  return why;
}

class StartupError extends Error {}

async function handle(id, msg) {
  const { mod, rasd } = await instance.catch((e) => {
    throw new StartupError(messageOf(e));
  });
  try {
    switch (msg.op) {
      case 'add':
        return await addAll(id, msg.files);
      case 'entities':
        return await sendTable(id, rasd.entities(), msg.from ?? 0);
      case 'cancel':
        cancelled.add(msg.add);
        return null;
      case 'document':
        return rasd.document(msg.index);
      case 'timings':
        return marks;
      case 'events':
        return rasd.events();
      case 'timeline':
        return rasd.timeline();
      case 'graph':
        return rasd.graph();
      case 'summaries':
        return rasd.summaries();
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
        (await rows).forgetKeys();
        return null;
      default:
        throw new Error(`unknown operation ${msg.op}`);
    }
  } catch (e) {
    if (!isTrap(e)) throw e;
    const why = await recover(mod, e);
    throw new Error(`Rasd failed (${why}); the articles loaded are kept. Please report this.`);
  }
}

const cancelled = new Set(); // ids of 'add' calls the page cancelled

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
  let bytes = 0;
  let lastPost = 0;
  let lastTurn = performance.now();
  for (const [i, file] of files.entries()) {
    if (performance.now() - lastTurn > 50) {
      await turn();
      lastTurn = performance.now();
    }
    if (cancelled.has(id)) {
      for (const rest of files.slice(i)) results.push({ name: rest.name, cancelled: true });
      break;
    }
    const { mod, rasd } = await instance;
    const data = new Uint8Array(file.bytes);
    try {
      results.push({ name: file.name, added: rasd.addFile(file.name, data).length });
      accepted.push({ name: file.name, bytes: data });
    } catch (e) {
      // One refused file never stops the others nor touches the corpus.
      if (isTrap(e)) {
        const why = await recover(mod, e);
        results.push({ name: file.name, error: `Rasd failed on this file (${why}); the other articles are kept. Please report this.` });
      } else {
        // A refusal carries the core's code and params, for a message in Arabic.
        results.push({ name: file.name, error: messageOf(e), code: e?.code, params: e?.params });
      }
    }
    mark(`added ${file.name}`);
    bytes += data.byteLength;
    const now = performance.now();
    if (now - lastPost > 100 || i === files.length - 1) {
      lastPost = now;
      self.postMessage({ id, progress: { done: i + 1, total: files.length, name: file.name, bytes } });
    }
  }
  cancelled.delete(id);
  return results;
}

async function sendTable(id, table, from) {
  const { tableChunks } = await rows;
  for (const { message, transfer } of tableChunks(table, from)) self.postMessage({ id, chunk: message }, transfer ?? []);
  return { documents: table.documents.length, entities: table.entities.length };
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
    self.postMessage({ id, error: messageOf(e), startup: e instanceof StartupError });
  }
};
