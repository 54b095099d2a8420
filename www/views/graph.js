// Co-occurrence graph: entities named in the same sentence. Nodes coloured by type and
// sized by mentions, edges as wide as the sentences shared; filter by type and by a
// minimum weight; click (or Enter on) a node to open the entity; export SVG or PNG.
// The layout is d3-force (vendored), run to rest before drawing: no animation.
import { el, svg, nameOf, download } from './dom.js';

export const COLOURS = {
  PER: { fill: '#f3b85e', stroke: '#7a4b00' },
  LOC: { fill: '#74b3ea', stroke: '#0b4a86' },
  ORG: { fill: '#a992f2', stroke: '#47308f' },
  EVENT: { fill: '#f291a8', stroke: '#8f1f3c' },
};
const TYPES = Object.keys(COLOURS);
// The layout's frame, in SVG units, scaled to the stage's width: wide on a desktop; on
// a phone a portrait one (at 390 px the wide frame drew its 12-unit labels 4.5 px high).
let W = 960;
let H = 640;
const PHONE = '(max-width: 600px)';
function chooseFrame() {
  [W, H] = globalThis.matchMedia?.(PHONE).matches ? [440, 620] : [960, 640];
}
const FONT = 'system-ui, "Noto Sans Arabic", "DejaVu Sans", sans-serif';

const ui = { types: new Set(TYPES), minWeight: null };

export const load = (get) => get('graph');

// Area by mentions, relative to the most mentioned node drawn (set before each drawing).
let mostMentions = 1;
const radius = (n) => 4 + 18 * Math.sqrt(n.mentions / mostMentions);

/**
 * Nodes and edges left by the filters: edges between the chosen types at or above the
 * weight, among the `maxNodes` most mentioned of their nodes (a layout of thousands of
 * nodes is slow and unreadable); nodes with no edge left are dropped.
 */
export function filterGraph(graph, types, minWeight, maxNodes = Infinity) {
  const byKey = new Map(graph.nodes.map((n) => [n.key, n]));
  let edges = graph.edges.filter((e) => e.weight >= minWeight
    && types.has(byKey.get(e.source)?.type) && types.has(byKey.get(e.target)?.type));
  let used = new Set(edges.flatMap((e) => [e.source, e.target]));
  let nodes = graph.nodes.filter((n) => used.has(n.key));
  const capped = nodes.length > maxNodes;
  if (capped) {
    const kept = new Set([...nodes].sort((a, b) => b.mentions - a.mentions || (a.key < b.key ? -1 : 1))
      .slice(0, maxNodes).map((n) => n.key));
    edges = edges.filter((e) => kept.has(e.source) && kept.has(e.target));
    used = new Set(edges.flatMap((e) => [e.source, e.target]));
    nodes = nodes.filter((n) => used.has(n.key));
  }
  return { nodes, edges, capped };
}

/** The lowest minimum weight that leaves at most 250 links (1 for small graphs, else at least 2). */
export function defaultWeight(edges) {
  let w = edges.filter((e) => e.weight >= 2).length >= 40 ? 2 : 1;
  while (edges.filter((e) => e.weight >= w).length > 250) w++;
  return w;
}

let measurer = null;
/** Width in px of a label at 12px in the graph's font. */
export function textWidth(text) {
  measurer ??= document.createElement('canvas').getContext('2d');
  measurer.font = `12px ${FONT}`;
  return measurer.measureText(text).width;
}

const MAX_LABELS = 45;
/** The most mentioned nodes drawn at most (raise the minimum weight to see others). */
const MAX_NODES = 150;

/**
 * Labels for the most mentioned nodes first, each beside its node (right, left, below
 * or above), skipping a label that would overlap one already placed or leave the frame.
 */
function placeLabels(nodes, lang) {
  const boxes = [];
  const out = [];
  for (const n of [...nodes].sort((a, b) => b.mentions - a.mentions)) {
    if (out.length >= MAX_LABELS) break;
    const text = nameOf(n, lang);
    const w = textWidth(text) + 2;
    const r = radius(n);
    const candidates = [
      { x0: n.x + r + 3, y0: n.y - 8, anchor: 'start' },
      { x0: n.x - r - 3 - w, y0: n.y - 8, anchor: 'end' },
      { x0: n.x - w / 2, y0: n.y + r + 1, anchor: 'middle' },
      { x0: n.x - w / 2, y0: n.y - r - 17, anchor: 'middle' },
    ].map((c) => ({ ...c, x1: c.x0 + w, y1: c.y0 + 16 }));
    const free = (b) => b.x0 >= 0 && b.x1 <= W && b.y0 >= 0 && b.y1 <= H
      && !boxes.some((o) => o.x0 < b.x1 && b.x0 < o.x1 && o.y0 < b.y1 && b.y0 < o.y1);
    const clear = (b) => !nodes.some((m) => m !== n && m.x + radius(m) > b.x0 && m.x - radius(m) < b.x1
      && m.y + radius(m) > b.y0 && m.y - radius(m) < b.y1);
    // Rather beside no other node; else over one.
    const box = candidates.find((b) => free(b) && clear(b)) ?? candidates.find(free);
    if (!box) continue;
    boxes.push(box);
    const x = box.anchor === 'start' ? box.x0 : box.anchor === 'end' ? box.x1 : (box.x0 + box.x1) / 2;
    out.push({ n, text, x, y: box.y0 + 12, anchor: box.anchor });
  }
  return out;
}

