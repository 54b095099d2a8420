// Map: the countries and cities the corpus mentions, shaded (countries) or sized
// (cities) by mentions. Borders are Natural Earth 1:110m (world-atlas), city positions
// SimpleMaps World Cities, both vendored in www/vendor/; d3-geo projects them.
// A country or city is matched to a corpus place by the gazetteer's English name.
import { el, svg, nameNode, nameOf, tableKeys } from './dom.js';
import { textWidth } from './graph.js';
import { formatCount } from '../i18n.js';

const W = 960;
const H = 540;
const ui = { focus: 'mentioned' };

export async function load() {
  const [geo, countries, cities] = await Promise.all([
    import('../vendor/d3-geo.js'),
    fetch(new URL('../vendor/countries-110m.json', import.meta.url)).then((r) => r.json()),
    fetch(new URL('../vendor/cities.json', import.meta.url)).then((r) => r.json()),
  ]);
  return { geo, countries: geo.feature(countries, countries.objects.countries).features, cities };
}

/** Light to dark blue by share of the most mentioned (log scale). */
function shade(n, max) {
  const t = Math.log1p(n) / Math.log1p(max);
  const a = [0xd6, 0xe8, 0xf7];
  const b = [0x0b, 0x3d, 0x75];
  return `rgb(${a.map((v, i) => Math.round(v + (b[i] - v) * t)).join(',')})`;
}

/** Corpus places (LOC rows) that are on the map: [{row, count, feature | city}]. */
export function placesOnMap(rows, countries, cities) {
  const byCountry = new Map(countries.map((f) => [f.properties.name, f]));
  const byCity = new Map(cities.map((c) => [c[0], c]));
  const out = [];
  for (const row of rows) {
    if (row.type !== 'LOC' || !row.english) continue;
    const count = (row.mentions ?? 0) + (row.adjective_mentions ?? 0);
    if (count === 0) continue;
    const feature = byCountry.get(row.english);
    const city = feature ? null : byCity.get(row.english);
    if (feature || city) out.push({ row, count, feature, city });
  }
  return out.sort((a, b) => b.count - a.count);
}

