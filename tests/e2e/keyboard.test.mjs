// Keyboard-only use of the release bundle (no mouse): Tab reaches the search
// box, `/` focuses it, typing searches, arrow keys move through the results,
// Enter opens the passage in the reader, Esc goes back; the query help opens
// and closes from the keyboard; and a point of a fact card's series chart
// opens the reader on its highlighted passage and figure. Expected values
// come from the page and the JS API, never from hard-coded corpus content.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openExplorer, sharedBrowserAndServer } from './harness.mjs';

const ctx = sharedBrowserAndServer('/');

const param = (page, name) => new URL(page.url()).searchParams.get(name);
const focused = (page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    return { testid: el?.dataset?.testid ?? null, href: el?.getAttribute('href') ?? null };
  });

test('keyboard only: Tab, /, typing, arrows, Enter and Esc', async () => {
  const { page, errors } = await openExplorer(ctx.browser, ctx.server.url);
  // Tab from the top of the page reaches the search box after the home link.
  await page.keyboard.press('Tab');
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).testid, 'search-input');
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).testid, 'help-toggle');

  await page.keyboard.press('/');
  assert.equal((await focused(page)).testid, 'search-input');
  await page.keyboard.type('patent');
  await page.locator('[data-testid="hits"] li.hit').first().waitFor();
  assert.match(await page.locator('[data-testid="result-time"]').textContent(), /^, found in (under )?[\d.]+ ms$/);
  const links = await page
    .locator('[data-testid="hits"] a[data-testid="hit-link"], [data-testid="hits"] a[data-testid="sub-hit-link"]')
    .evaluateAll((els) => els.map((el) => el.getAttribute('href')));
  assert.ok(links.length >= 2, 'a common word gives several result links');

  await page.keyboard.press('ArrowDown');
  assert.equal((await focused(page)).href, links[0]);
  await page.keyboard.press('ArrowDown');
  assert.equal((await focused(page)).href, links[1]);
  await page.keyboard.press('End');
  assert.equal((await focused(page)).href, links.at(-1));
  await page.keyboard.press('Home');
  assert.equal((await focused(page)).href, links[0]);
  await page.keyboard.press('ArrowUp');
  assert.equal((await focused(page)).testid, 'search-input');
  assert.equal(await page.locator('[data-testid="search-input"]').inputValue(), 'patent');

  // Down, Down, Enter: the second link's passage opens, highlighted.
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('ArrowDown');
  const wanted = new URL(links[1], page.url()).searchParams;
  await page.keyboard.press('Enter');
  await page.locator('[data-testid="reader"]').waitFor();
  assert.equal(param(page, 'read'), wanted.get('read'));
  assert.equal(param(page, 'passage'), wanted.get('passage'));
  assert.equal(await page.locator('.passage.target').getAttribute('data-passage'), wanted.get('passage'));

  // Esc closes the reader and returns to the results, query kept.
  await page.keyboard.press('Escape');
  await page.locator('[data-testid="hits"]').waitFor();
  assert.equal(param(page, 'read'), null);
  assert.equal(param(page, 'q'), 'patent');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the query help opens from the keyboard and Esc closes it without clearing the query', async () => {
  const { page, errors } = await openExplorer(ctx.browser, `${ctx.server.url}?q=patent`);
  const toggle = page.locator('[data-testid="help-toggle"]');
  const help = page.locator('[data-testid="query-help"]');
  await page.keyboard.press('/');
  await page.keyboard.press('Tab');
  assert.equal((await focused(page)).testid, 'help-toggle');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal(await help.isVisible(), false);
  await page.keyboard.press('Enter');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.equal(await help.isVisible(), true);
  assert.match(await help.textContent(), /exact phrase/);
  await page.keyboard.press('Escape');
  assert.equal(await help.isVisible(), false);
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.equal((await focused(page)).testid, 'help-toggle');
  assert.equal(param(page, 'q'), 'patent', 'Esc closed the help, not the search');
  assert.deepEqual(errors, []);
  await page.close();
});

test('a series chart point opens the reader on its highlighted passage and figure', async () => {
  const { page, errors } = await openExplorer(ctx.browser, ctx.server.url);
  const docs = await page.evaluate(() => window.ipExplorer.documents().map((d) => d.id));
  // The facts panel of some document charts a series (the first card of it).
  let point = null;
  for (const doc of docs) {
    await page.goto(`${ctx.server.url}?read=${encodeURIComponent(doc)}`);
    await page.evaluate(() => window.ipExplorerReady);
    await page.locator('[data-testid="facts-panel"]').waitFor();
    const more = page.locator('[data-testid="facts-more"]');
    if (await more.count()) await more.click();
    if (await page.locator('[data-testid="trend-chart"]').count()) {
      point = page.locator('[data-testid="chart-point"]:not(.current)').first();
      break;
    }
  }
  assert.ok(point, 'some document has a figure in a series');
  const chart = page.locator('[data-testid="trend-chart"]').first();
  assert.equal(await chart.locator('svg').getAttribute('role'), 'group');
  assert.ok((await chart.locator('svg').getAttribute('aria-label')).length > 0);
  assert.ok((await chart.locator('desc').textContent()).length > 0);
  assert.ok((await chart.locator('[data-testid="chart-point"]').count()) >= 2);
  // Points are drawn: SVG links with a visible dot (an HTML <a> inside <svg> is not).
  const drawn = await chart.locator('[data-testid="chart-point"]').evaluateAll((els) =>
    els.map((el) => [el.namespaceURI, el.getBoundingClientRect().width > 0]),
  );
  for (const [ns, visible] of drawn) {
    assert.equal(ns, 'http://www.w3.org/2000/svg');
    assert.ok(visible);
  }
  const fact = await point.getAttribute('data-fact');
  const href = new URL(await point.getAttribute('href'), page.url()).searchParams;
  assert.ok((await point.getAttribute('aria-label')).length > 0);
  // Keyboard: focus the point and press Enter.
  await point.focus();
  await page.keyboard.press('Enter');
  await page.waitForFunction((p) => new URL(location.href).searchParams.get('passage') === p, href.get('passage'));
  assert.equal(param(page, 'read'), href.get('read'));
  const target = page.locator('.passage.target');
  await target.waitFor();
  assert.equal(await target.getAttribute('data-passage'), href.get('passage'));
  assert.equal(await target.locator(`[data-fact="${fact}"]`).count(), 1, 'the figure is marked in the passage');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the overview timeline links documents and figures into the reader', async () => {
  const { page, errors } = await openExplorer(ctx.browser, ctx.server.url);
  const timeline = page.locator('[data-testid="timeline"]');
  await timeline.waitFor();
  const years = await timeline.locator('[data-testid="timeline-year"]').evaluateAll((els) =>
    els.map((el) => Number(el.dataset.year)),
  );
  assert.ok(years.length > 0);
  assert.deepEqual([...years].sort((a, b) => a - b), years, 'oldest first');
  const dated = await page.evaluate(() => window.ipExplorer.documents().filter((d) => d.date).length);
  assert.equal(await timeline.locator('[data-testid="timeline-doc"]').count(), dated);
  const fact = timeline.locator('[data-testid="timeline-fact"] a').first();
  const passage = new URL(await fact.getAttribute('href'), page.url()).searchParams.get('passage');
  await fact.click();
  await page.locator('.passage.target').waitFor();
  assert.equal(param(page, 'passage'), passage);
  assert.deepEqual(errors, []);
  await page.close();
});