async function layout(nodes, edges) {
  const d3 = await import('../vendor/d3-force.js');
  const sim = d3.forceSimulation(nodes)
    .force('link', d3.forceLink(edges).id((n) => n.key).distance(70).strength((e) => Math.min(1, 0.15 + 0.1 * e.weight)))
    .force('charge', d3.forceManyBody().strength(-160))
    .force('collide', d3.forceCollide((n) => radius(n) + 3))
    .force('x', d3.forceX(W / 2).strength(0.06))
    .force('y', d3.forceY(H / 2).strength(0.09))
    .stop();
  for (let i = 0; i < 300; i++) sim.tick();
  // Fit into the frame.
  const pad = 30;
  const xs = nodes.map((n) => n.x);
  const ys = nodes.map((n) => n.y);
  const [x0, x1, y0, y1] = [Math.min(...xs), Math.max(...xs), Math.min(...ys), Math.max(...ys)];
  // Each axis on its own: the cloud is round, the frame is wide.
  const kx = Math.min(2, (W - 2 * pad - 160) / Math.max(1, x1 - x0));
  const ky = Math.min(2, (H - 2 * pad) / Math.max(1, y1 - y0));
  for (const n of nodes) {
    n.x = W / 2 + (n.x - (x0 + x1) / 2) * kx;
    n.y = H / 2 + (n.y - (y0 + y1) / 2) * ky;
  }
}

function drawSvg(nodes, edges, ctx) {
  const lang = ctx.lang();
  const selected = ctx.selected?.();
  const maxW = Math.max(1, ...edges.map((e) => e.weight));
  const root = svg('svg', { viewBox: `0 0 ${W} ${H}`, width: W, height: H, id: 'graph-svg', role: 'group',
    'aria-label': ctx.tr('graph.label'), 'font-family': FONT, direction: 'ltr' },
  svg('rect', { width: W, height: H, fill: '#ffffff' }),
  svg('g', { class: 'edges', stroke: '#8a94a6', 'stroke-linecap': 'round' }, edges.map((e) => svg('line', {
    x1: e.source.x.toFixed(1), y1: e.source.y.toFixed(1), x2: e.target.x.toFixed(1), y2: e.target.y.toFixed(1),
    'stroke-width': (0.8 + 4 * Math.sqrt(e.weight / maxW)).toFixed(2),
    'stroke-opacity': (0.25 + 0.5 * (e.weight / maxW)).toFixed(2),
    dataset: { source: e.source.key, target: e.target.key, weight: e.weight, documents: e.documents },
  }, svg('title', {}, ctx.tr('graph.edge', { a: nameOf(e.source, lang), b: nameOf(e.target, lang), n: e.weight }))))),
  svg('g', { class: 'nodes' }, nodes.map((n) => svg('circle', {
    cx: n.x.toFixed(1), cy: n.y.toFixed(1), r: radius(n).toFixed(1),
    fill: COLOURS[n.type].fill, stroke: COLOURS[n.type].stroke, 'stroke-width': 1.2,
    tabindex: '0', role: 'button', class: n.key === selected ? 'node selected' : 'node', 'aria-label': `${nameOf(n, lang)} (${ctx.tr(`one.${n.type}`)})`,
    dataset: { key: n.key, type: n.type },
  }, svg('title', {}, `${nameOf(n, lang)} · ${n.english && lang !== 'en' ? n.english : n.canonical} · ${ctx.tr('panel.mentionCount', { n: n.mentions })}`)))),
  svg('g', { class: 'labels', 'font-size': 12, fill: '#1d2330', stroke: '#ffffff', 'stroke-width': 3,
    'paint-order': 'stroke', 'pointer-events': 'none' },
  placeLabels(nodes, lang).map((l) => svg('text', { x: l.x.toFixed(1), y: l.y.toFixed(1), 'text-anchor': l.anchor,
    'data-key': l.n.key }, l.text))));
  const open = (ev) => {
    const node = ev.target.closest?.('circle.node');
    if (node) ctx.openEntity(node.dataset.key);
  };
  root.addEventListener('click', open);
  root.addEventListener('keydown', (ev) => {
    if (ev.key === 'Enter' || ev.key === ' ') {
      ev.preventDefault();
      open(ev);
    }
  });
  return root;
}

