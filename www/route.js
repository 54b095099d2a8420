// The URL hash <-> what the page shows, so a view, an entity or an article (at a
// sentence) can be linked to, and back/forward work.
//   #view=graph
//   #view=entities&entity=Q794               (an entity's key: stable across reloads)
//   #view=articles&article=003_x.txt&at=349-592   (UTF-16 offsets of a sentence)
export const VIEWS = ['entities', 'articles', 'events', 'timeline', 'graph', 'map', 'summaries'];

/** {view, entity, article, at: {start, end} | null} from a location hash. */
export function parseHash(hash) {
  const params = new URLSearchParams(String(hash ?? '').replace(/^#/, ''));
  const view = VIEWS.includes(params.get('view')) ? params.get('view') : null;
  const m = /^(\d+)-(\d+)$/.exec(params.get('at') ?? '');
  const at = m && Number(m[1]) <= Number(m[2]) ? { start: Number(m[1]), end: Number(m[2]) } : null;
  return { view, entity: params.get('entity') || null, article: params.get('article') || null, at };
}

/** The hash for a route; parts that are null are left out. */
export function formatHash({ view, entity, article, at }) {
  const params = new URLSearchParams();
  if (view) params.set('view', view);
  if (entity) params.set('entity', entity);
  if (article) params.set('article', article);
  if (article && at) params.set('at', `${at.start}-${at.end}`);
  return `#${params}`;
}