export function render(section, { geo, countries, cities }, ctx) {
  const { tr } = ctx;
  const lang = ctx.lang();
  const places = placesOnMap(ctx.table().entities, countries, cities);
  const byFeature = new Map(places.filter((p) => p.feature).map((p) => [p.feature, p]));
  const cityPlaces = places.filter((p) => p.city);
  const max = Math.max(1, ...places.filter((p) => p.feature).map((p) => p.count));
  const maxCity = Math.max(1, ...cityPlaces.map((p) => p.count));

  const projection = geo.geoNaturalEarth1();
  const focus = places.filter((p) => p.feature).map((p) => p.feature)
    .concat(cityPlaces.map((p) => ({ type: 'Feature', geometry: { type: 'Point', coordinates: [p.city[1], p.city[2]] } })));
  const fitTo = ui.focus === 'mentioned' && focus.length
    ? { type: 'FeatureCollection', features: focus }
    : { type: 'Sphere' };
  projection.fitExtent([[12, 12], [W - 12, H - 12]], fitTo);
  const path = geo.geoPath(projection);
  // Crop the frame to what was fitted (no empty band above and below).
  const [[bx0, by0], [bx1, by1]] = path.bounds(fitTo);
  const view = [Math.max(0, bx0 - 12), Math.max(0, by0 - 12), Math.min(W, bx1 + 12), Math.min(H, by1 + 12)];
  const label = (p) => `${nameOf(p.row, lang)} — ${tr('panel.mentionCount', { n: p.count })}`;

  const open = (ev) => {
    const node = ev.target.closest?.('[data-key]');
    if (node) ctx.openEntity(node.dataset.key);
  };
  const cityR = (p) => 3 + 5 * Math.sqrt(p.count / maxCity);
  const shownLabels = [];
  const labelFor = (p) => {
    const [x, y] = projection([p.city[1], p.city[2]]);
    const text = nameOf(p.row, lang);
    const box = { x0: x + cityR(p) + 2, x1: x + cityR(p) + 4 + textWidth(text), y0: y - 8, y1: y + 8 };
    if (box.x0 < view[0] || box.x1 > view[2] || box.y0 < view[1] || box.y1 > view[3]) return null;
    if (shownLabels.some((b) => b.x0 < box.x1 && box.x0 < b.x1 && b.y0 < box.y1 && box.y0 < b.y1)) return null;
    shownLabels.push(box);
    return svg('text', { x: box.x0.toFixed(1), y: (y + 4).toFixed(1) }, text);
  };
  const map = svg('svg', { viewBox: `${view[0].toFixed(0)} ${view[1].toFixed(0)} ${(view[2] - view[0]).toFixed(0)} ${(view[3] - view[1]).toFixed(0)}`, id: 'map-svg', role: 'group', 'aria-label': tr('map.label'),
    direction: 'ltr', 'font-family': 'system-ui, "Noto Sans Arabic", "DejaVu Sans", sans-serif' },
  svg('path', { d: path({ type: 'Sphere' }), fill: '#f4f8fb', stroke: '#c9d3de' }),
  svg('g', { class: 'countries', stroke: '#ffffff', 'stroke-width': 0.6 }, countries.map((f) => {
    const p = byFeature.get(f);
    return svg('path', {
      d: path(f), fill: p ? shade(p.count, max) : '#e3e7ec',
      class: p ? 'country mentioned' : 'country',
      tabindex: p ? '0' : null, role: p ? 'button' : null,
      'aria-label': p ? label(p) : null,
      dataset: p ? { key: p.row.key, name: f.properties.name } : { name: f.properties.name },
    }, svg('title', {}, p ? label(p) : `${f.properties.name} — ${tr('map.none')}`));
  })),
  svg('g', { class: 'cities', fill: '#d2452f', stroke: '#ffffff', 'stroke-width': 1 }, cityPlaces.map((p) => {
    const [x, y] = projection([p.city[1], p.city[2]]);
    return svg('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: cityR(p).toFixed(1), class: 'city', tabindex: '0',
      role: 'button', 'aria-label': label(p), dataset: { key: p.row.key, name: p.row.english } }, svg('title', {}, label(p)));
  })),
  svg('g', { class: 'labels', 'font-size': 12, fill: '#1d2330', stroke: '#ffffff', 'stroke-width': 3, 'paint-order': 'stroke',
    'pointer-events': 'none' }, cityPlaces.map(labelFor)));
  map.addEventListener('click', open);
  map.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' || ev.key === ' ') {
      ev.preventDefault();
      open(ev);
    }
  });

  const focusButtons = el('div', { class: 'segmented', role: 'group' }, [['mentioned', 'map.focusMentioned'], ['world', 'map.focusWorld']]
    .map(([v, k]) => el('button', { type: 'button', 'aria-pressed': String(ui.focus === v), dataset: { focus: v }, onclick: () => {
      ui.focus = v;
      render(section, { geo, countries, cities }, ctx);
    } }, tr(k))));

  const body = el('tbody', {}, places.map((p) => el('tr', { 'data-row': '', dataset: { key: p.row.key } },
    el('td', {}, el('button', { type: 'button', class: 'entity-link small', onclick: () => ctx.openEntity(p.row.key) },
      nameNode(p.row, lang))),
    el('td', {}, tr(p.feature ? 'map.country' : 'map.city')),
    el('td', { class: 'num' }, formatCount(lang, p.count)))));
  tableKeys(body);
  section.replaceChildren(
    el('div', { class: 'toolbar' }, focusButtons, el('p', { class: 'hint' }, tr('map.help'))),
    el('div', { class: 'map-stage' }, map),
    el('p', { class: 'credits' }, tr('map.credits')),
    el('h3', {}, tr('map.places')),
    el('div', { class: 'table-wrap' }, el('table', { class: 'entities places-table' },
      el('thead', {}, el('tr', {}, el('th', { scope: 'col' }, tr('col.canonical')), el('th', { scope: 'col' }, tr('map.kind')),
        el('th', { scope: 'col', class: 'num' }, tr('col.mentions')))), body)));
}
