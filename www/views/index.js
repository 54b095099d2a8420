// The relation views (events, timeline, graph, map, summaries). Their data is asked of
// the worker only when one of them is opened, and kept until the corpus changes, so
// the page is ready as soon as the entity table is.
//
// ctx (from app.js): {call(op), tr(key, vars), lang(), table(), openEntity(key),
//                     openArticle(documentIndex, {start, end}), selected() -> key}
import { el } from './dom.js';

const MODULES = {
  events: () => import('./events.js'),
  timeline: () => import('./timeline.js'),
  graph: () => import('./graph.js'),
  map: () => import('./map.js'),
  summaries: () => import('./summaries.js'),
};

export const RELATION_VIEWS = Object.keys(MODULES);

export function createViews(ctx) {
  let cache = new Map(); // op -> Promise of the worker's answer
  let generation = 0;
  let shown = null;
  let version = 0;          // bumped when the corpus changes
  const drawn = new Map();  // view -> `${version}|${lang}` of what its section shows

  const load = (op) => {
    if (!cache.has(op)) {
      const p = ctx.call(op);
      p.catch(() => cache.delete(op));
      cache.set(op, p);
    }
    return cache.get(op);
  };

  async function show(view) {
    shown = view;
    if (!MODULES[view]) return;
    const section = document.getElementById(`view-${view}`);
    // Drawn already from the same corpus in the same language: shown as it was left
    // (its filter, its scroll, the graph's layout), not drawn again.
    const as = `${version}|${ctx.lang()}`;
    if (section.dataset.ready === 'true' && drawn.get(view) === as) {
      generation++;
      return;
    }
    const mine = ++generation;
    if (!section.firstChild) section.append(el('p', { class: 'empty' }, ctx.tr('views.loading')));
    const mod = await MODULES[view]();
    if (mine !== generation) return;
    const data = await mod.load(load, ctx); // events: asked of the worker filter by filter
    if (mine !== generation) return;
    await mod.render(section, data, ctx);
    drawn.set(view, as);
    section.dataset.ready = 'true';
  }

  return {
    isRelationView: (view) => view in MODULES,
    show,
    /** The corpus changed: forget the data; redraw the view on screen. */
    invalidate() {
      cache = new Map();
      version++;
      for (const v of RELATION_VIEWS) delete document.getElementById(`view-${v}`).dataset.ready;
      if (shown && MODULES[shown]) show(shown);
    },
    /** The entity open in the panel (or none): its node is ringed in the graph. */
    markEntity(key) {
      for (const n of document.querySelectorAll('#graph-svg circle.node')) n.classList.toggle('selected', n.dataset.key === key);
    },
    /** The language changed: redraw the view on screen. */
    rerender() {
      if (shown && MODULES[shown]) show(shown);
    },
    hide() {
      shown = null;
      generation++;
    },
  };
}
