// Events: who — what — with whom — where — when, each with its evidence sentence.
// A row opens the article at that sentence; a name opens the entity.
import { el, nameNode, formatValue, tableKeys, articleLabel } from './dom.js';
import { normalizeArabic } from '../normalize.js';
import { STRINGS } from '../i18n.js';

// Rows drawn before "show all": each is two table rows with an Arabic sentence, and
// layout is the cost; 200 made a keystroke in the filter take 100–600 ms on 929 events.
const SHOWN = 50;
// Rows drawn in the task of a keystroke; the rest of SHOWN follow in a later task (a
// newer keystroke cancels them), so the first rows answer while the reader types.
const FIRST = 12;
const ui = { filter: '', statements: false, limit: SHOWN };

// The events stay in the worker (50,000 at full corpus): the view asks it for the rows
// a filter keeps, the first `limit` of them, as {total, matched, rows}.
const query = (ctx) => ctx.call('events', {
  filter: ui.filter, statements: ui.statements, limit: ui.limit, lang: ctx.lang(), kinds: kindWords(ctx.tr),
});

/** Each event kind's word in the page's language, normalized: the filter finds "visit". */
function kindWords(tr) {
  const kinds = Object.keys(STRINGS.en).filter((k) => k.startsWith('kind.')).map((k) => k.slice(5));
  return Object.fromEntries(kinds.map((k) => [k, normalizeArabic(tr(`kind.${k}`))]));
}

export const load = (_get, ctx) => query(ctx);

const UNITS = { الاسبوع: 'week', الشهر: 'month', العام: 'year', السنه: 'year' };
const SHIFTS = [
  [/^(الماضي|الماضيه|المنصرم|المنصرمه|السابق)$/, 'last'],
  [/^(المقبل|المقبله|القادم|القادمه)$/, 'next'],
  [/^(الجاري|الجاريه|الحالي|الحاليه)$/, 'this'],
];

/**
 * English for the relative words the core resolves (أمس, اليوم, غدا, الأسبوع الماضي,
 * العام المقبل…), for a reader with no Arabic; null for anything else.
 */
export function relativeEnglish(text) {
  const words = normalizeArabic(text).split(' ').map((w) => w.replace(/^[وفبل](?=ال|امس|غدا)/, ''));
  const joined = words.join(' ');
  if (joined === 'امس') return 'yesterday';
  if (joined === 'اول امس') return 'the day before yesterday';
  if (joined === 'اليوم') return 'today';
  if (joined === 'غدا') return 'tomorrow';
  const unit = UNITS[words[0]];
  const shift = SHIFTS.find(([re]) => re.test(words[1] ?? ''))?.[1];
  return words.length === 2 && unit && shift ? `${shift} ${unit}` : null;
}

/** The "when" of an event for the reader, with how it was found. */
export function whenNode(when, tr, lang) {
  if (!when) return '';
  const english = lang === 'en' && !when.value ? relativeEnglish(when.text) : null;
  const shown = when.value ? formatValue(when.value, lang) : (english ?? when.text);
  const notes = [];
  if (when.inferred) notes.push(tr('ev.inferred'));
  if (!when.value) notes.push(tr('ev.undated'));
  return el('span', { class: 'when' },
    el('bdi', { dir: 'auto', title: when.text }, shown),
    notes.length ? el('small', { class: 'note' }, ` (${notes.join(lang === 'ar' ? '، ' : ', ')})`) : null);
}

/**
 * The core's English line with its date written out (in --11 -> in November, in
 * 2022-05 -> in May 2022, on --10-05 -> on 5 October) and an unresolved relative word in
 * English ((أمس) -> (yesterday)); other Arabic words are left as written. A day reads
 * "on", a month or a year "in", whichever the line said.
 */
export function readableGloss(gloss) {
  return String(gloss ?? '')
    .replace(/ (?:on|in) ((?:\d{4}|-)-?[-\d/]*)$/, (_, v) => {
      const day = /^(?:\d{4}|-)-\d{2}-\d{2}(?:\/|$)/.test(v);
      return ` ${day ? 'on' : 'in'} ${formatValue(v, 'en')}`;
    })
    .replace(/ \(([^()]+)\)$/, (all, w) => {
      const english = relativeEnglish(w);
      return english ? ` (${english})` : all;
    });
}

