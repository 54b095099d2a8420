// The entity table with 100k entities (a mock core that makes them instantly, so this
// checks the page, not the analyzer): only rows near the viewport exist in the DOM,
// scrolling reaches the last row, the filter finds one name among 100k, sorting and
// the panel work. The main thread's long tasks are logged (figures belong in the
// benchmark, scripts/bench-browser.mjs, not in assertions).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import path from 'node:path';
import { shots, SEEDS, startServer, stopServer, launch, useMockCore, waitReady, data, recordLongTasks, takeLongTasks } from './harness.mjs';
import { nameOf } from './mock-big-rasd.js';

const PEOPLE = 100_000;
let server;
let base;

before(async () => {
  ({ child: server, url: base } = await startServer());
});

after(() => stopServer(server));

// A page whose worker is the mock core (mock-big-rasd.js), its long tasks recorded,
// the seeds loaded; `body` gets the page and its console errors; the browser closes
// whatever happens.
async function withMockPage(body) {
  const { ctx, page, errors, close } = await launch();
  try {
    await useMockCore(ctx, 'mock-big-rasd.js');
    await recordLongTasks(ctx);
    await page.goto(base);
    await waitReady(page, SEEDS.length);
    await body({ page, errors });
  } finally {
    await close();
  }
}

test('100k entities: virtual rows, scrolling, filtering, sorting, the panel', async () => {
  await withMockPage(async ({ page, errors }) => {
    await takeLongTasks(page);

    await page.setInputFiles('#file-input', [{ name: `people-${PEOPLE}.txt`, mimeType: 'text/plain', buffer: Buffer.from('x') }]);
    await waitReady(page, SEEDS.length + PEOPLE / 1000, 60_000);
    console.log(`# long tasks while receiving ${PEOPLE} rows (ms): ${JSON.stringify(await takeLongTasks(page))}`);
    assert.equal(await data(page, 'rasdEntities'), String(SEEDS.length + PEOPLE));
    assert.match(await page.locator('#type-tabs [data-type=PER] .count').textContent(), /^100,00[0-9]$/);

    const drawn = () => page.locator('#entity-body tr.row').count();
    assert.ok(await drawn() < 200, `few rows in the DOM: ${await drawn()}`);
    await page.screenshot({ path: path.join(shots, 'scale-table.png') });

    // Scrolling to the end draws the last rows, still only a window of them.
    await page.evaluate(() => window.scrollTo(0, document.documentElement.scrollHeight));
    await page.waitForFunction(() => document.querySelector('#entity-body tr.spacer:last-child')?.hidden);
    assert.ok(await drawn() < 200);
    const lastMentions = await page.locator('#entity-body tr.row').last().locator('td.num').first().textContent();
    assert.equal(lastMentions.trim(), '1', 'sorted by mentions, most first: the last rows have one');
    await page.evaluate(() => window.scrollTo(0, 0));

    // The filter finds one name among 100k as you type.
    const target = nameOf(76_543);
    await page.fill('#filter', target);
    await page.waitForFunction(() => document.querySelectorAll('#entity-body tr.row').length === 1);
    assert.equal(await page.locator('#entity-body td.name').textContent(), target);
    console.log(`# long tasks while filtering (ms): ${JSON.stringify(await takeLongTasks(page))}`);

    // ... and the panel opens on it, with its mention in context.
    await page.click('#entity-body button.entity-link');
    await page.waitForSelector('#panel:not([hidden]) .doc-group mark');
    assert.equal(await page.locator('#panel-title').textContent(), target);
    assert.equal(await page.locator('#panel .doc-group mark').textContent(), target);
    // The merge list is gathered from the 100k rows in slices after the panel shows.
    await page.waitForSelector('#merge-with:not([disabled])');
    assert.equal(await page.locator('#merge-with option').count(), 201, 'a choice line and the 200 candidates');
    console.log(`# long tasks while opening the panel (ms): ${JSON.stringify(await takeLongTasks(page))}`);
    await page.click('#panel-close');

    // Sorting by name: the drawn rows are in order.
    await page.fill('#filter', '');
    await page.waitForFunction(() => document.querySelectorAll('#entity-body tr.row').length > 1);
    await page.click('#entity-head th:first-child button');
    assert.equal(await page.getAttribute('#entity-head th:first-child', 'aria-sort'), 'ascending');
    const names = await page.locator('#entity-body td.name').allTextContents();
    assert.ok(names.length > 10);
    assert.deepEqual(names, [...names].sort(), 'names ascending');
    assert.equal(names[0], nameOf(0), 'the first name of all comes first');
    console.log(`# long tasks while sorting (ms): ${JSON.stringify(await takeLongTasks(page))}`);
    assert.deepEqual(errors, []);
  });
});

