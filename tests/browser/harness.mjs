// What the browser tests share: the static server, a fresh Chromium profile, waits.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';

export const repo = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
export const shots = path.join(repo, 'tmp');
export const CHROMIUM = process.env.RASD_CHROMIUM ?? '/usr/bin/chromium';
export const ARGS = ['--headless', '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync'];

export const SEEDS = JSON.parse(fs.readFileSync(path.join(repo, 'www/corpus/index.json'), 'utf8')).files;

/** Starts scripts/serve.py on a free port: {child, url} (url ends in /www/); `dir`: the checkout served. */
export function startServer(dir = repo) {
  return new Promise((resolve, reject) => {
    const child = spawn('python3', [path.join(dir, 'scripts/serve.py'), '0', '--quiet'], {
      cwd: dir, stdio: ['ignore', 'pipe', 'ignore'],
    });
    const timer = setTimeout(() => reject(new Error('the static server did not start in 10 s')), 10_000);
    child.on('error', reject);
    child.on('exit', (code) => reject(new Error(`the static server exited (${code})`)));
    let out = '';
    child.stdout.on('data', (chunk) => {
      out += chunk;
      const m = out.match(/^(http:\/\/127\.0\.0\.1:\d+\/www\/)$/m);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1] });
      }
    });
  });
}

export function stopServer(child) {
  child?.removeAllListeners('exit');
  child?.kill();
}

/** Our Chromium processes: descendants of this process other than the server. */
export function descendants(root, skip) {
  const children = new Map();
  for (const pid of fs.readdirSync('/proc').filter((p) => /^\d+$/.test(p))) {
    try {
      const stat = fs.readFileSync(`/proc/${pid}/stat`, 'utf8');
      const ppid = Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]);
      if (!children.has(ppid)) children.set(ppid, []);
      children.get(ppid).push(Number(pid));
    } catch {
      // gone
    }
  }
  const out = [];
  const stack = [root];
  while (stack.length) {
    for (const c of children.get(stack.pop()) ?? []) {
      if (c === skip) continue;
      out.push(c);
      stack.push(c);
    }
  }
  return out;
}

/** CPU seconds so far of every thread of `pids`, by thread name. */
export function threadCpu(pids) {
  const out = new Map();
  for (const pid of pids) {
    let tids = [];
    try {
      tids = fs.readdirSync(`/proc/${pid}/task`);
    } catch {
      continue; // gone
    }
    for (const tid of tids) {
      try {
        const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
        const name = stat.slice(stat.indexOf('(') + 1, stat.lastIndexOf(')'));
        const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
        const key = `${pid}/${tid} ${name}`;
        out.set(key, (Number(f[11]) + Number(f[12])) / 100); // utime + stime, in USER_HZ (100)
      } catch {
        // gone
      }
    }
  }
  return out;
}

/**
 * A fresh profile: {dir, ctx, page, errors, requests, foreign, close}. `errors` gathers
 * console errors and page errors of the first page and of `watch(p)`ed ones;
 * `requests` every URL the context asked for (workers included) and `foreign` those
 * outside 127.0.0.1. `options` go to Chromium's context (acceptDownloads, viewport…).
 */
export async function launch({ timeout = 15_000, ...options } = {}) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'rasd-chromium-'));
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM, headless: true, args: ARGS, viewport: { width: 1280, height: 900 }, ...options,
  });
  const page = ctx.pages()[0] ?? await ctx.newPage();
  page.setDefaultTimeout(timeout);
  const errors = [];
  const requests = [];
  const foreign = [];
  const watch = (p) => {
    p.on('console', (msg) => {
      if (msg.type() === 'error') errors.push(msg.text());
    });
    p.on('pageerror', (err) => errors.push(String(err)));
    return p;
  };
  watch(page);
  ctx.on('request', (req) => {
    requests.push(req.url());
    const url = new URL(req.url());
    if (!['data:', 'blob:'].includes(url.protocol) && url.hostname !== '127.0.0.1') foreign.push(req.url());
  });
  const close = async () => {
    await ctx.close().catch(() => {});
    fs.rmSync(dir, { recursive: true, force: true });
  };
  return { dir, ctx, page, errors, requests, foreign, watch, close };
}

/**
 * Serves a stand-in core (tests/browser/mock-*.js) in place of pkg/rasd.js in this
 * context, with the worker calls the mocks share (mock-core.js, imported beside it).
 */
export async function useMockCore(ctx, file) {
  await ctx.route('**/pkg/rasd.js*', (route) =>
    route.fulfill({ path: path.join(repo, 'tests/browser', file), contentType: 'text/javascript' }));
  await ctx.route('**/pkg/mock-core.js', (route) =>
    route.fulfill({ path: path.join(repo, 'tests/browser/mock-core.js'), contentType: 'text/javascript' }));
}

/** Waits until the page is ready with `documents` articles. */
export async function waitReady(page, documents, timeout = 30_000) {
  await page.waitForFunction((n) => {
    const d = document.documentElement.dataset;
    return d.rasdState === 'ready' && d.rasdDocuments === String(n);
  }, documents, { timeout });
}

