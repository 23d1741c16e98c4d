// Facets and search results end to end on the release bundle: choosing a facet
// value narrows the results and enters the URL, the permalink reloads with the
// same filter, clearing restores; on phones the facets hide behind a "Filters"
// button; a hit opens the reader at its passage. Expected values come from the
// JS API, never from hard-coded corpus content.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openExplorer, sharedBrowserAndServer } from './harness.mjs';

const ctx = sharedBrowserAndServer('/tools/explorer/');

const QUERY = 'patent';
const params = (page, name) => new URL(page.url()).searchParams.getAll(name);

/** The kind to filter by: `transcript` when it narrows the query, else the rarest kind. */
async function pickKind(page) {
  return page.evaluate((q) => {
    const all = window.ipExplorer.search(q);
    const kinds = Object.entries(all.facets.kind).filter(([, n]) => n < all.total);
    const kind = kinds.some(([k]) => k === 'transcript')
      ? 'transcript'
      : kinds.reduce((a, b) => (b[1] < a[1] ? b : a))[0];
    const narrowed = window.ipExplorer.search(q, { filters: { kind: [kind] } });
    return { kind, total: all.total, narrowed: narrowed.total, count: all.facets.kind[kind] };
  }, QUERY);
}

async function waitForCount(page, n) {
  const re = new RegExp(`^${n} passages? in \\d+ documents?$`);
  await page.waitForFunction(
    (source) => new RegExp(source).test(document.querySelector('[data-testid="result-count"]')?.textContent ?? ''),
    re.source,
  );
}

test('a facet value narrows the results, is a permalink, and clearing restores', async () => {
  const { page, errors } = await openExplorer(ctx.browser, ctx.server.url);
  await page.locator('[data-testid="search-input"]').fill(QUERY);
  await page.locator('[data-testid="hits"] .hit').first().waitFor();
  const { kind, total, narrowed, count } = await pickKind(page);
  assert.ok(narrowed < total, `${kind} narrows ${QUERY}`);
  await waitForCount(page, total);

  const value = page.locator(`[data-facet="kind"] [data-value="${kind}"]`);
  assert.match(await value.locator('[data-testid="facet-count"]').textContent(), new RegExp(`^${count}$`));
  await value.locator('input[type="checkbox"]').check();
  await waitForCount(page, narrowed);
  assert.deepEqual(params(page, 'kind'), [kind]);
  assert.equal(params(page, 'q')[0], QUERY);
  const kinds = await page.evaluate(() =>
    Object.fromEntries(window.ipExplorer.documents().map((d) => [d.id, d.kind])),
  );
  const docs = await page.locator('[data-testid="hits"] li.hit').evaluateAll((els) => els.map((el) => el.dataset.doc));
  assert.ok(docs.length > 0);
  assert.ok(docs.every((d) => kinds[d] === kind), `every hit is a ${kind}`);
  assert.equal(await page.locator('[data-testid="filter-chip"]').count(), 1);

  await page.reload();
  await page.evaluate(() => window.ipExplorerReady);
  await waitForCount(page, narrowed);
  assert.ok(await value.locator('input[type="checkbox"]').isChecked(), 'the value is still checked');
  assert.match(await page.locator('[data-testid="filter-chip"]').textContent(), new RegExp(kind));

  await page.locator('[data-testid="clear-filters"]').click();
  await waitForCount(page, total);
  assert.deepEqual(params(page, 'kind'), []);
  assert.equal(await page.locator('[data-testid="active-filters"]').count(), 0);
  assert.ok(!(await value.locator('input[type="checkbox"]').isChecked()));
  assert.deepEqual(errors, []);
  await page.close();
});

test('on a phone the facets hide behind a Filters button', async () => {
  const { page, errors } = await openExplorer(ctx.browser, `${ctx.server.url}?q=${QUERY}`, { width: 390, height: 844 });
  const toggle = page.locator('[data-testid="facets-toggle"]');
  await toggle.waitFor();
  const firstValue = page.locator('[data-testid="facets"] .facet-value').first();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.ok(!(await firstValue.isVisible()), 'facets start hidden');
  await toggle.click();
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.ok(await firstValue.isVisible(), 'facets show after the button');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a long facet shows its first values and the rest on request', async () => {
  const { page, errors } = await openExplorer(ctx.browser, `${ctx.server.url}?q=${QUERY}`);
  const facets = await page.evaluate((q) => window.ipExplorer.search(q).facets, QUERY);
  const [name, values] = Object.entries(facets).reduce((a, b) =>
    Object.keys(b[1]).length > Object.keys(a[1]).length ? b : a,
  );
  const n = Object.keys(values).length;
  const shown = page.locator(`[data-facet="${name}"] .facet-value`);
  await shown.first().waitFor();
  if (n > 8) {
    assert.equal(await shown.count(), 8);
    await page.locator(`[data-facet="${name}"] .facet-more`).click();
  }
  assert.equal(await shown.count(), n);
  assert.deepEqual(errors, []);
  await page.close();
});

test('a hit opens the reader at its passage', async () => {
  const { page, errors } = await openExplorer(ctx.browser, `${ctx.server.url}?q=${QUERY}`);
  const first = await page.evaluate((q) => window.ipExplorer.search(q).hits[0], QUERY);
  const title = await page.evaluate(
    (id) => window.ipExplorer.documents().find((d) => d.id === id).title,
    first.doc,
  );
  const link = page.locator('[data-testid="hits"] li.hit').first().locator('[data-testid="hit-link"]');
  assert.equal((await link.textContent()).trim(), title.trim());
  await link.click();
  await page.locator('[data-testid="reader"]').waitFor();
  assert.deepEqual(params(page, 'passage'), [first.passage]);
  assert.deepEqual(errors, []);
  await page.close();
});
