// The release bundle works from a site root and from a sub-path: the page loads,
// shows a loading state until the wasm starts, lists every seed document, answers
// a search, and publishes the JS API of DESIGN.md.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDir } from './serve.mjs';
import { DIST, SEED_IDS, launch, openExplorer } from './harness.mjs';

let browser;
before(async () => {
  browser = await launch();
});
after(async () => {
  await browser?.close();
});

for (const base of ['/', '/tools/explorer/']) {
  test(`served at ${base}: documents() returns every seed and the page lists them`, async () => {
    const server = await serveDir(DIST, base);
    try {
      const { page, errors } = await openExplorer(browser, server.url);
      const api = await page.evaluate(() => ({
        version: window.ipExplorer.version,
        documents: window.ipExplorer.documents(),
      }));
      assert.match(api.version, /^\d+\.\d+\.\d+/);
      assert.deepEqual(api.documents.map((d) => d.id).sort(), SEED_IDS);
      for (const doc of api.documents) {
        for (const key of ['id', 'title', 'kind', 'date', 'source', 'speakers', 'passages', 'words']) {
          assert.ok(key in doc, `document ${doc.id} has ${key}`);
        }
      }
      // The overview lists every document (newest first by default, so compare as sets).
      const shown = await page.locator('[data-testid="document-list"] .document-title').allTextContents();
      assert.deepEqual([...shown].sort(), api.documents.map((d) => d.title).sort());
      assert.equal(await page.locator('[data-testid="loading"]').count(), 0, 'loading state is gone');
      // Every asset came from under the base path: nothing escaped to the site root.
      assert.ok(server.requests.every((p) => p.startsWith(base)), server.requests.join(', '));
      assert.deepEqual(errors, []);
      await page.close();
    } finally {
      await server.close();
    }
  });
}

test('a loading state shows while the wasm is on its way, and goes once it starts', async () => {
  const server = await serveDir(DIST, '/', { delayWasmMs: 1500 });
  try {
    const page = await browser.newPage();
    await page.goto(server.url, { waitUntil: 'domcontentloaded' });
    const loading = page.locator('[data-testid="loading"]');
    assert.ok(await loading.isVisible(), 'loading state is visible before the wasm arrives');
    assert.match(await loading.textContent(), /Loading the explorer/);
    await page.evaluate(() => window.ipExplorerReady);
    // The UI mounts in the task after the promise resolves, replacing the message.
    await loading.waitFor({ state: 'detached', timeout: 5000 });
    assert.ok(await page.locator('[data-testid="search-input"]').isVisible());
    await page.close();
  } finally {
    await server.close();
  }
});

test('typing a query shows matching passages and updates the URL', async () => {
  const server = await serveDir(DIST, '/x/');
  try {
    const { page, errors } = await openExplorer(browser, server.url);
    await page.locator('[data-testid="search-input"]').fill('patent');
    const hits = page.locator('[data-testid="hits"] .hit');
    await hits.first().waitFor();
    const texts = await hits.locator('.hit-text').allTextContents();
    assert.ok(texts.length > 0);
    assert.ok(texts.every((t) => /patent/i.test(t)), 'every hit mentions the word');
    assert.equal(new URL(page.url()).searchParams.get('q'), 'patent');
    const viaApi = await page.evaluate(() => window.ipExplorer.search('patent').total);
    assert.match(await page.locator('[data-testid="result-count"]').textContent(), new RegExp(`^${viaApi} `));
    assert.deepEqual(errors, []);
  } finally {
    await server.close();
  }
});

test('a ?q= permalink opens with the query applied', async () => {
  const server = await serveDir(DIST, '/');
  try {
    const { page } = await openExplorer(browser, server.url + '?q=trademark');
    assert.equal(await page.locator('[data-testid="search-input"]').inputValue(), 'trademark');
    await page.locator('[data-testid="hits"] .hit').first().waitFor();
  } finally {
    await server.close();
  }
});

test('search() takes a filter value as a number or as its text', async () => {
  const server = await serveDir(DIST, '/');
  try {
    const { page } = await openExplorer(browser, server.url);
    const totals = await page.evaluate(() => {
      const api = window.ipExplorer;
      const all = api.search('patent');
      const year = Object.keys(all.facets.year)[0];
      return {
        all: all.total,
        asText: api.search('patent', { filters: { year: [year] } }).total,
        asNumber: api.search('patent', { filters: { year: [Number(year)] } }).total,
      };
    });
    assert.ok(totals.asText > 0 && totals.asText <= totals.all, JSON.stringify(totals));
    assert.equal(totals.asNumber, totals.asText);
  } finally {
    await server.close();
  }
});
