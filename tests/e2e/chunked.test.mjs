// A chunked corpus, end to end: the seeds built with IPX_CHUNK_THRESHOLD=1
// into target/e2e-dist-chunked (scripts/test.sh), served like a static host
// with immutable caching for hashed names. Index shards and text chunks are
// fetched only when a query, a hit or the reader needs them, each once;
// search() reports what is pending, searchAsync() fetches it; results and the
// reader fill in; a failed fetch shows a message with a retry. The bundle is served under a sub-path, so
// chunk URLs must resolve against the wasm, not the site root.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { before, after } from 'node:test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DIST_CHUNKED as DIST, launch, openExplorer } from './harness.mjs';
import { serveDir } from './serve.mjs';

const PART = /\/(text|index)-[0-9a-f]{32}\.bin$/;
const TEXT = /\/text-[0-9a-f]{32}\.bin$/;

let browser;
let server;
before(async () => {
  browser = await launch();
  server = await serveDir(DIST, '/sub/dir/', { caching: true });
});
after(async () => {
  await server?.close();
  await browser?.close();
});

const partRequests = () => server.requests.filter((p) => PART.test(p));
const textRequests = () => server.requests.filter((p) => TEXT.test(p));

/** FNV-1a 128 of `bytes` as 32 hex digits, as crates/engine/src/chunks/hash.rs computes it. */
function fnv1a128(bytes) {
  let hash = 0x6c62272e07bb014262b821756295c58dn;
  const prime = 0x0000000001000000000000000000013bn;
  const mask = (1n << 128n) - 1n;
  for (const b of bytes) hash = ((hash ^ BigInt(b)) * prime) & mask;
  return hash.toString(16).padStart(32, '0');
}

test('the bundle ships text chunks and index shards named by the hash of their bytes', () => {
  const files = readdirSync(DIST).filter((f) => /^(text|index)-.*\.bin$/.test(f));
  assert.ok(files.filter((f) => f.startsWith('text-')).length > 1, `text chunks in ${DIST}: ${files}`);
  assert.ok(files.filter((f) => f.startsWith('index-')).length > 1, `index shards in ${DIST}: ${files}`);
  for (const file of files) {
    const kind = file.split('-')[0];
    assert.equal(file, `${kind}-${fnv1a128(readFileSync(join(DIST, file)))}.bin`);
  }
});

test('parts are fetched only when needed, once each, and search waits for them', async () => {
  const { page, errors } = await openExplorer(browser, server.url);
  const stats = await page.evaluate(() => window.ipExplorer.stats());
  assert.ok(stats.textChunks > 1 && stats.indexShards > 1, `chunked: ${JSON.stringify(stats)}`);
  const parts = stats.textChunks + stats.indexShards;
  assert.deepEqual(partRequests(), [], 'start-up fetches no part');
  // documents(), entities() and facts() come from the core.
  const counts = await page.evaluate(() => [
    window.ipExplorer.documents().length,
    window.ipExplorer.entities().length,
    window.ipExplorer.facts({}).filter((f) => f.text.length > 0).length,
  ]);
  assert.ok(counts.every((n) => n > 0), `core data: ${counts}`);
  assert.deepEqual(partRequests(), []);

  // Cold: the query's index shards are missing, so nothing is counted yet.
  const cold = await page.evaluate(() => window.ipExplorer.search('property', { limit: 3 }));
  assert.equal(cold.pending, true);
  assert.equal(cold.total, 0);

  const full = await page.evaluate(() => window.ipExplorer.searchAsync('property', { limit: 3 }));
  assert.equal(full.pending, undefined, 'complete: no pending flag');
  assert.ok(full.total > 3);
  assert.ok(full.hits.every((h) => h.text.length > 0 && h.snippet.some((s) => s.mark)));
  const fetched = partRequests();
  assert.ok(fetched.some((p) => p.includes('/index-')) && fetched.some((p) => p.includes('/text-')));
  assert.ok(fetched.length > 0 && fetched.length < parts, `fetched ${fetched.length} of ${parts}`);
  assert.equal(new Set(fetched).size, fetched.length, 'each part fetched once');
  assert.ok(fetched.every((p) => p.startsWith('/sub/dir/')), 'resolved against the bundle');

  // Now loaded, the synchronous call is complete too, and asking again fetches nothing.
  const again = await page.evaluate(() => window.ipExplorer.search('property', { limit: 3 }));
  assert.deepEqual(again, full);
  await page.evaluate(() => window.ipExplorer.searchAsync('property', { limit: 3 }));
  assert.equal(partRequests().length, fetched.length);

  // A longer page of the same query lists every hit at once; those whose
  // text is not loaded yet have none, and the result says it is pending.
  const wider = await page.evaluate(() => window.ipExplorer.search('property', { limit: 100 }));
  assert.equal(wider.total, full.total);
  assert.equal(wider.pending, true);
  assert.ok(wider.hits.some((h) => h.text === '' && h.snippet.length === 0));
  assert.deepEqual(wider.hits.slice(0, 3), full.hits);

  // A content-addressed chunk may be cached forever.
  const cache = await page.evaluate(async (path) => (await fetch(path)).headers.get('cache-control'), fetched[0]);
  assert.match(cache, /immutable/);

  // passagesAsync() fetches the rest, and still each chunk once.
  const all = await page.evaluate(() => window.ipExplorer.passagesAsync());
  assert.ok(all.length > 0 && all.every((p) => p.text.length > 0));
  assert.equal(textRequests().length, stats.textChunks);
  assert.equal(new Set(textRequests()).size, stats.textChunks);
  assert.deepEqual(errors, []);
  await page.close();
});

