// The first thing the page runs: starts the analysis worker, the download and
// compilation of the wasm and the fetch of the bundled seed articles, all at once, and
// has the worker analyse the seeds as soon as they are here.
// index.html loads it as a classic script at the top of <head>, so it runs while the
// HTML is parsed: before the first layout and before the page's modules have loaded
// (an `async` module ran only after the first layout, ~0.1 s later). app.js takes
// the worker, the seeds and the seeds' call from `globalThis.rasdBoot`.
'use strict';

(() => {
  performance.mark('rasd:boot');
  const base = document.currentScript.src;

  // The CSP requires Trusted Types: no string reaches an HTML or script sink unchecked.
  // The worker's URL is the one script URL the page ever creates.
  const WORKER_URL = new URL('./worker.js', base).href;
  const scriptURLs = globalThis.trustedTypes?.createPolicy('rasd-worker', {
    createScriptURL: (url) => {
      if (url !== WORKER_URL) throw new TypeError(`not the worker: ${url}`);
      return url;
    },
  });

  /** An analysis worker (www/worker.js); app.js starts a fresh one on Clear all. */
  const startWorker = () => new Worker(scriptURLs ? scriptURLs.createScriptURL(WORKER_URL) : WORKER_URL, { type: 'module' });
  const worker = startWorker();

  /** Errors and replies that arrive before app.js has put its handlers on the worker. */
  const early = { messages: [], errors: [] };
  worker.onmessage = (event) => early.messages.push(event);
  worker.onerror = (event) => {
    event.preventDefault();
    early.errors.push(event);
  };

  // The wasm is fetched and compiled here, while the worker's script and JS glue are
  // still on their way, and the compiled module is handed to the worker ({op: 'wasm'}).
  fetch(new URL('../pkg/rasd_bg.wasm', base))
    .then((response) => {
      if (!response.ok) throw new Error(`pkg/rasd_bg.wasm: HTTP ${response.status} ${response.statusText}`.trim());
      return WebAssembly.compileStreaming(response);
    })
    .then(
      (module) => {
        performance.mark('rasd:wasm-compiled');
        worker.postMessage({ op: 'wasm', module });
      },
      (e) => worker.postMessage({ op: 'wasm', error: e instanceof Error ? e.message : String(e) }),
    );

  /**
   * The bundled articles as [{name, blob, bytes}], fetched now; rejects with a message
   * naming the file. The worker analyses `bytes` (an ArrayBuffer, copied with the
   * message) instead of reading each Blob back (1–23 ms a file under load); `blob` is
   * what it keeps for a restart and what app.js counts the sizes of.
   */
  const seeds = (async () => {
    const index = await (await fetch(new URL('./corpus/index.json', base))).json();
    const files = await Promise.all(index.files.map(async (name) => {
      const response = await fetch(new URL(`./corpus/${encodeURIComponent(name)}`, base));
      if (!response.ok) throw new Error(`corpus/${name}: HTTP ${response.status}`);
      const bytes = await response.arrayBuffer();
      return { name, blob: new Blob([bytes]), bytes };
    }));
    performance.mark('rasd:corpus-fetched');
    return files;
  })();
  seeds.catch(() => {}); // reported by app.js when it awaits them

  // The worker analyses them as soon as it has started, without waiting for the page's
  // modules: this is the page's 'add' call (www/worker.js) with id 0 (app.js numbers its
  // own calls from 1), whose progress and answer app.js takes over.
  const seedsCall = 0;
  seeds.then((files) => worker.postMessage({ id: seedsCall, op: 'add', files }), () => {});

  globalThis.rasdBoot = { worker, early, seeds, seedsCall, startWorker };
})();
