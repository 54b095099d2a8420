// Article summaries: per article its main actors, places, dates and events.
import { el, nameNode, formatValue, articleLabel } from './dom.js';
import { whatOf, whenNode, readableGloss } from './events.js';
import { formatCount } from '../i18n.js';

const ui = { limit: 50 };

// The worker answers with the first `limit` summaries, how many there are, and the
// events of those articles: {total, summaries, events} (a large corpus has tens of
// thousands of each; the page receives what it shows).
export const load = (_get, ctx) => ctx.call('summaries', { limit: ui.limit });

export function render(section, { total, summaries, events }, ctx) {
  const { tr } = ctx;
  const lang = ctx.lang();
  const list = (refs) => refs.flatMap((r, i) => [i > 0 ? '، ' : null, nameNode(r, lang)]);
  const eventOf = new Map(events.map((e) => [`${e.document}:${e.index}`, e]));
  const chips = (refs) => (refs.length ? refs.map((r) => el('button', {
    type: 'button', class: `chip t-${r.type}`, onclick: () => ctx.openEntity(r.key),
  }, nameNode(r, lang), ' ', el('span', { class: 'count' }, formatCount(lang, r.mentions)))) : tr('sum.none'));
  // A large corpus has thousands of articles: draw the first ones, the rest on request.
  const more = total > summaries.length ? el('p', { class: 'more' }, el('button', { type: 'button', id: 'summaries-show-all',
    onclick: async () => {
      ui.limit = Infinity;
      render(section, await load(null, ctx), ctx);
    } }, tr('showAll', { n: total }))) : null;
  section.replaceChildren(...(summaries.length ? summaries.map((s) => el('article', { class: 'summary', dataset: { document: s.document } },
    el('h3', {}, el('button', { type: 'button', class: 'link', dir: 'auto', onclick: () => ctx.openArticle(s.document, null) },
      articleLabel(s))),
    s.date ? el('p', { class: 'date' }, el('time', { datetime: s.date }, formatValue(s.date, lang))) : null,
    el('dl', { class: 'facts' },
      el('dt', {}, tr('sum.actors')), el('dd', {}, chips(s.actors)),
      el('dt', {}, tr('sum.places')), el('dd', {}, chips(s.places)),
      el('dt', {}, tr('sum.dates')), el('dd', {}, s.dates.length
        ? s.dates.map((d) => el('span', { class: 'chip t-DATE', title: d.text }, el('bdi', { dir: 'auto' }, formatValue(d.value, lang))))
        : tr('sum.none')),
      el('dt', {}, tr('sum.events')), el('dd', {}, s.events.length ? el('ul', { class: 'sum-events' }, s.events.map((se) => {
        const e = eventOf.get(`${s.document}:${se.index}`);
        const line = lang === 'en' || !e
          ? el('span', { lang: 'en', dir: 'ltr' }, readableGloss(se.gloss))
          : el('span', {}, [list(e.participants.filter((p) => p.role === 'agent')), ' — ', whatOf(e, tr, lang),
            ...[e.participants.filter((p) => p.role === 'partner'), e.places].filter((l) => l.length).flatMap((l) => [' — ', list(l)]),
            e.when ? [' — ', whenNode(e.when, tr, lang)] : null]);
        return el('li', {}, el('button', { type: 'button', class: 'link', title: tr('ev.open'),
          onclick: () => e && ctx.openArticle(s.document, e.evidence_units) }, line));
      })) : tr('sum.none'))))).concat(more ? [more] : []) : [el('p', { class: 'empty' }, tr('views.empty'))]));
}
