// Hostile and unusual input in the real page (real core), and articles kept across
// reloads (IndexedDB):
//   - dropped articles come back after a reload; "clear" forgets them;
//   - a full or missing storage is said in a message, and nothing loaded is lost;
//   - an HTML article whose scripts, handlers and javascript: links would set a global
//     runs nothing, through the article view and the entity panel alike;
//   - bidi controls and emoji stay text; thousands of tiny files; a dropped folder;
//   - cancel stops an analysis and keeps what was done.
// The hostile files are made here, not committed.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import {
  SEEDS, shots, startServer, stopServer, launch, waitReady, dropFiles, data, articleNames, messages,
} from './harness.mjs';

const N = SEEDS.length;
const ARTICLE = 'طهران - استقبل الرئيس الإيراني في طهران وزير الدفاع الروسي، وبحث الجانبان التعاون بين إيران وروسيا.\n';

let server;
let base;

before(async () => {
  ({ child: server, url: base } = await startServer());
});

after(() => stopServer(server));

test('dropped articles come back after a reload; clear forgets them', async () => {
  const { page, errors, close } = await launch();
  try {
    await page.goto(base);
    await waitReady(page, N);
    await dropFiles(page, [
      { name: 'أول.txt', body: ARTICLE },
      { name: 'second.md', body: `# زيارة\n\n${ARTICLE}` },
    ]);
    await waitReady(page, N + 2);
    await page.click('#tab-articles');
    const names = await articleNames(page);
    assert.deepEqual(names, [...SEEDS, 'أول.txt', 'second.md']);

    await page.reload();
    await waitReady(page, N + 2);
    await page.click('#tab-articles');
    assert.deepEqual(await articleNames(page), names, 'the same articles, in the same order');
    assert.deepEqual(await messages(page), []);

    await page.click('#clear');
    await waitReady(page, 0);
    await page.reload();
    await waitReady(page, N);
    await page.click('#tab-articles');
    assert.deepEqual(await articleNames(page), SEEDS, 'only the bundled seeds after clear and reload');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('a full storage is said, and the articles stay loaded', async () => {
  const { ctx, page, close } = await launch();
  try {
    // The browser's quota runs out on the first write.
    await ctx.addInitScript(() => {
      IDBObjectStore.prototype.put = function put() {
        throw new DOMException('The quota has been exceeded (simulated).', 'QuotaExceededError');
      };
    });
    await page.goto(base);
    await waitReady(page, N);
    await dropFiles(page, [{ name: 'كبير.txt', body: ARTICLE }]);
    await waitReady(page, N + 1);
    const shown = await messages(page);
    assert.equal(shown.length, 1, shown.join('\n'));
    assert.match(shown[0], /امتلأت مساحة التخزين/);
    assert.match(shown[0], /QuotaExceededError/);
    assert.ok(Number(await data(page, 'rasdEntities')) > 0);
    await page.screenshot({ path: path.join(shots, 'safety-quota.png') });
    // Nothing was stored: a reload has the seeds alone.
    await page.reload();
    await waitReady(page, N);
  } finally {
    await close();
  }
});

test('no storage at all (as in a private window) is said too', async () => {
  const { ctx, page, close } = await launch();
  try {
    await ctx.addInitScript(() => {
      IDBFactory.prototype.open = function open() {
        throw new DOMException('A mutation operation was attempted on a database that did not allow mutations.', 'InvalidStateError');
      };
    });
    await page.goto(base);
    await waitReady(page, N);
    assert.deepEqual(await messages(page), [], 'nothing to restore is not an error');
    await page.click('#lang-toggle');
    await dropFiles(page, [{ name: 'a.txt', body: ARTICLE }]);
    await waitReady(page, N + 1);
    const shown = await messages(page);
    assert.equal(shown.length, 1, shown.join('\n'));
    assert.match(shown[0], /does not let the page store data.*InvalidStateError/);
    await page.screenshot({ path: path.join(shots, 'safety-nostore.png') });
  } finally {
    await close();
  }
});

const HOSTILE = `<!doctype html>
<html><head><title>زيارة وزير الدفاع الروسي إلى طهران</title>
<script>window.__pwned = 'script';</script>
<script src="data:text/javascript,window.__pwned='script-src'"></script>
<meta http-equiv="refresh" content="0; url=javascript:window.__pwned='refresh'">
</head>
<body onload="window.__pwned = 'body'">
<h1 onclick="window.__pwned = 'h1'">زيارة وزير الدفاع الروسي إلى طهران</h1>
<p>استقبل الرئيس الإيراني في طهران وزير الدفاع الروسي <img src="x" onerror="window.__pwned = 'img'">
وبحث الجانبان التعاون بين إيران وروسيا.</p>
<svg onload="window.__pwned = 'svg'"><script>window.__pwned = 'svg-script'</script></svg>
<p>للمزيد <a href="javascript:window.__pwned = 'link'">اضغط هنا</a> عن إيران
<iframe src="javascript:parent.__pwned = 'iframe'"></iframe>
<style>body { background: url("javascript:window.__pwned = 'css'") }</style></p>
</body></html>
`;

test('a hostile HTML article runs nothing, in the article view and the entity panel', async () => {
  const { page, errors, close } = await launch();
  try {
    await page.goto(base);
    await waitReady(page, N);
    await dropFiles(page, [
      { name: 'hostile.html', body: HOSTILE },
      // The same markup as plain text: shown as written, never parsed.
      { name: 'hostile-as-text.txt', body: `إيران وروسيا\n${HOSTILE}` },
    ]);
    await waitReady(page, N + 2);
    const SINKS = 'script, img, svg, iframe, a[href], style, meta, object, embed';
    for (const name of ['hostile.html', 'hostile-as-text.txt']) {
      await page.click('#tab-articles');
      await page.click(`#article-list li[data-name="${name}"] button`);
      await page.waitForSelector('.article-text p');
      assert.equal(await page.locator(`#article :is(${SINKS})`).count(), 0, `${name}: no element from the file`);
      // Click every highlighted name, then through the panel to each article it lists.
      const marks = page.locator('.article-text mark[data-entity]');
      assert.ok(await marks.count() > 0, `${name}: entities are highlighted`);
      for (let i = 0; i < Math.min(await marks.count(), 6); i++) {
        await marks.nth(i).click();
        await page.waitForSelector('#panel:not([hidden]) .doc-group');
        await page.waitForSelector('#panel-contexts:not([aria-busy])');
        assert.equal(await page.locator(`#panel :is(${SINKS})`).count(), 0, 'no element from the file in the panel');
      }
      for (const link of await page.locator('#panel .doc-group h4 button').all()) {
        await link.click();
        await page.waitForSelector('.article-text p');
      }
      // Click where the would-be link was (HTML ingest keeps its paragraph, not the link).
      await page.click('#tab-articles');
      await page.click(`#article-list li[data-name="${name}"] button`);
      await page.waitForSelector('.article-text p');
      await page.locator('.article-text p', { hasText: 'للمزيد' }).first().click();
    }
    const text = await page.locator('.article-text').textContent();
    assert.ok(text.includes('<script>window.__pwned'), 'the markup in a .txt is shown as text');
    assert.equal(await page.evaluate(() => window.__pwned), undefined, 'no script, handler or link ran');
    await page.screenshot({ path: path.join(shots, 'safety-hostile.png') });
    // Nothing even tried: a blocked inline script or javascript: URL would log a CSP error.
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('bidi controls and emoji stay text, isolated from the page around them', async () => {
  const { page, errors, close } = await launch();
  try {
    await page.goto(base);
    await waitReady(page, N);
    const RLO = '\u202E';
    const text = `${RLO}إيران${'\u202C'} و\u2067روسيا\u2069 🚀👨‍👩‍👧 ‏طهران‎ تعاون 🇮🇷\n`;
    const name = `${RLO}txt.exe.txt`;
    await dropFiles(page, [{ name, body: text }]);
    await waitReady(page, N + 1);
    await page.click('#tab-articles');
    const item = page.locator('#article-list li').last();
    assert.equal(await item.getAttribute('data-name'), name);
    // The name sits in an element with dir=..., which isolates it (HTML's bidi rules).
    assert.ok(await item.locator('.name[dir]').count() === 1);
    await item.locator('button').click();
    await page.waitForSelector('.article-text p');
    const shown = await page.locator('.article-text').textContent();
    for (const piece of ['🚀👨‍👩‍👧', '🇮🇷', 'تعاون']) assert.ok(shown.includes(piece), `${piece} shown`);
    assert.equal(await page.locator('.article-text p').first().getAttribute('dir'), 'auto');
    await page.screenshot({ path: path.join(shots, 'safety-bidi.png') });
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('three thousand tiny files', async () => {
  const { page, errors, close } = await launch();
  try {
    await page.goto(base);
    await waitReady(page, N);
    const t0 = Date.now();
    await page.evaluate(() => {
      const dt = new DataTransfer();
      for (let i = 0; i < 3000; i++) {
        dt.items.add(new File([`زار وفد من روسيا طهران، الخبر رقم ${i}.`], `tiny-${String(i).padStart(4, '0')}.txt`));
      }
      document.querySelector('main').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await waitReady(page, N + 3000, 300_000);
    console.log(`# 3,000 tiny files analysed in ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    assert.deepEqual(await messages(page), []);
    await page.click('#tab-articles');
    // Long lists are drawn in pages.
    assert.equal(await page.locator('#article-list li[data-name]').count(), 200);
    await page.click('#more-articles');
    assert.equal(await page.locator('#article-list li[data-name]').count(), 400);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('a dropped folder is walked, every file named by its path', async () => {
  const { page, close } = await launch();
  try {
    await page.goto(base);
    await waitReady(page, N);
    // A real folder drag cannot be made in headless Chromium: the drop carries entries
    // with the same interface (FileSystemDirectoryEntry: readEntries in batches).
    await page.evaluate((article) => {
      const file = (name, body) => ({
        isFile: true, isDirectory: false, name,
        file: (ok) => setTimeout(() => ok(new File([body], name))),
      });
      const folder = (name, children) => ({
        isFile: false, isDirectory: true, name,
        createReader() {
          let at = 0;
          return {
            readEntries(ok) {
              setTimeout(() => {
                const batch = children.slice(at, at + 2);
                at += batch.length;
                ok(batch);
              });
            },
          };
        },
      });
      // Three articles of their own (the same text twice would count once: ux.test.mjs).
      const root = folder('أخبار', [
        file('b.txt', `${article}\nوفي خبر آخر زار الوفد القاهرة.`),
        folder('sub', [file('c.md', `# عنوان\n\n${article}`), file('pixel.png', new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]))]),
        file('a.html', `<p>${article}</p>`),
      ]);
      const dt = new DataTransfer();
      dt.items.add(new File(['x'], 'placeholder'));
      Object.defineProperty(dt, 'items', { value: [{ kind: 'file', webkitGetAsEntry: () => root }] });
      document.querySelector('main').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, ARTICLE);
    await waitReady(page, N + 3);
    await page.click('#tab-articles');
    assert.deepEqual((await articleNames(page)).slice(N), ['أخبار/a.html', 'أخبار/b.txt', 'أخبار/sub/c.md']);
    const shown = await messages(page);
    assert.equal(shown.length, 1);
    assert.match(shown[0], /أخبار\/sub\/pixel\.png/);
  } finally {
    await close();
  }
});

test('cancel stops the analysis and keeps what was done', async () => {
  const { page, errors, close } = await launch();
  try {
    await page.goto(base);
    await waitReady(page, N);
    await page.evaluate(() => {
      const dt = new DataTransfer();
      // Articles long enough (a few ms each) that the analysis is still under way
      // when the cancel arrives, however fast the machine is that day.
      const body = (i) => Array.from({ length: 40 }, (_, k) => `وصل وزير الدفاع الروسي إلى طهران، الخبر ${i}-${k}.`).join('\n');
      for (let i = 0; i < 2000; i++) dt.items.add(new File([body(i)], `n-${i}.txt`));
      document.querySelector('main').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await page.waitForSelector('#cancel:not([hidden])');
    // Cancel as soon as some files are done (in the page: a round trip from here could
    // come after the last file on a fast machine).
    await page.waitForFunction(() => {
      const status = document.getElementById('status').textContent;
      if (!/[\d,]+ (من|of) 2,000/.test(status) || / 0 (من|of)/.test(status)) return false;
      document.getElementById('cancel').click();
      return true;
    });
    await page.waitForFunction(() => document.documentElement.dataset.rasdState === 'ready', null, { timeout: 60_000 });
    const kept = Number(await data(page, 'rasdDocuments'));
    assert.ok(kept > N && kept < N + 2000, `some articles analysed, not all: ${kept}`);
    const shown = await messages(page);
    assert.equal(shown.length, 1);
    assert.match(shown[0], new RegExp(`${(kept - N).toLocaleString('en')} من 2,000`));
    assert.ok(await page.locator('#cancel').isHidden());
    await page.screenshot({ path: path.join(shots, 'safety-cancelled.png') });
    // What was analysed is what comes back.
    await page.reload();
    await waitReady(page, kept, 120_000);
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});

test('clear during an analysis stops it, and nothing it added comes back', async () => {
  const { page, errors, close } = await launch();
  try {
    await page.goto(base);
    await waitReady(page, N);
    await page.evaluate(() => {
      const dt = new DataTransfer();
      for (let i = 0; i < 2000; i++) dt.items.add(new File([`وصل وزير الدفاع الروسي إلى طهران، الخبر ${i}.`], `c-${i}.txt`));
      document.querySelector('main').dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    });
    await page.waitForFunction(() => {
      const status = document.getElementById('status').textContent;
      if (!/[\d,]+ (من|of) 2,000/.test(status) || / 0 (من|of)/.test(status)) return false;
      document.getElementById('clear').click();
      return true;
    });
    await waitReady(page, 0, 60_000);
    assert.deepEqual(await messages(page), [], 'no "cancelled" message for a clear');
    // The fresh worker (Clear all replaces it) takes the next file.
    await dropFiles(page, [{ name: 'after-clear.txt', body: ARTICLE }]);
    await waitReady(page, 1, 60_000);
    await page.reload();
    await waitReady(page, N + 1, 60_000);
    await page.click('#tab-articles');
    assert.deepEqual(await articleNames(page), [...SEEDS, 'after-clear.txt'], 'none of the 2000 files comes back');
    assert.deepEqual(errors, []);
  } finally {
    await close();
  }
});
