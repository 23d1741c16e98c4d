// A chunked corpus embedded from another origin: the host page on origin A
// (tests/e2e/hosts/cross-origin.html) loads embed.js of the chunked build
// (scripts/test.sh, step build-chunked) from origin B, which sends
// Access-Control-Allow-Origin like a CDN. The index shards and text chunks must
// come from B under the bundle's path, never from the host, and give the same
// results as the chunked build's own page. A chunk server that forgets the CORS
// header must leave the user a message with Retry, not a blank panel. The
// iframe mode needs no CORS: the framed page fetches from its own origin.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DIST_CHUNKED, launch, openExplorer } from './harness.mjs';
import { hostPolicy, serveHostSite } from './host-site.mjs';

const PART = /\/(text|index)-[0-9a-f]{32}\.bin$/;
const TEXT = /\/text-[0-9a-f]{32}\.bin$/;

let browser;
let hosts;
before(async () => {
  browser = await launch();
  hosts = await serveHostSite(DIST_CHUNKED);
});
after(async () => {
  await hosts?.close();
  await browser?.close();
});

const hostPage = (site = hosts) => `${site.site.url}host/cross-origin.html?bundle=${encodeURIComponent(site.cdn.url)}`;

/** Opens the host page of `site`, recording every URL the page requests and its errors. */
async function openHost(site = hosts) {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  const requests = [];
  const errors = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (err) => errors.push(String(err)));
  const response = await page.goto(hostPage(site));
  const policy = hostPolicy(new URL(site.cdn.url).origin);
  assert.equal(response.headers()['content-security-policy'], policy, 'served under the host policy');
  return { page, requests, errors, element: page.locator('#cdn') };
}

/** The hits shown in `root` (a page or the element), once their snippets are in. */
async function shownHits(root) {
  await root.locator('.hit .hit-text mark').first().waitFor();
  return root.locator('.hit').evaluateAll((hits) =>
    hits.map((hit) => ({ passage: hit.dataset.passage, text: hit.querySelector('.hit-text').textContent })),
  );
}

test('a chunked bundle from another origin searches and reads with parts from its own origin only', async () => {
  const seen = hosts.site.requests.length;
  const { page, requests, errors, element } = await openHost();
  // The element's first query needs index shards, then its hits' text.
  await shownHits(element);
  assert.equal(await element.locator('[data-testid="search-input"]').inputValue(), 'trademark');
  const stats = await page.evaluate(() => window.ipExplorer.stats());
  assert.ok(stats.textChunks > 1 && stats.indexShards > 1, `a chunked bundle: ${JSON.stringify(stats)}`);

  // A new query fetches its shards and text; the element shows what the
  // chunked build's own page shows, and the API answers as it does there.
  await element.locator('[data-testid="search-input"]').fill('copyright');
  await page.waitForFunction(() => {
    const root = document.querySelector('#cdn').shadowRoot;
    const mark = root.querySelector('.hit .hit-text mark');
    return !root.querySelector('[data-testid="results-loading"]') && /copyright/i.test(mark?.textContent);
  });
  const embedded = await shownHits(element);
  const searchAsync = (page) =>
    page.evaluate(() =>
      window.ipExplorer.searchAsync('patent examination', { limit: 5, filters: { kind: ['transcript'] } }),
    );
  const embeddedApi = await searchAsync(page);

  const own = await openExplorer(browser, `${hosts.cdn.url}?q=copyright`);
  assert.deepEqual(await shownHits(own.page), embedded);
  assert.deepEqual(await searchAsync(own.page), embeddedApi);
  assert.ok(embeddedApi.total > 0 && embeddedApi.hits.every((h) => h.text.length > 0));
  assert.deepEqual(own.errors, []);
  await own.page.close();

  // The reader opens a document with passages whose text chunk is not loaded yet.
  const unloaded = await page.evaluate(() => {
    const shown = [...document.querySelector('#cdn').shadowRoot.querySelectorAll('.hit')].map((h) => h.dataset.doc);
    const passages = window.ipExplorer.passages();
    return passages.find((p) => shown.includes(p.doc) && p.text === '');
  });
  assert.ok(unloaded, 'a shown document has text still to fetch');
  const textBefore = requests.filter((u) => TEXT.test(u)).length;
  await element.locator(`.hit[data-doc="${unloaded.doc}"] [data-testid="hit-link"]`).click();
  const passage = element.locator(`[data-testid="passage"][data-passage="${unloaded.id}"] .passage-text`);
  await passage.waitFor();
  await page.waitForFunction(
    () => !document.querySelector('#cdn').shadowRoot.querySelector('[data-testid="reader-loading"]'),
  );
  const passages = await page.evaluate(() => window.ipExplorer.passages());
  const loaded = passages.find((p) => p.id === unloaded.id);
  assert.ok(loaded.text.length > 0);
  assert.equal(await passage.textContent(), loaded.text);
  assert.ok(requests.filter((u) => TEXT.test(u)).length > textBefore, 'the reader fetched a text chunk');

  // Every request but the host page (and its script naming the bundle) went
  // to origin B, under the bundle's path.
  const [first, second, ...rest] = requests.filter((u) => !u.startsWith('data:'));
  assert.deepEqual([first, second], [hostPage(), `${hosts.site.url}host/load-bundle.js`]);
  assert.ok(rest.length > 0);
  assert.deepEqual(rest.filter((u) => !u.startsWith(hosts.cdn.url)), [], 'all from the bundle');
  assert.ok(rest.filter((u) => PART.test(u)).length >= 3, 'shards and chunks among them');
  const fromSite = hosts.site.requests.slice(seen);
  assert.deepEqual(fromSite, ['/host/cross-origin.html', '/host/load-bundle.js'], 'nothing else from origin A');
  assert.deepEqual(errors, []);
  await page.close();
});

