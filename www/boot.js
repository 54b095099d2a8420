// The first thing the page runs: starts the analysis worker and fetches the bundled
// seed articles at once, while the page's own modules are still loading. index.html
// loads this module `async` and without imports, so it runs as soon as it arrives;
// app.js imports the same module instance and takes the worker and the files from it.

performance.mark('rasd:boot');

// The CSP requires Trusted Types: no string reaches an HTML or script sink unchecked.
// The worker's URL is the one script URL the page ever creates.
const WORKER_URL = new URL('./worker.js', import.meta.url).href;
const scriptURLs = globalThis.trustedTypes?.createPolicy('rasd-worker', {
  createScriptURL: (url) => {
    if (url !== WORKER_URL) throw new TypeError(`not the worker: ${url}`);
    return url;
  },
});

/** The analysis worker (www/worker.js). */
export const worker = new Worker(scriptURLs ? scriptURLs.createScriptURL(WORKER_URL) : WORKER_URL, { type: 'module' });

/** Errors and replies that arrive before app.js has put its handlers on the worker. */
export const early = { messages: [], errors: [] };
worker.onmessage = (event) => early.messages.push(event);
worker.onerror = (event) => {
  event.preventDefault();
  early.errors.push(event);
};

/** The bundled articles as [{name, bytes}], fetched now; rejects with a message naming the file. */
export const seeds = (async () => {
  const index = await (await fetch(new URL('./corpus/index.json', import.meta.url))).json();
  const files = await Promise.all(index.files.map(async (name) => {
    const response = await fetch(new URL(`./corpus/${encodeURIComponent(name)}`, import.meta.url));
    if (!response.ok) throw new Error(`corpus/${name}: HTTP ${response.status}`);
    return { name, bytes: await response.arrayBuffer() };
  }));
  performance.mark('rasd:corpus-fetched');
  return files;
})();
seeds.catch(() => {}); // reported by app.js when it awaits them
