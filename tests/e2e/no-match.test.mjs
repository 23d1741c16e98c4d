// When a query matches nothing, the page says what would: a spelling
// correction, or the query with one word left out, each a link that searches
// it in place, keeps the filters, and is a permalink under any sub-path; the
// figures panel shows the figures of the first shorter query that has some.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openExplorer, sharedBrowserAndServer } from './harness.mjs';

const ctx = sharedBrowserAndServer('/tools/explorer/');

/** A word no corpus has and no correction reaches. */
const NONSENSE = 'qqqzzzxxx';
const WORD = 'trademark';

test('a query whose words never meet offers it with one word left out', async () => {
  const query = `${WORD} ${NONSENSE} `;
  const { page, errors } = await openExplorer(ctx.browser, `${ctx.server.url}?q=${encodeURIComponent(query)}`);
  const api = await page.evaluate(
    ([q, shorter]) => ({ whole: window.ipExplorer.search(q), shorter: window.ipExplorer.search(shorter) }),
    [query, `${WORD} `],
  );
  assert.equal(api.whole.total, 0);
  assert.equal(api.whole.suggestion, null);
  assert.ok(api.shorter.total > 0, `the seeds mention ${WORD}`);
  assert.deepEqual(api.whole.fewerWords, [{ query: `${WORD} `, without: NONSENSE, total: api.shorter.total }]);

  const offer = page.locator('[data-testid="fewer-words"]');
  await offer.waitFor();
  const link = offer.locator('[data-testid="fewer-words-link"]');
  assert.equal(await link.count(), 1);
  assert.equal(await link.textContent(), WORD);
  const detail = await offer.locator('li').textContent();
  assert.ok(detail.includes(`${api.shorter.total} passage`), detail);
  assert.ok(detail.includes(`without ${NONSENSE}`), detail);
  // The href is the permalink of the shorter query, under the sub-path.
  const href = new URL(await link.getAttribute('href'), page.url());
  assert.equal(href.pathname, '/tools/explorer/');
  assert.equal(href.searchParams.get('q'), `${WORD} `);
  // No figure answers the whole query; the panel shows the offered query's
  // figures and names it.
  const figures = await page.evaluate(
    ([q, shorter]) => [window.ipExplorer.facts({ query: q }).length, window.ipExplorer.facts({ query: shorter }).length],
    [query, `${WORD} `],
  );
  assert.equal(figures[0], 0);
  assert.ok(figures[1] > 0, `the seeds have figures about ${WORD}`);
  await page.waitForFunction(
    (w) => document.querySelector('#facts-heading')?.textContent === `Figures mentioning “${w}”`,
    WORD,
  );
  assert.ok((await page.locator('[data-testid="fact-card"]').count()) > 0);

  await link.click();
  await page.locator('[data-testid="hits"] .hit').first().waitFor();
  assert.equal(new URL(page.url()).searchParams.get('q'), `${WORD} `);
  assert.equal(await page.locator('[data-testid="search-input"]').inputValue(), `${WORD} `);
  assert.match(await page.locator('[data-testid="result-count"]').textContent(), new RegExp(`^${api.shorter.total} passage`));
  assert.equal(await offer.count(), 0);

  // Back returns to the query as typed, with the offer.
  await page.goBack();
  await offer.waitFor();
  assert.equal(await page.locator('[data-testid="search-input"]').inputValue(), query);
  assert.deepEqual(errors, []);
  await page.close();
});

test('the offer counts under the filters in force, and following it keeps them', async () => {
  const { page, errors } = await openExplorer(ctx.browser, ctx.server.url);
  const kind = await page.evaluate(
    (w) => Object.keys(window.ipExplorer.search(`${w} `).facets.kind)[0],
    WORD,
  );
  const query = `${WORD} ${NONSENSE} `;
  await page.goto(`${ctx.server.url}?q=${encodeURIComponent(query)}&kind=${encodeURIComponent(kind)}`);
  await page.evaluate(() => window.ipExplorerReady);
  const filtered = await page.evaluate(
    ([w, k]) => window.ipExplorer.search(`${w} `, { filters: { kind: [k] } }).total,
    [WORD, kind],
  );
  const detail = page.locator('[data-testid="fewer-words"] li');
  await detail.waitFor();
  assert.ok((await detail.textContent()).includes(`${filtered} passage`), await detail.textContent());
  // The link's href follows a change of order made while it is on screen.
  const link = page.locator('[data-testid="fewer-words-link"]');
  await page.locator('[data-testid="sort-date"]').click();
  await page.waitForFunction(
    () => new URL(document.querySelector('[data-testid="fewer-words-link"]').href).searchParams.get('sort') === 'date',
  );
  await link.click();
  await page.locator('[data-testid="hits"] .hit').first().waitFor();
  assert.deepEqual(new URL(page.url()).searchParams.getAll('kind'), [kind]);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a misspelt query offers its correction as a link that searches it', async () => {
  // Longer words are matched despite typos; a short one beyond that gets a correction.
  const misspelt = 'lwa ';
  const { page, errors } = await openExplorer(ctx.browser, `${ctx.server.url}?q=${encodeURIComponent(misspelt)}`);
  const result = await page.evaluate((q) => window.ipExplorer.search(q), misspelt);
  assert.equal(result.total, 0);
  assert.ok(result.suggestion, 'a correction that matches');
  assert.equal(result.fewerWords, undefined, 'a correction comes instead of leaving words out');
  const link = page.locator('[data-testid="suggestion-link"]');
  await link.waitFor();
  assert.equal(await link.textContent(), result.suggestion.trim());
  await link.click();
  await page.locator('[data-testid="hits"] .hit').first().waitFor();
  assert.equal(new URL(page.url()).searchParams.get('q'), result.suggestion);
  assert.deepEqual(errors, []);
  await page.close();
});
