// Keeps the articles a user added (their original bytes and names) in IndexedDB, so a
// reload brings them back. The bundled seed articles are not stored: they come from
// corpus/. Nothing here ever decides what is in the corpus: the worker does; this only
// remembers which files were accepted, in the order they were added.
//
// Every failure is thrown as a StoreError with a reason the page shows the user
// (storage full, storage disabled as in private windows, …); the in-memory corpus is
// never touched by a failure here.

const DB_NAME = 'rasd';
const DB_VERSION = 1;
const FILES = 'files'; // {name, blob} with an auto-increment key: the order added

export class StoreError extends Error {
  constructor(kind, cause) {
    super(`${kind}: ${cause?.name ?? ''} ${cause?.message ?? cause ?? ''}`.trim());
    this.kind = kind; // 'quota' | 'unavailable' | 'failed'
    this.cause = cause;
  }
}

const kindOf = (e) => (e?.name === 'QuotaExceededError' ? 'quota' : 'failed');

let opened = null;

function open() {
  if (opened) return opened;
  opened = new Promise((resolve, reject) => {
    let request;
    try {
      if (!globalThis.indexedDB) throw new DOMException('IndexedDB is not available', 'NotSupportedError');
      request = indexedDB.open(DB_NAME, DB_VERSION);
    } catch (e) {
      reject(new StoreError('unavailable', e));
      return;
    }
    request.onupgradeneeded = () => {
      request.result.createObjectStore(FILES, { autoIncrement: true });
    };
    request.onsuccess = () => resolve(request.result);
    request.onerror = () => reject(new StoreError('unavailable', request.error));
    request.onblocked = () => reject(new StoreError('unavailable', new Error('the database is blocked by another tab')));
  });
  // A failed open is retried next time (the user may free space or leave private mode).
  opened.catch(() => {
    opened = null;
  });
  return opened;
}

/** Runs `work(store)` in one transaction; resolves when it commits, with work's result. */
async function transact(mode, work) {
  const db = await open();
  return new Promise((resolve, reject) => {
    let result;
    let tx;
    try {
      tx = db.transaction(FILES, mode);
      result = work(tx.objectStore(FILES));
    } catch (e) {
      try {
        tx?.abort();
      } catch {
        // already finished
      }
      reject(new StoreError(kindOf(e), e));
      return;
    }
    tx.oncomplete = () => resolve(typeof result === 'function' ? result() : result);
    tx.onabort = () => reject(new StoreError(kindOf(tx.error), tx.error ?? new Error('the transaction was aborted')));
    tx.onerror = (ev) => ev.preventDefault(); // reported once, by onabort
  });
}

/** Remembers files [{name, blob}] (Blob or File: stored by the browser, not copied here). */
export function saveFiles(files) {
  if (files.length === 0) return Promise.resolve();
  return transact('readwrite', (store) => {
    for (const f of files) store.put({ name: f.name, blob: f.blob });
  });
}

/** The remembered files, in the order they were added: [{name, blob}]. */
export function loadFiles() {
  return transact('readonly', (store) => {
    const request = store.getAll();
    return () => request.result.map(({ name, blob }) => ({ name, blob }));
  });
}

/** Forgets every remembered file. */
export function clearFiles() {
  return transact('readwrite', (store) => {
    store.clear();
  });
}