/** Drops files [{name, body: string | number[]}] on the page, as a drag from the desktop. */
export async function dropFiles(page, files) {
  await page.evaluate((files) => {
    const dt = new DataTransfer();
    for (const f of files) {
      const body = typeof f.body === 'string' ? f.body : new Uint8Array(f.body);
      dt.items.add(new File([body], f.name));
    }
    const target = document.querySelector('main');
    for (const type of ['dragenter', 'dragover', 'drop']) {
      target.dispatchEvent(new DragEvent(type, { dataTransfer: dt, bubbles: true, cancelable: true }));
    }
  }, files);
}

export const data = (page, name) => page.evaluate((n) => document.documentElement.dataset[n], name);
export const articleNames = (page) =>
  page.locator('#article-list li[data-name]').evaluateAll((lis) => lis.map((li) => li.dataset.name));
export const messages = (page) => page.locator('#message-list li').allTextContents();

/**
 * Records the main thread's long tasks (over 50 ms) of every page of `target` (a
 * context or a page) from its first script on, as {start, duration} in ms.
 */
export const recordLongTasks = (target) => target.addInitScript(() => {
  window.__longtasks = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longtasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask', buffered: true });
});

/** The long tasks recorded since the last call, as whole milliseconds. */
export const takeLongTasks = (page) => page.evaluate(() => window.__longtasks.splice(0).map((t) => Math.round(t.duration)));

/** Proportional set size of a process, in KiB (0 once it is gone). */
export function pssKiB(pid) {
  try {
    return Number(fs.readFileSync(`/proc/${pid}/smaps_rollup`, 'utf8').match(/^Pss:\s+(\d+) kB/m)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

/**
 * Where the page's memory is, for the benchmarks: `await probe()` gives, in bytes,
 * {pss, largest} (all our Chromium processes, PSS, and the largest one: the page's
 * renderer, which holds the page, the worker and its wasm), {wasm} (the analysis
 * worker's wasm linear memory, memory.buffer.byteLength: it never shrinks), {worker,
 * page} (JS heap used, CDP Runtime.getHeapUsage). `skip` is the static server's pid.
 * A figure it cannot read (the worker is being replaced) is null.
 * `probe.collectGarbage()` runs both JS heaps' garbage collectors.
 */
export async function memoryProbe(ctx, page, skip) {
  const cdp = await ctx.newCDPSession(page);
  // The worker's heap through a session attached to its target (not flattened, so
  // this CDPSession carries the messages).
  const sessions = new Map(); // targetId -> sessionId
  const waiting = new Map(); // message id -> resolve
  let next = 1;
  cdp.on('Target.receivedMessageFromTarget', ({ message }) => {
    const m = JSON.parse(message);
    waiting.get(m.id)?.(m.result ?? null);
    waiting.delete(m.id);
  });
  const inWorker = async (targetId, method) => {
    if (!sessions.has(targetId)) sessions.set(targetId, (await cdp.send('Target.attachToTarget', { targetId, flatten: false })).sessionId);
    const id = next++;
    const answer = new Promise((resolve) => {
      waiting.set(id, resolve);
      setTimeout(() => waiting.delete(id) && resolve(null), 5000);
    });
    await cdp.send('Target.sendMessageToTarget', { sessionId: sessions.get(targetId), message: JSON.stringify({ id, method }) });
    return answer;
  };
  const settle = (p) => p.catch(() => null);
  const workerTarget = async () => {
    const { targetInfos } = await cdp.send('Target.getTargets');
    return targetInfos.find((t) => t.type === 'worker' && t.url.endsWith('/worker.js'));
  };
  const probe = async () => {
    const pids = descendants(process.pid, skip);
    const pss = pids.map(pssKiB);
    const analyser = page.workers().find((w) => w.url().endsWith('/worker.js'));
    const [wasm, worker, own] = await Promise.all([
      settle(analyser?.evaluate(async () => {
        const glue = await import(new URL('../pkg/rasd.js', location.href));
        return (await glue.default()).memory.buffer.byteLength; // the instance the worker made
      }) ?? Promise.resolve(null)),
      settle((async () => {
        const target = await workerTarget();
        return target ? (await inWorker(target.targetId, 'Runtime.getHeapUsage'))?.usedSize ?? null : null;
      })()),
      settle(cdp.send('Runtime.getHeapUsage')),
    ]);
    return {
      pss: pss.reduce((a, b) => a + b, 0) * 1024,
      largest: Math.max(0, ...pss) * 1024,
      wasm,
      worker,
      page: own?.usedSize ?? null,
    };
  };
  /** Collects the garbage of the page and of the worker (what is left is live). */
  probe.collectGarbage = async () => {
    const target = await workerTarget();
    await Promise.all([
      settle(cdp.send('HeapProfiler.collectGarbage')),
      target ? settle(inWorker(target.targetId, 'HeapProfiler.collectGarbage')) : null,
    ]);
  };
  return probe;
}
