// A failed start is visible (issue 16): when the wasm cannot be loaded, the
// explorer's page and every <ip-explorer> element say so instead of showing
// "Loading the explorer…" forever, and ipExplorerReady rejects with the
// reason. A host element whose id is one of the loader's names changes none
// of this.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { serveDir } from './serve.mjs';
import { DIST, launch } from './harness.mjs';
import { serveHostSite } from './host-site.mjs';

let browser;
let hosts;
before(async () => {
  browser = await launch();
  hosts = await serveHostSite();
});
after(async () => {
  await hosts?.close();
  await browser?.close();
});

/** How `ipExplorerReady` settles: 'resolved' or the rejection's message. */
const readiness = (page) =>
  page.evaluate(() =>
    window.ipExplorerReady.then(
      () => 'resolved',
      (error) => String(error?.message ?? error),
    ),
  );

test('the explorer page says the wasm could not be loaded, and ipExplorerReady rejects', async () => {
  const server = await serveDir(DIST, '/');
  try {
    const page = await browser.newPage();
    await page.route('**/*.wasm', (route) => route.abort());
    await page.goto(server.url);
    const failed = page.locator('[data-testid="load-failed"]');
    await failed.waitFor({ timeout: 10_000 });
    assert.equal(await failed.getAttribute('role'), 'alert');
    assert.match(await failed.textContent(), /could not be loaded/);
    assert.equal(await page.locator('[data-testid="loading"]').count(), 0, 'no spinner left');
    assert.match(await readiness(page), /IP Explorer could not be loaded/);
    await page.close();
  } finally {
    await server.close();
  }
});

test('every element on a host page says the explorer could not be loaded, and ipExplorerReady rejects', async () => {
  const page = await browser.newPage();
  await page.route('**/*.wasm', (route) => route.abort());
  await page.goto(`${hosts.site.url}host/hostile.html`);
  await page.waitForFunction(() => {
    const all = [...document.querySelectorAll('ip-explorer')];
    return all.length > 0 && all.every((el) => el.shadowRoot?.querySelector('[data-testid="embed-failed"]'));
  });
  const notes = await page.locator('ip-explorer [data-testid="embed-failed"]').allTextContents();
  assert.ok(notes.every((n) => /could not be loaded/.test(n)), notes.join(' | '));
  assert.match(await readiness(page), /could not be loaded/);
  // The host's own content is untouched.
  assert.ok((await page.locator('body').textContent()).length > 0);
  await page.close();
});

test('a host element with the id __ipExplorerLoading or ipExplorerReady does not stop the explorer', async () => {
  const page = await browser.newPage();
  // Adds the elements before any script of the page runs: their ids become
  // window properties, which the loader once took for its own.
  await page.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.body) return;
      observer.disconnect();
      for (const id of ['__ipExplorerLoading', 'ipExplorerReady']) {
        const el = document.createElement('div');
        el.id = id;
        document.body.prepend(el);
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await page.goto(`${hosts.site.url}host/hostile.html`);
  await page.waitForFunction(
    () => [...document.querySelectorAll('ip-explorer')].every((el) => el.shadowRoot?.querySelector('.app')),
    null,
    { timeout: 30_000 },
  );
  assert.equal(await readiness(page), 'resolved');
  await page.close();
});
