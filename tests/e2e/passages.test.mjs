// Passages for questions and every passage of a document (issue 13, parts 4
// and 6): a question whose words never all meet in one passage lists the
// passages that hold most of them, each naming the words it lacks, instead of
// "No passages match"; and "N more passages in this document" lists all of a
// document's matching passages in place, in one bundle and in a chunked one
// (whose passage text arrives later).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { DIST, DIST_CHUNKED, launch, openExplorer } from './harness.mjs';
import { serveDir } from './serve.mjs';

let browser;
let server;
let chunked;
before(async () => {
  browser = await launch();
  server = await serveDir(DIST, '/');
  chunked = await serveDir(DIST_CHUNKED, '/sub/', { caching: true });
});
after(async () => {
  await chunked?.close();
  await server?.close();
  await browser?.close();
});

/** A question as a user types it; "before" and "now" meet in no passage with the rest. */
const QUESTION = 'how many IP professionals does China have now, and how many did it have before?';
/** A word with many passages in one seed document. */
const MANY = 'patent ';

test('typing a question shows the passages with most of its words, not "No passages match"', async () => {
  const { page, errors } = await openExplorer(browser, server.url);
  const input = page.getByTestId('search-input');
  await input.click();
  await page.keyboard.type(QUESTION);
  await page.locator('[data-testid="hits"] .hit').first().waitFor();
  const count = await page.getByTestId('result-count').textContent();
  assert.doesNotMatch(count, /No passages match/);
  assert.match(await page.getByTestId('partial-note').textContent(), /No passage has all of these words/);
  // The API says the same: partial, and each hit names what it lacks.
  const api = await page.evaluate((q) => window.ipExplorer.search(q), QUESTION);
  assert.equal(api.partial, true);
  assert.ok(api.total > 0);
  for (const hit of api.hits) assert.ok(hit.missing.length > 0, JSON.stringify(hit.missing));
  // The page shows the first hit's missing words, struck through.
  const missing = page.locator('[data-testid="hits"] > .hit').first().getByTestId('missing').first();
  const struck = await missing.locator('s').allTextContents();
  assert.deepEqual(struck, api.hits[0].missing);
  assert.deepEqual(errors, []);
  await page.close();
});

/** Opens `url` with MANY searched and returns the hit of the document with most passages. */
async function biggestDocument(url) {
  const { page, errors } = await openExplorer(browser, `${url}?q=${encodeURIComponent(MANY)}`);
  const { doc, moreTotal } = await page.evaluate(async (q) => {
    const record = await window.ipExplorer.searchAsync(q, { moreLimit: 0 });
    return record.hits.reduce((a, b) => (b.moreTotal > a.moreTotal ? b : a));
  }, MANY);
  assert.ok(moreTotal >= 9, `${doc} has ${moreTotal + 1} passages about ${MANY}`);
  const hit = page.locator(`[data-testid="hits"] > .hit[data-doc="${doc}"]`);
  await hit.waitFor();
  return { page, errors, hit, moreTotal };
}

async function expandsToEveryPassage(url) {
  const { page, errors, hit, moreTotal } = await biggestDocument(url);
  const links = hit.getByTestId('sub-hit-link');
  assert.equal(await links.count(), 2, 'two further passages before "more"');
  const button = hit.getByTestId('more-passages');
  assert.equal(await button.textContent(), `${moreTotal - 2} more passages in this document`);
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  const list = page.locator(`#${CSS.escape(await button.getAttribute('aria-controls'))}`);
  assert.equal(await list.isVisible(), false);
  await button.focus();
  await page.keyboard.press('Enter');
  assert.equal(await button.getAttribute('aria-expanded'), 'true');
  // Every passage: the best one, the two shown, and the rest after the button.
  await page.waitForFunction(
    ([selector, n]) => document.querySelectorAll(selector).length === n,
    [`[data-testid="hits"] > .hit[data-doc="${await hit.getAttribute('data-doc')}"] [data-testid="sub-hit-link"]`, moreTotal],
  );
  const ids = await hit.locator('[data-passage]').evaluateAll((els) => els.map((e) => e.dataset.passage));
  ids.push(await hit.getAttribute('data-passage'));
  assert.equal(new Set(ids).size, moreTotal + 1, `each passage once: ${ids}`);
  // Each revealed passage has its text (a chunked corpus fetches it).
  await page.waitForFunction(
    (selector) => [...document.querySelectorAll(selector)].every((el) => el.textContent.trim().length > 0),
    `[data-testid="more-passages-list"] .hit-text`,
  );
  // Focus stays on the button, and Tab goes on into the revealed passages.
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'more-passages');
  await page.keyboard.press('Tab');
  assert.equal(await page.evaluate(() => document.activeElement?.closest('[data-testid="more-passages-list"]') !== null), true);
  // Closing hides them again.
  await button.click();
  assert.equal(await button.getAttribute('aria-expanded'), 'false');
  assert.equal(await list.isVisible(), false);
  assert.deepEqual(errors, []);
  await page.close();
}

test('"N more passages in this document" shows all of them in place', async () => {
  await expandsToEveryPassage(server.url);
});

test('a chunked corpus fetches the text of the passages "more" reveals', async () => {
  await expandsToEveryPassage(chunked.url);
});

/** CSS.escape for node, enough for passage ids (letters, digits, `_`, `#`, `-`). */
const CSS = { escape: (id) => id.replace(/[^A-Za-z0-9_-]/g, (c) => `\\${c}`) };