function serialize(root) {
  const copy = root.cloneNode(true);
  copy.setAttribute('xmlns', 'http://www.w3.org/2000/svg');
  for (const n of copy.querySelectorAll('[tabindex]')) n.removeAttribute('tabindex');
  return `<?xml version="1.0" encoding="UTF-8"?>\n${new XMLSerializer().serializeToString(copy)}`;
}

async function toPng(root) {
  const img = new Image();
  img.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(serialize(root))}`;
  await img.decode();
  const canvas = document.createElement('canvas');
  canvas.width = W * 2;
  canvas.height = H * 2;
  const g = canvas.getContext('2d');
  g.scale(2, 2);
  g.drawImage(img, 0, 0, W, H);
  return new Promise((resolve, reject) => canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('PNG export failed'))), 'image/png'));
}

export async function render(section, graph, ctx) {
  const { tr } = ctx;
  const maxWeight = Math.max(1, ...graph.edges.map((e) => e.weight));
  // Start dense corpora at the weight that leaves a readable number of links.
  // Start at the lowest weight that leaves a readable number of links (at least 2 once
  // there are 40 links of weight 2 or more).
  if (ui.minWeight == null) ui.minWeight = defaultWeight(graph.edges);
  const stage = el('div', { class: 'graph-stage' });
  const stats = el('p', { class: 'count', role: 'status' });
  let current = null;
  const draw = async () => {
    const { nodes, edges, capped } = filterGraph(graph, ui.types, ui.minWeight, MAX_NODES);
    const n2 = nodes.map((n) => ({ ...n }));
    const e2 = edges.map((e) => ({ ...e }));
    mostMentions = Math.max(1, ...n2.map((n) => n.mentions));
    chooseFrame();
    if (n2.length) await layout(n2, e2);
    stats.textContent = tr('graph.stats', { nodes: n2.length, edges: e2.length })
      + (capped ? ` ${tr('graph.capped', { n: MAX_NODES })}` : '');
    current = n2.length ? drawSvg(n2, e2, ctx) : null;
    stage.replaceChildren(current ?? el('p', { class: 'empty' }, tr('views.empty')));
  };
  const types = el('fieldset', { class: 'types' }, el('legend', {}, tr('graph.types')), TYPES.map((ty) => el('label', {
    class: `check chip t-${ty}` }, el('input', { type: 'checkbox', checked: ui.types.has(ty), dataset: { type: ty }, onchange: (ev) => {
    if (ev.target.checked) ui.types.add(ty);
    else ui.types.delete(ty);
    draw();
  } }), ' ', tr(`type.${ty}`))));
  // Drawn as the reader types (after a pause: 1 then 12 is one drawing), and at once on
  // Enter, blur or the arrows.
  let typing = 0;
  const setWeight = (ev) => {
    clearTimeout(typing);
    if (ev.target.value === '') return; // cleared, to type another
    const w = Math.max(1, Math.min(maxWeight, Number(ev.target.value) || 1));
    if (w === ui.minWeight) return;
    ui.minWeight = w;
    draw();
  };
  const weight = el('label', { class: 'weight' }, tr('graph.minWeight'), ' ', el('input', {
    type: 'number', id: 'graph-min-weight', min: 1, max: maxWeight, value: ui.minWeight, onchange: setWeight,
    oninput: (ev) => {
      clearTimeout(typing);
      typing = setTimeout(() => setWeight(ev), 300);
    } }));
  const exports = el('span', { class: 'exports' },
    el('button', { type: 'button', id: 'graph-svg-export', onclick: () => current
      && download('rasd-graph.svg', new Blob([serialize(current)], { type: 'image/svg+xml' })) }, tr('graph.svg')),
    el('button', { type: 'button', id: 'graph-png-export', onclick: async () => current
      && download('rasd-graph.png', await toPng(current)) }, tr('graph.png')));
  section.replaceChildren(el('div', { class: 'toolbar graph-tools' }, types, weight, exports, stats),
    el('p', { class: 'hint' }, tr('graph.help')), stage);
  await draw();
}
