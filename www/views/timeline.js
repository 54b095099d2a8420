// Timeline: dated events and dated mentions, grouped by year and month, oldest or
// newest first (a news corpus also names 1215 and 1988: its own days come last in
// time order); every item links to its sentence in the article.
import { el, nameNode, formatValue, articleLabel } from './dom.js';
import { whatOf, readableGloss } from './events.js';

const ui = { eventsOnly: false, newest: false, limit: 300 };

/** The groups in the order asked: newest first reverses groups and items, the group with no year stays last. */
export function ordered(groups, newest) {
  if (!newest) return groups;
  const dated = groups.filter((g) => g.year);
  return [...dated.reverse().map((g) => ({ ...g, items: [...g.items].reverse() })), ...groups.filter((g) => !g.year)];
}

export const load = (get) => get('timeline');

function groupTitle(g, tr, lang) {
  if (!g.year) return tr('tl.undated');
  if (!g.month) return `${formatValue(g.year, lang)} (${tr('tl.yearOnly')})`;
  return formatValue(`${g.year}-${g.month}`, lang);
}

export function render(section, groups, ctx) {
  const { tr } = ctx;
  const lang = ctx.lang();
  const docs = ctx.table().documents;
  const list = el('div', { class: 'timeline' });
  const draw = () => {
    // A large corpus has thousands of items: draw the first ones, the rest on request.
    let budget = ui.limit;
    let total = 0;
    const nodes = ordered(groups, ui.newest).flatMap((g) => {
      const all = g.items.filter((i) => !ui.eventsOnly || i.type === 'event');
      total += all.length;
      const items = all.slice(0, Math.max(0, budget));
      budget -= items.length;
      if (items.length === 0) return [];
      return el('section', { class: 'tl-group', dataset: { year: g.year ?? '', month: g.month ?? '' } },
        el('h3', {}, groupTitle(g, tr, lang), ' ', el('span', { class: 'count' }, tr('tl.items', { n: all.length }))),
        el('ol', { class: 'tl-items' }, items.map((i) => {
          const doc = docs[i.document_index];
          const open = () => ctx.openArticle(i.document_index, i.sentence_units);
          return el('li', { class: `tl-item ${i.type}` },
            el('div', { class: 'tl-date' }, el('bdi', { dir: 'auto', title: i.text }, formatValue(i.value, lang)),
              i.inferred ? el('small', { class: 'note' }, ` (${tr('ev.inferred')})`) : null),
            el('div', { class: 'tl-body' },
              i.event
                ? el('p', { class: 'tl-what' }, el('span', { class: `kind k-${i.event.kind}` }, whatOf(i.event, tr, lang)),
                  lang === 'en' ? [' — ', el('span', { lang: 'en' }, readableGloss(i.event.gloss))] : null)
                : null,
              el('p', { class: 'tl-entities' }, i.entities.map((e) => el('button', {
                type: 'button', class: `chip t-${e.type}`, onclick: () => ctx.openEntity(e.key),
              }, nameNode(e, lang)))),
              el('button', { type: 'button', class: 'sentence-link', dir: 'rtl', lang: 'ar', title: tr('ev.open'), onclick: open },
                i.evidence_text),
              el('p', { class: 'tl-doc' }, el('bdi', { dir: 'auto' }, articleLabel(doc) || i.document))));
        })));
    });
    if (total > ui.limit) {
      nodes.push(el('p', { class: 'more' }, el('button', { type: 'button', id: 'timeline-show-all', onclick: () => {
        ui.limit = Infinity;
        draw();
      } }, tr('showAll', { n: total }))));
    }
    list.replaceChildren(...nodes);
  };
  const mode = el('div', { class: 'segmented', role: 'group' },
    [['tl.all', false], ['tl.events', true]].map(([k, v]) => el('button', {
      type: 'button', 'aria-pressed': String(ui.eventsOnly === v), onclick: () => {
        ui.eventsOnly = v;
        for (const b of mode.children) b.setAttribute('aria-pressed', String(b === mode.children[v ? 1 : 0]));
        draw();
      },
    }, tr(k))));
  const order = el('div', { class: 'segmented', role: 'group', id: 'timeline-order' },
    [['tl.oldest', false], ['tl.newest', true]].map(([k, v]) => el('button', {
      type: 'button', 'aria-pressed': String(ui.newest === v), dataset: { newest: String(v) }, onclick: () => {
        ui.newest = v;
        for (const b of order.children) b.setAttribute('aria-pressed', String(b === order.children[v ? 1 : 0]));
        draw();
      },
    }, tr(k))));
  draw();
  section.replaceChildren(el('div', { class: 'toolbar' }, mode, order),
    groups.length ? list : el('p', { class: 'empty' }, tr('views.empty')));
}