// The Articles tab with 20,000 articles: the list draws its first items in the task of
// the click and the rest of its 200 after the frame; shown again, the same items stay
// (nothing drawn again) and only the mark of the open article moves; "show more" adds
// to the items drawn. Long tasks are logged, as above.
test('20k articles: the article list is drawn once, in two steps, and kept', async () => {
  await withMockPage(async ({ page, errors }) => {
    await page.setInputFiles('#file-input', [{ name: 'articles-20000.txt', mimeType: 'text/plain', buffer: Buffer.from('x') }]);
    await waitReady(page, SEEDS.length + 20_000, 60_000);
    await takeLongTasks(page);

    const items = () => page.locator('#article-list li:not(.more)').count();
    // In the click's task: the first items only.
    const first = await page.evaluate(() => {
      document.querySelector('#tab-articles').click();
      return document.querySelectorAll('#article-list li:not(.more)').length;
    });
    assert.ok(first > 0 && first < 200, `first items drawn at once: ${first}`);
    await page.waitForSelector('#more-articles');
    assert.equal(await items(), 200);
    await page.screenshot({ path: path.join(shots, 'scale-articles.png') });
    console.log(`# long tasks opening the Articles tab (ms): ${JSON.stringify(await takeLongTasks(page))}`);

    // Shown again: the same nodes (a mark set on one stays), nothing drawn again.
    await page.evaluate(() => { document.querySelector('#article-list li').rasdSeen = true; });
    await page.click('#tab-entities');
    await page.click('#tab-articles');
    assert.equal(await page.evaluate(() => document.querySelector('#article-list li').rasdSeen), true);
    // An article opened: its item marked, one item only.
    await page.locator('#article-list li:nth-child(7) button').click();
    await page.waitForSelector('#article h2');
    const marked = await page.evaluate(() => [...document.querySelectorAll('#article-list [aria-current=true]')]
      .map((b) => [...b.parentNode.parentNode.children].indexOf(b.parentNode)));
    assert.deepEqual(marked, [6]);
    assert.equal(await page.evaluate(() => document.querySelector('#article-list li').rasdSeen), true);
    // Show more: the first items kept, 400 in all.
    await page.click('#more-articles');
    await page.waitForFunction(() => document.querySelectorAll('#article-list li:not(.more)').length === 400);
    assert.equal(await page.evaluate(() => document.querySelector('#article-list li').rasdSeen), true);
    assert.deepEqual(await page.evaluate(() => document.querySelectorAll('#article-list [aria-current=true]').length), 1);
    console.log(`# long tasks showing more articles (ms): ${JSON.stringify(await takeLongTasks(page))}`);
    assert.deepEqual(errors, []);
  });
});

// The events stay in the worker: at 20,000 articles the Events view gets the 50 rows it
// shows and the count, a filter answers with the rows it keeps, Summaries its first 50.
test('20k events: the view gets the rows it shows, and the filter finds one', async () => {
  await withMockPage(async ({ page, errors }) => {
    await page.addInitScript(() => {
      localStorage.setItem('rasd.lang', 'en');
      // The bytes of what the worker sends the page (as JSON), counted while asked.
      const Original = Worker;
      window.Worker = class extends Original {
        constructor(...args) {
          super(...args);
          this.addEventListener('message', (ev) => {
            if (window.rasdCountBytes) window.rasdBytes = (window.rasdBytes ?? 0) + JSON.stringify(ev.data ?? null).length;
          });
        }
      };
    });
    await page.reload();
    await waitReady(page, SEEDS.length);
    await page.setInputFiles('#file-input', [{ name: 'articles-20000.txt', mimeType: 'text/plain', buffer: Buffer.from('x') }]);
    await waitReady(page, SEEDS.length + 20_000, 60_000);
    await takeLongTasks(page);
    await page.evaluate(() => { window.rasdCountBytes = true; });
    await page.click('#tab-events');
    await page.waitForSelector('#view-events[data-ready=true][data-busy=false]');
    const bytes = await page.evaluate(() => window.rasdBytes);
    assert.ok(bytes < 100_000, `the page received ${bytes} bytes for 50 of 20,000 events`);
    const count = await page.locator('#view-events .count').textContent();
    assert.match(count, /\b20,0\d\d\b/, count); // the seeds' events and the mock's 20,000
    assert.equal(await page.locator('#events-table tr.event').count(), 50);
    assert.match(await page.locator('#events-show-all').textContent(), /\b20,0\d\d\b/);
    console.log(`# long tasks opening Events (ms): ${JSON.stringify(await takeLongTasks(page))}`);
    // One person's visit among 20,000: the worker's filter finds it (the mock's person 12345).
    await page.fill('#view-events .view-filter', 'Person 12345 Riyadh');
    await page.waitForSelector('#view-events[data-busy=false]');
    assert.equal(await page.locator('#events-table tr.event').count(), 1);
    assert.match(await page.locator('#events-table tr.event td.who').textContent(), /Person 12345/);
    assert.match(await page.locator('#view-events .count').textContent(), /Events: 1$/);
    // Summaries: the first 50 articles and a button for the rest.
    await page.click('#tab-summaries');
    await page.waitForSelector('#view-summaries[data-ready=true]');
    assert.equal(await page.locator('#view-summaries article.summary').count(), 50);
    assert.match(await page.locator('#summaries-show-all').textContent(), /\b20,0\d\d\b/);
    assert.deepEqual(errors, []);
  });
});
