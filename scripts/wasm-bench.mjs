// Times the browser module in Node (the V8 of Chromium): `new Rasd()` and `addFile`
// per file, the same calls the page's worker makes.
//   node scripts/wasm-bench.mjs [PKG_DIR] FILE...     (PKG_DIR defaults to pkg/)
import { readFileSync, existsSync, statSync } from 'node:fs';
import { resolve, basename } from 'node:path';
import { pathToFileURL } from 'node:url';

let args = process.argv.slice(2);
let pkg = 'pkg';
if (args.length && existsSync(args[0]) && statSync(args[0]).isDirectory()) {
  pkg = args.shift();
}
if (!args.length) {
  console.error('usage: node scripts/wasm-bench.mjs [PKG_DIR] FILE...');
  process.exit(2);
}
const glue = await import(pathToFileURL(resolve(pkg, 'rasd.js')).href);
let t = performance.now();
glue.initSync({ module: readFileSync(resolve(pkg, 'rasd_bg.wasm')) });
const tInit = performance.now() - t;
t = performance.now();
const newCpu0 = process.cpuUsage();
const rasd = new glue.Rasd();
const tNew = performance.now() - t;
const newCpu = process.cpuUsage(newCpu0);
console.log(`${pkg}: instantiate ${tInit.toFixed(0)} ms, new Rasd() ${tNew.toFixed(0)} ms (CPU ${((newCpu.user + newCpu.system) / 1000).toFixed(0)} ms)`);
// CPU time of this process too: on a shared machine wall time says more about the others.
const cpu0 = process.cpuUsage();
let articles = 0, bytes = 0, total = 0;
for (const f of args) {
  const b = readFileSync(f);
  t = performance.now();
  const added = rasd.addFile(basename(f), b);
  const ms = performance.now() - t;
  total += ms; articles += added.length; bytes += b.length;
  console.log(`${basename(f)}: ${added.length} articles, ${(b.length / 1e6).toFixed(1)} MB in ${ms.toFixed(0)} ms (${(ms / Math.max(1, added.length)).toFixed(2)} ms/article)`);
}
const cpu = process.cpuUsage(cpu0);
const cpuS = (cpu.user + cpu.system) / 1e6;
t = performance.now();
const table = rasd.entities();
const tTable = performance.now() - t;
console.log(`total: ${articles} articles, ${(bytes / 1e6).toFixed(1)} MB in ${(total / 1000).toFixed(2)} s (${(total / Math.max(1, articles)).toFixed(2)} ms/article, ${(bytes / 1e6 / (total / 1000)).toFixed(2)} MB/s); CPU ${cpuS.toFixed(2)} s (${(cpuS * 1000 / Math.max(1, articles)).toFixed(2)} ms/article); entities() ${table.entities.length} rows in ${tTable.toFixed(0)} ms`);