export function whatOf(event, tr, lang) {
  if (lang !== 'en') return tr(`kind.${event.kind}`);
  // A last preposition waits for its object in the columns after it: "agreed with" +
  // With whom, "arrived in" + Where. With that column empty it goes ("agreed"). (The
  // timeline's events carry no columns: their label stays whole, beside the whole line.)
  const m = /^(.+) (with|to|in)$/.exec(event.label ?? '');
  if (!m || !Array.isArray(event.participants)) return event.label;
  // What one takes part in is the event's own name, shown right after the label.
  if (event.kind === 'participation' && event.name) return event.label;
  const object = m[2] === 'with'
    ? event.participants.some((p) => p.role === 'partner')
    : (event.places ?? []).length > 0;
  return object ? event.label : m[1];
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

/**
 * An event's filter key in any language: the matching form of its names (Arabic and
 * English), its English line and label. The worker makes it (off the page's thread);
 * the page adds the kind's word in the page's language.
 */
export function eventSearchKey(e) {
  return normalizeArabic([...e.participants, ...e.places, e.name].filter(Boolean)
    .flatMap((p) => [p.canonical, p.english]).concat([e.gloss, e.label]).filter(Boolean).join(' '));
}

/**
 * The events a filter keeps, as indices into `events`: every word typed must occur in
 * the event's search key (`keyOf(i)`, normalized), statements only when asked. A query
 * that narrows the one before (each earlier word inside a word now typed: م -> مح ->
 * محمد, or a word added) scans only the events the one before kept, so typing a word
 * scans the whole corpus once, at its first letter.
 */
export function eventMatcher(events, keyOf) {
  let last = null; // { words, statements, hits }
  return (filter, statements) => {
    const words = normalizeArabic(filter).split(' ').filter(Boolean);
    const narrows = last && last.statements === statements
      && last.words.every((w) => words.some((v) => v.includes(w)));
    const from = narrows ? last.hits : null;
    const keep = (i) => (statements || events[i].kind !== 'statement')
      && (!words.length || words.every((w) => keyOf(i).includes(w)));
    const hits = [];
    if (from) {
      for (const i of from) if (keep(i)) hits.push(i);
    } else {
      for (let i = 0; i < events.length; i++) if (keep(i)) hits.push(i);
    }
    last = { words, statements, hits };
    return hits;
  };
}

export function render(section, loaded, ctx) {
  const { tr } = ctx;
  const lang = ctx.lang();
  const docs = ctx.table().documents;

  const body = el('tbody');
  const count = el('p', { class: 'count', role: 'status' });
  let drawing = 0; // the draw whose answer and later rows may still come
  // While the worker answers a filter, the section says so (data-busy; tests wait on it).
  const draw = (answer) => {
    const mine = ++drawing;
    if (!answer) {
      section.dataset.busy = 'true';
      query(ctx).then((a) => mine === drawing && show(a, mine), (e) => {
        if (mine !== drawing) return;
        count.textContent = String(e.message ?? e);
        section.dataset.busy = 'false';
      });
    } else {
      show(answer, mine);
    }
  };
  const show = ({ matched, rows }, mine) => {
    count.textContent = tr('ev.count', { n: matched });
    // Thousands of rows make typing slow: draw the first ones, the rest on request.
    const more = matched > ui.limit ? el('tr', { class: 'more' }, el('td', { colspan: 6 }, el('button', {
      type: 'button', id: 'events-show-all', onclick: () => {
        ui.limit = Infinity;
        draw();
      } }, tr('showAll', { n: matched })))) : null;
    const rowsOf = (e) => {
      const open = () => ctx.openArticle(e.document, e.evidence_units);
      const doc = docs[e.document];
      const agents = e.participants.filter((p) => p.role === 'agent');
      const partners = e.participants.filter((p) => p.role === 'partner');
      return [
        el('tr', { class: `event k-${e.kind}`, tabindex: '0', 'data-row': '', dataset: { document: e.document, index: e.index },
          onclick: open, title: tr('ev.open') },
        el('td', { class: 'who', dataset: { label: tr('ev.who') } }, names(agents, ctx)),
        el('td', { class: 'what', dataset: { label: tr('ev.what') } }, el('span', { class: 'kind' }, whatOf(e, tr, lang)),
          e.name ? [' ', el('span', { class: 'event-name' }, '(', nameNode(e.name, lang), ')')] : null),
        el('td', { class: 'whom', dataset: { label: tr('ev.whom') } }, names(partners, ctx)),
        el('td', { class: 'where', dataset: { label: tr('ev.where') } }, names(e.places, ctx)),
        el('td', { class: 'when-cell', dataset: { label: tr('ev.when') } }, whenNode(e.when, tr, lang)),
        el('td', { class: 'doc', dataset: { label: tr('ev.article') } }, el('button', { type: 'button', class: 'link', dir: 'auto', title: doc?.name, onclick: (ev) => {
          ev.stopPropagation();
          open();
        } }, articleLabel(doc) || String(e.document)))),
        el('tr', { class: 'evidence', onclick: open },
          el('td', { colspan: 6 },
            lang === 'en' ? el('p', { class: 'gloss', lang: 'en', dir: 'ltr' }, readableGloss(e.gloss)) : null,
            el('p', { class: 'sentence', lang: 'ar', dir: 'rtl' }, e.evidence_text))),
      ];
    };
    const first = rows.length > FIRST && ui.limit === SHOWN ? FIRST : rows.length;
    body.replaceChildren(...rows.slice(0, first).flatMap(rowsOf), ...(more && first === rows.length ? [more] : []));
    if (first < rows.length) {
      // The rest after the frame that shows the first rows, unless another draw came.
      requestAnimationFrame(() => setTimeout(() => {
        if (mine !== drawing) return;
        body.append(...rows.slice(first).flatMap(rowsOf), ...(more ? [more] : []));
        section.dataset.busy = 'false';
      }, 0));
    } else {
      section.dataset.busy = 'false';
    }
  };
  const filter = el('input', { type: 'search', class: 'view-filter', dir: 'auto', value: ui.filter,
    placeholder: tr('ev.filter'), 'aria-label': tr('ev.filter'),
    oninput: (ev) => {
      ui.filter = ev.target.value;
      ui.limit = SHOWN;
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
  draw(loaded);
  section.replaceChildren(
    el('div', { class: 'toolbar' }, filter, statements, count),
    el('p', { class: 'hint' }, tr('ev.contextNote')),
    loaded.total ? el('div', { class: 'table-wrap' }, table) : el('p', { class: 'empty' }, tr('views.empty')));
}
