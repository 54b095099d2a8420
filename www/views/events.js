// Events: who — what — with whom — where — when, each with its evidence sentence.
// A row opens the article at that sentence; a name opens the entity.
import { el, nameNode, formatValue, tableKeys } from './dom.js';
import { normalizeArabic } from '../normalize.js';

const ui = { filter: '', statements: false };

export const load = (get) => get('events');

/** The "when" of an event for the reader, with how it was found. */
export function whenNode(when, tr, lang) {
  if (!when) return '';
  const shown = when.value ? formatValue(when.value, lang) : when.text;
  const notes = [];
  if (when.inferred) notes.push(tr('ev.inferred'));
  if (!when.value) notes.push(tr('ev.undated'));
  return el('span', { class: 'when' },
    el('bdi', { dir: 'auto', title: when.text }, shown),
    notes.length ? el('small', { class: 'note' }, ` (${notes.join(', ')})`) : null);
}

export function whatOf(event, tr, lang) {
  return lang === 'en' ? event.label : tr(`kind.${event.kind}`);
}

function names(list, ctx) {
  const lang = ctx.lang();
  return list.map((p, i) => [
    i > 0 ? '، ' : null,
    el('button', { type: 'button', class: `entity-link small t-${p.type}`, dataset: { key: p.key },
      onclick: (ev) => {
        ev.stopPropagation();
        ctx.openEntity(p.key);
      } }, nameNode(p, lang), p.from_context ? el('sup', { title: ctx.tr('ev.context') }, '*') : null),
  ]);
}

function searchText(e) {
  return normalizeArabic([...e.participants, ...e.places, e.name].filter(Boolean)
    .flatMap((p) => [p.canonical, p.english]).concat([e.gloss, e.label]).filter(Boolean).join(' '));
}

export function render(section, events, ctx) {
  const { tr } = ctx;
  const lang = ctx.lang();
  const docs = ctx.table().documents;
  const keys = events.map(searchText);

  const body = el('tbody');
  const count = el('p', { class: 'count', role: 'status' });
  const draw = () => {
    const needle = normalizeArabic(ui.filter);
    const rows = events.filter((e, i) => (ui.statements || (e.kind !== 'statement'))
      && (!needle || keys[i].includes(needle)));
    count.textContent = tr('ev.count', { n: rows.length });
    body.replaceChildren(...rows.flatMap((e) => {
      const open = () => ctx.openArticle(e.document, e.evidence_units);
      const doc = docs[e.document];
      const agents = e.participants.filter((p) => p.role === 'agent');
      const partners = e.participants.filter((p) => p.role === 'partner');
      return [
        el('tr', { class: `event k-${e.kind}`, tabindex: '0', 'data-row': '', dataset: { document: e.document, index: e.index },
          onclick: open, title: tr('ev.open') },
        el('td', { class: 'who' }, names(agents, ctx)),
        el('td', { class: 'what' }, el('span', { class: 'kind' }, whatOf(e, tr, lang)),
          e.name ? [' ', el('span', { class: 'event-name' }, '(', nameNode(e.name, lang), ')')] : null),
        el('td', { class: 'whom' }, names(partners, ctx)),
        el('td', { class: 'where' }, names(e.places, ctx)),
        el('td', { class: 'when-cell' }, whenNode(e.when, tr, lang)),
        el('td', { class: 'doc' }, el('button', { type: 'button', class: 'link', dir: 'auto', onclick: (ev) => {
          ev.stopPropagation();
          open();
        } }, doc?.title || doc?.name || String(e.document)))),
        el('tr', { class: 'evidence', onclick: open },
          el('td', { colspan: 6 },
            lang === 'en' ? el('p', { class: 'gloss', lang: 'en', dir: 'ltr' }, e.gloss) : null,
            el('p', { class: 'sentence', lang: 'ar', dir: 'rtl' }, e.evidence_text))),
      ];
    }));
  };

  const filter = el('input', { type: 'search', class: 'view-filter', dir: 'auto', value: ui.filter,
    placeholder: tr('ev.filter'), 'aria-label': tr('ev.filter'),
    oninput: (ev) => {
      ui.filter = ev.target.value;
      draw();
    } });
  const statements = el('label', { class: 'check' },
    el('input', { type: 'checkbox', id: 'events-statements', checked: ui.statements, onchange: (ev) => {
      ui.statements = ev.target.checked;
      draw();
    } }), ' ', tr('ev.statements'));

  const head = el('thead', {}, el('tr', {}, ['ev.who', 'ev.what', 'ev.whom', 'ev.where', 'ev.when', 'ev.article']
    .map((k) => el('th', { scope: 'col' }, tr(k)))));
  const table = el('table', { class: 'entities events-table', id: 'events-table' }, head, body);
  tableKeys(body, (row) => row.click());
  draw();
  section.replaceChildren(
    el('div', { class: 'toolbar' }, filter, statements, count),
    events.length ? el('div', { class: 'table-wrap' }, table) : el('p', { class: 'empty' }, tr('views.empty')));

}
