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

/** Entities `e` may be merged with: the same type, most mentioned first. */
export function mergeCandidates(e, entities) {
  return entities.filter((x) => x.type === e.type && x.index !== e.index)
    .sort((a, b) => (b.mentions + b.adjective_mentions) - (a.mentions + a.adjective_mentions)
      || a.canonical.localeCompare(b.canonical));
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
