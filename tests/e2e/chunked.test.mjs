// A chunked corpus, end to end: the seeds built with IPX_CHUNK_THRESHOLD=1
// into target/e2e-dist-chunked (scripts/test.sh), served like a static host
// with immutable caching for hashed names. Text chunks are fetched only when
// a hit or the reader needs them, each once; search() reports pending text,
// searchAsync() fetches it; results and the reader fill in; a failed fetch
// shows a message with a retry. The bundle is served under a sub-path, so
// chunk URLs must resolve against the wasm, not the site root.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { before, after } from 'node:test';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openExplorer, ROOT } from './harness.mjs';
import { serveDir } from './serve.mjs';

const DIST = process.env.IPX_DIST_CHUNKED ?? join(ROOT, 'target', 'e2e-dist-chunked');
const CHUNK = /\/text-[0-9a-f]{32}\.bin$/;

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

const chunkRequests = () => server.requests.filter((p) => CHUNK.test(p));

/** FNV-1a 128 of `bytes` as 32 hex digits, as src/chunks/hash.rs computes it. */
function fnv1a128(bytes) {
  let hash = 0x6c62272e07bb014262b821756295c58dn;
  const prime = 0x0000000001000000000000000000013bn;
  const mask = (1n << 128n) - 1n;
  for (const b of bytes) hash = ((hash ^ BigInt(b)) * prime) & mask;
  return hash.toString(16).padStart(32, '0');
}

test('the bundle ships text chunks named by the hash of their bytes', () => {
  const files = readdirSync(DIST).filter((f) => /^text-.*\.bin$/.test(f));
  assert.ok(files.length > 1, `several chunks in ${DIST}: ${files}`);
  for (const file of files) {
    assert.equal(file, `text-${fnv1a128(readFileSync(join(DIST, file)))}.bin`);
  }
});

test('chunks are fetched only when needed, once each, and search waits for them', async () => {
  const { page, errors } = await openExplorer(browser, server.url);
  const stats = await page.evaluate(() => window.ipExplorer.stats());
  assert.ok(stats.textChunks > 1, `chunked: ${JSON.stringify(stats)}`);
  assert.deepEqual(chunkRequests(), [], 'start-up fetches no text');
  // documents(), entities() and facts() come from the core.
  const counts = await page.evaluate(() => [
    window.ipExplorer.documents().length,
    window.ipExplorer.entities().length,
    window.ipExplorer.facts({}).filter((f) => f.text.length > 0).length,
  ]);
  assert.ok(counts.every((n) => n > 0), `core data: ${counts}`);
  assert.deepEqual(chunkRequests(), []);

  const sync = await page.evaluate(() => window.ipExplorer.search('patent', { limit: 3 }));
  assert.equal(sync.pending, true);
  assert.ok(sync.hits.length > 0 && sync.hits.every((h) => h.text === '' && h.snippet.length === 0));

  const full = await page.evaluate(() => window.ipExplorer.searchAsync('patent', { limit: 3 }));
  assert.equal(full.pending, undefined, 'complete: no pending flag');
  assert.ok(full.hits.every((h) => h.text.length > 0 && h.snippet.some((s) => s.mark)));
  assert.deepEqual(
    full.hits.map((h) => h.passage),
    sync.hits.map((h) => h.passage),
    'the same hits, now with text',
  );
  const fetched = chunkRequests();
  assert.ok(fetched.length > 0 && fetched.length < stats.textChunks, `fetched ${fetched.length}`);
  assert.equal(new Set(fetched).size, fetched.length, 'each chunk fetched once');
  assert.ok(fetched.every((p) => p.startsWith('/sub/dir/')), 'resolved against the bundle');

  // Now loaded, the synchronous call is complete too, and asking again fetches nothing.
  const again = await page.evaluate(() => window.ipExplorer.search('patent', { limit: 3 }));
  assert.deepEqual(again, full);
  await page.evaluate(() => window.ipExplorer.searchAsync('patent', { limit: 3 }));
  assert.equal(chunkRequests().length, fetched.length);

  // A content-addressed chunk may be cached forever.
  const cache = await page.evaluate(async (path) => (await fetch(path)).headers.get('cache-control'), fetched[0]);
  assert.match(cache, /immutable/);

  // passagesAsync() fetches the rest, and still each chunk once.
  const all = await page.evaluate(() => window.ipExplorer.passagesAsync());
  assert.ok(all.length > 0 && all.every((p) => p.text.length > 0));
  assert.equal(chunkRequests().length, stats.textChunks);
  assert.equal(new Set(chunkRequests()).size, stats.textChunks);
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

test('a failed chunk fetch says so, offers a retry, and the rest keeps working', async () => {
  const page = await browser.newPage();
  await page.route(CHUNK, (route) => route.fulfill({ status: 503, body: 'down' }));
  await page.goto(`${server.url}?q=copyright`);
  await page.evaluate(() => window.ipExplorerReady);
  await page.waitForSelector('[data-testid="chunk-error"]');
  assert.ok((await page.textContent('[data-testid="chunk-error"]')).includes('503'));
  // Hits are listed (titles, counts) while their text is missing.
  assert.ok((await page.$$('.hit')).length > 0);
  await assert.rejects(page.evaluate(() => window.ipExplorer.searchAsync('copyright')));
  await page.unroute(CHUNK);
  await page.click('[data-testid="chunk-retry"]');
  await page.waitForSelector('.hit .hit-text mark');
  await page.waitForSelector('[data-testid="chunk-error"]', { state: 'detached' });
  await page.close();
});
