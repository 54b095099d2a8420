// Split and merge by hand, in the entity panel: the forms merged into an entity with
// their counts (each with a button to split it off), and a list of the other entities
// of the same type to merge this one with. The page passes its own element builder
// and translator; the work itself is the core's (Rasd.merge, Rasd.split).

/** The forms of a corpus entity with their mention counts, most used first. */
export function formsOf(e) {
  const counts = e.alias_mentions ?? [];
  return (e.aliases ?? []).map((alias, i) => ({ alias, count: counts[i] ?? 0 }))
    .sort((a, b) => b.count - a.count);
}

/** `<li>` items: each form, its count, and (when there are several) a split button. */
export function aliasItems(e, { el, tr, onSplit }) {
  const forms = formsOf(e);
  return forms.map(({ alias, count }) => el('li', {},
    el('bdi', { lang: 'ar', dir: 'rtl' }, alias), ' ',
    el('span', { class: 'count' }, `(${count})`),
    forms.length > 1
      ? el('button', { type: 'button', class: 'link split', title: tr('panel.splitHint'), dataset: { alias },
        onclick: () => onSplit(alias) }, tr('panel.split'))
      : null));
}

/** How many entities the merge list offers: a select of 100k options would freeze the page. */
export const MAX_CHOICES = 200;

const words = (x) => [x.canonical, ...(x.aliases ?? [])].join(' ').split(/\s+/).filter((w) => w.length > 2);

/** Rows scanned between two yields when candidates are gathered in slices (~5 ms each). */
export const SLICE = 5000;

/**
 * The scan behind mergeCandidates, row by row, so that it can be cut into slices:
 * `scan(rows, from, to)` then `result()`.
 */
function candidateScan(e, max) {
  const own = [...new Set(words(e))];
  // One whole-word test per name, no word lists made for 100k rows.
  const shared = own.length
    ? new RegExp(`(?:^|\\s)(?:${own.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?=\\s|$)`, 'u')
    : null;
  const related = [];
  const weight = (x) => (x.mentions ?? 0) + (x.adjective_mentions ?? 0);
  const byWeight = (a, b) => weight(b) - weight(a) || a.index - b.index;
  // Only the heaviest few of the rest are needed (at most `max`): no full sort of 100k
  // rows; kept sorted once full.
  const top = [];
  const keep = (x) => {
    if (top.length < max) {
      top.push(x);
      if (top.length === max) top.sort(byWeight);
    } else if (byWeight(x, top[max - 1]) < 0) {
      let i = max - 1;
      while (i > 0 && byWeight(x, top[i - 1]) < 0) i--;
      top.splice(i, 0, x);
      top.pop();
    }
  };
  return {
    scan(entities, from, to) {
      for (let i = from; i < to; i++) {
        const x = entities[i];
        if (x.type !== e.type || x.index === e.index) continue;
        const near = shared && (shared.test(x.canonical ?? '') || (x.aliases ?? []).some((a) => shared.test(a)));
        if (near) related.push(x);
        else keep(x);
      }
    },
    result() {
      related.sort(byWeight);
      if (related.length >= max) return related.slice(0, max);
      if (top.length < max) top.sort(byWeight);
      return [...related, ...top.slice(0, max - related.length)];
    },
  };
}

/**
 * Entities `e` may be merged with: the same type; those sharing a word with its names
 * first (the likely partners: باقري and محمد باقري), then the most mentioned; at most
 * `max` of them.
 */
export function mergeCandidates(e, entities, max = MAX_CHOICES) {
  const scan = candidateScan(e, max);
  scan.scan(entities, 0, entities.length);
  return scan.result();
}

const nextTask = () => new Promise((resolve) => setTimeout(resolve, 0));

/**
 * The same, `SLICE` rows per task so that opening the panel on 100k entities never
 * holds the page: null when `stop()` turned true between slices.
 */
export async function mergeCandidatesSliced(e, entities, { max = MAX_CHOICES, slice = SLICE, stop = () => false, yieldTask = nextTask } = {}) {
  const scan = candidateScan(e, max);
  for (let from = 0; from < entities.length; from += slice) {
    if (from > 0) {
      await yieldTask();
      if (stop()) return null;
    }
    scan.scan(entities, from, Math.min(entities.length, from + slice));
  }
  return scan.result();
}

/**
 * A select of the other entities of the type and a merge button. The panel shows at
 * once; the select is filled a slice at a time after it (see mergeCandidatesSliced) and
 * stays disabled until then. `done` (a promise) settles when it is filled.
 */
export function mergeControl(e, entities, { el, tr, onMerge }) {
  const select = el('select', { id: 'merge-with', 'aria-label': tr('panel.mergeWith'), disabled: true, 'aria-busy': 'true' },
    el('option', { value: '' }, tr('panel.mergeChoose')));
  const button = el('button', { type: 'button', id: 'merge-button', disabled: true, onclick: () => {
    const other = entities[Number(select.value)];
    if (other) onMerge(other);
  } }, tr('panel.merge'));
  select.addEventListener('change', () => {
    button.disabled = select.value === '';
  });
  const label = el('label', { for: 'merge-with' }, tr('panel.mergeWith'));
  // Not on the page yet on the first slice: stop only once it was shown and then left.
  let shown = false;
  const stop = () => {
    if (select.isConnected) shown = true;
    return shown && !select.isConnected;
  };
  const done = mergeCandidatesSliced(e, entities, { stop }).then((candidates) => {
    if (!candidates) return;
    select.removeAttribute('aria-busy');
    if (candidates.length === 0) {
      label.hidden = true;
      select.hidden = true;
      button.hidden = true;
      return;
    }
    select.append(...candidates.map((x) => el('option', { value: String(x.index) },
      x.english ? `${x.canonical} — ${x.english}` : x.canonical)));
    select.disabled = false;
  });
  return Object.assign([label, ' ', select, ' ', button], { done });
}