test('parts served without the CORS header give a message with Retry, and Retry recovers', async (t) => {
  // A host that sends the header for the bundle's scripts and wasm but not
  // for the .bin parts, until its owner fixes it.
  let partsBlocked = true;
  const misconfigured = await serveHostSite(DIST_CHUNKED, {
    cors: (path) => !(partsBlocked && PART.test(path)),
  });
  t.after(() => misconfigured.close());
  const { page, errors, element } = await openHost(misconfigured);
  const note = element.locator('[data-testid="chunk-error"]');
  await note.waitFor();
  assert.match(await note.textContent(), /could not be loaded/);
  assert.match(await note.textContent(), /index-[0-9a-f]{32}\.bin/, 'names the file');
  assert.match(await note.textContent(), /offline, or its server does not allow this site/, 'and why');
  assert.equal(await element.locator('[data-testid="result-count"]').textContent(), 'Searching…');
  assert.equal(await element.locator('.hit').count(), 0);
  // What needs no part keeps working.
  assert.ok(await page.evaluate(() => window.ipExplorer.documents().length > 0));
  // The only errors are the browser's own reports of the blocked requests.
  assert.deepEqual(errors.filter((e) => !/CORS|Failed to load resource/.test(e)), []);

  partsBlocked = false;
  await element.locator('[data-testid="chunk-retry"]').click();
  await shownHits(element);
  await note.waitFor({ state: 'detached' });
  await page.close();
});

test('in an iframe the chunked build fetches its parts from its own origin', async () => {
  const page = await browser.newPage();
  const requests = [];
  const errors = [];
  page.on('request', (request) => requests.push(request.url()));
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  const url = `${hosts.site.url}host/frame.html?bundle=${encodeURIComponent(hosts.cdn.url)}`;
  await page.goto(url);
  const frame = page.frameLocator('#trusted');
  await shownHits(frame);
  await frame.locator('[data-testid="hit-link"]').first().click();
  await frame.locator('[data-testid="passage"]').first().waitFor();
  assert.ok(requests.filter((u) => PART.test(u)).length >= 2, 'parts were fetched');
  assert.deepEqual(requests.filter((u) => !u.startsWith(hosts.cdn.url)), [url], 'only the host page from origin A');
  assert.deepEqual(errors, []);
  await page.close();
});
