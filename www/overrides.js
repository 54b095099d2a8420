// The reader's merges and splits, kept in localStorage under one key so they survive
// a reload. The core applies them (Rasd.setOverrides); this module only stores them.
// Shape: {merges: [[key, …], …], splits: [{key, alias}, …]}. Anything else read back
// (an older or damaged value) counts as no overrides.

export const KEY = 'rasd.overrides';

const EMPTY = () => ({ merges: [], splits: [] });

const isKeyList = (m) => Array.isArray(m) && m.every((k) => typeof k === 'string');
const isSplit = (s) => s && typeof s.key === 'string' && typeof s.alias === 'string';

/** The overrides saved earlier, or none. Never throws (storage may be disabled). */
export function load(storage = globalThis.localStorage) {
  try {
    const value = JSON.parse(storage?.getItem(KEY) ?? 'null');
    if (!value || typeof value !== 'object') return EMPTY();
    return {
      merges: Array.isArray(value.merges) ? value.merges.filter(isKeyList) : [],
      splits: Array.isArray(value.splits) ? value.splits.filter(isSplit) : [],
    };
  } catch {
    return EMPTY();
  }
}

/** Saves the overrides the core returned; false when storage refused them. */
export function save(overrides, storage = globalThis.localStorage) {
  try {
    const empty = !overrides || ((overrides.merges ?? []).length === 0 && (overrides.splits ?? []).length === 0);
    if (empty) storage.removeItem(KEY);
    else storage.setItem(KEY, JSON.stringify({ merges: overrides.merges ?? [], splits: overrides.splits ?? [] }));
    return true;
  } catch {
    return false;
  }
}

/** Forgets every merge and split (the "clear corpus" button calls this). */
export function clear(storage = globalThis.localStorage) {
  try {
    storage.removeItem(KEY);
  } catch {
    // storage disabled: nothing was kept
  }
}
