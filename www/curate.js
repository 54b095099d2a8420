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

/**
 * Entities `e` may be merged with: the same type; those sharing a word with its names
 * first (the likely partners: باقري and محمد باقري), then the most mentioned; at most
 * MAX_CHOICES of them.
 */
export function mergeCandidates(e, entities, max = MAX_CHOICES) {
  const own = [...new Set(words(e))];
  // One whole-word test per name, no word lists made for 100k rows.
  const shared = own.length
    ? new RegExp(`(?:^|\\s)(?:${own.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|')})(?=\\s|$)`, 'u')
    : null;
  const related = [];
  const others = [];
  for (const x of entities) {
    if (x.type !== e.type || x.index === e.index) continue;
    const near = shared && (shared.test(x.canonical ?? '') || (x.aliases ?? []).some((a) => shared.test(a)));
    (near ? related : others).push(x);
  }
  const weight = (x) => (x.mentions ?? 0) + (x.adjective_mentions ?? 0);
  const byWeight = (a, b) => weight(b) - weight(a) || a.index - b.index;
  related.sort(byWeight);
  if (related.length >= max) return related.slice(0, max);
  // Only the heaviest few of the rest are needed: no full sort of 100k rows.
  const room = max - related.length;
  const top = [];
  for (const x of others) {
    if (top.length < room) {
      top.push(x);
      if (top.length === room) top.sort(byWeight);
    } else if (byWeight(x, top[room - 1]) < 0) {
      let i = room - 1;
      while (i > 0 && byWeight(x, top[i - 1]) < 0) i--;
      top.splice(i, 0, x);
      top.pop();
    }
  }
  if (top.length < room) top.sort(byWeight);
  return [...related, ...top];
}

/** A select of the other entities of the type and a merge button. */
export function mergeControl(e, entities, { el, tr, onMerge }) {
  const candidates = mergeCandidates(e, entities);
  if (candidates.length === 0) return [];
  const select = el('select', { id: 'merge-with', 'aria-label': tr('panel.mergeWith') },
    el('option', { value: '' }, tr('panel.mergeChoose')),
    candidates.map((x) => el('option', { value: String(x.index) },
      x.english ? `${x.canonical} — ${x.english}` : x.canonical)));
  const button = el('button', { type: 'button', id: 'merge-button', disabled: true, onclick: () => {
    const other = entities[Number(select.value)];
    if (other) onMerge(other);
  } }, tr('panel.merge'));
  select.addEventListener('change', () => {
    button.disabled = select.value === '';
  });
  return [el('label', { for: 'merge-with' }, tr('panel.mergeWith')), ' ', select, ' ', button];
}