test('results and the reader fill in once their chunks arrive', async () => {
  const { page, errors } = await openExplorer(browser, `${server.url}?q=trademark`);
  await page.waitForSelector('.hit .hit-text mark');
  await page.waitForSelector('[data-testid="results-loading"]', { state: 'detached' });
  const doc = await page.getAttribute('.hit', 'data-doc');
  await page.goto(`${server.url}?read=${encodeURIComponent(doc)}`);
  await page.evaluate(() => window.ipExplorerReady);
  await page.waitForSelector('[data-testid="passage"]');
  const text = await page.textContent('[data-testid="reader"]');
  assert.ok(text.length > 200, 'the document text is shown');
  assert.equal(await page.$('[data-testid="reader-loading"]'), null);
  assert.deepEqual(errors, []);
  await page.close();
});

test('while a new query waits for its index shard, the last results stay on screen', async () => {
  const { page, errors } = await openExplorer(browser, `${server.url}?q=trademark`);
  await page.waitForSelector('.hit .hit-text mark');
  await page.waitForSelector('[data-testid="results-loading"]', { state: 'detached' });
  const shownPassages = () => page.$$eval('.hit', (hits) => hits.map((h) => h.dataset.passage));
  const facetCounts = () => page.$$eval('[data-testid="facet-count"]', (counts) => counts.map((c) => c.textContent));
  const before = await shownPassages();
  const countsBefore = await facetCounts();
  assert.ok(before.length > 0 && countsBefore.length > 0);
  // A word whose index shard is not loaded yet (search() says so without fetching).
  const word = await page.evaluate(() =>
    ['copyright', 'examination', 'innovation', 'geographical', 'pledge', 'talent', 'court']
      .find((w) => window.ipExplorer.search(w).pending === true));
  assert.ok(word, 'some word waits for a shard');
  // Hold the shard back until the page has been looked at.
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/\/index-[0-9a-f]{32}\.bin$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.getByTestId('search-input').fill(word);
  await page.waitForFunction(() => document.querySelector('[data-testid="result-count"]')?.textContent === 'Searching…');
  assert.deepEqual(await shownPassages(), before, 'the last results stay');
  assert.equal(await page.getAttribute('[data-testid="hits"]', 'aria-busy'), 'true');
  assert.deepEqual(await facetCounts(), countsBefore, 'and so do their facet counts');
  assert.equal(await page.$('[data-testid="results-loading"]'), null, '"Searching…" alone says it');
  release();
  await page.waitForFunction(() => document.querySelector('[data-testid="result-count"]')?.textContent !== 'Searching…');
  assert.equal(await page.getAttribute('[data-testid="hits"]', 'aria-busy'), null);
  await page.waitForSelector('.hit .hit-text mark');
  assert.notDeepEqual(await shownPassages(), before, 'the new results replace them');
  const marked = await page.$$eval('.hit .hit-text mark', (marks) => marks.map((m) => m.textContent.toLowerCase()));
  assert.ok(marked.some((m) => m.startsWith(word.slice(0, 4))), `${word}: ${marked}`);
  await page.unroute(/\/index-[0-9a-f]{32}\.bin$/);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a failed chunk fetch says so, offers a retry, and the rest keeps working', async () => {
  const page = await browser.newPage();
  await page.route(PART, (route) => route.fulfill({ status: 503, body: 'down' }));
  await page.goto(`${server.url}?q=copyright`);
  await page.evaluate(() => window.ipExplorerReady);
  await page.waitForSelector('[data-testid="chunk-error"]');
  assert.ok((await page.textContent('[data-testid="chunk-error"]')).includes('503'));
  // No error flash in the count, and what needs no part keeps working.
  assert.equal(await page.textContent('[data-testid="result-count"]'), 'Searching…');
  assert.ok(await page.evaluate(() => window.ipExplorer.documents().length > 0));
  await assert.rejects(page.evaluate(() => window.ipExplorer.searchAsync('copyright')));
  await page.unroute(PART);
  await page.click('[data-testid="chunk-retry"]');
  await page.waitForSelector('.hit .hit-text mark');
  await page.waitForSelector('[data-testid="chunk-error"]', { state: 'detached' });
  await page.close();
});
