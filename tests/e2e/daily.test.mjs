// Daily research use on the release bundle (issue 18): the Cite menu takes a
// passage or a figure to BibTeX, RIS or CSL-JSON in two actions; printing
// shows no form control; focus returns where it came from (reader, filter
// sheet, inside an embedded element too); on phones (390 and 320 px) every
// target is at least 24 px and the primary actions 44 px, measured in the
// page. Screenshots land in target/screenshots/ for looking at. Expected
// values come from the JS API, never from hard-coded corpus content.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch, openExplorer, ROOT } from './harness.mjs';
import { serveDir } from './serve.mjs';
import { DIST } from './harness.mjs';
import { serveHostSite } from './host-site.mjs';

const SHOTS = join(ROOT, 'target', 'screenshots');
mkdirSync(SHOTS, { recursive: true });

let browser;
let server;
let hosts;
before(async () => {
  browser = await launch();
  server = await serveDir(DIST, '/tools/explorer/');
  hosts = await serveHostSite();
});
after(async () => {
  await hosts?.close();
  await server?.close();
  await browser?.close();
});

/** A passage with a speaker (a transcript turn) that the query 'patent' finds. */
async function spokenHit(page) {
  return page.evaluate(() => {
    const hits = window.ipExplorer.search('patent', { limit: 200 }).hits;
    return hits.find((h) => h.speaker) ?? hits[0];
  });
}

/** Reads what a click on `button` starts downloading, as text. */
async function downloaded(page, button) {
  const started = page.waitForEvent('download', { timeout: 20_000 });
  await button.click();
  const download = await started;
  const chunks = [];
  for await (const chunk of await download.createReadStream()) chunks.push(chunk);
  return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
}

test('a passage goes to BibTeX, RIS and CSL-JSON in two actions each', async () => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  const errors = [];
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(server.url);
  await page.evaluate(() => window.ipExplorerReady);
  const hit = await spokenHit(page);
  await page.goto(`${server.url}?read=${encodeURIComponent(hit.doc)}&passage=${encodeURIComponent(hit.passage)}`);
  await page.evaluate(() => window.ipExplorerReady);
  const menu = page.locator('.passage.target [data-testid="cite-menu"]');
  const target = page.locator('.passage.target');

  await menu.click();
  const bib = await downloaded(page, target.locator('[data-testid="save-bibtex"]'));
  assert.match(bib.name, /^ip-explorer-[a-z0-9-]+\.bib$/);
  assert.match(bib.text, /^@misc\{[a-z0-9-]+,\n {2}title = \{\{/);
  assert.ok(bib.text.includes(`author = {{${hit.speaker}}}`) || !hit.speaker, bib.text);
  // The menu closed after the choice and gave focus back to its button.
  assert.equal(await target.locator('details.cite-menu').evaluate((d) => d.open), false);
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'cite-menu');

  await menu.click();
  const ris = await downloaded(page, target.locator('[data-testid="save-ris"]'));
  assert.match(ris.text, /^TY {2}- [A-Z]+\r\n/);
  assert.match(ris.text, /\r\nER {2}- \r\n/);
  assert.ok(ris.text.includes(`\r\nUR  - ${server.url}?read=`), ris.text);

  await menu.click();
  await target.locator('[data-testid="copy-csl"]').click();
  await page.waitForFunction(() => document.querySelector('[data-testid="copy-status"]').textContent !== '');
  const items = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
  assert.equal(items.length, 1);
  assert.equal(items[0].id, hit.passage);
  assert.ok(['speech', 'article-newspaper', 'report', 'document'].includes(items[0].type), items[0].type);
  const link = new URL(items[0].URL);
  assert.equal(link.searchParams.get('passage'), hit.passage);
  assert.match(link.hash, /^#:~:text=/);
  assert.deepEqual(errors, []);
  await context.close();
});

test('a figure card cites its figure, quoting its sentence', async () => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(server.url);
  await page.evaluate(() => window.ipExplorerReady);
  const card = page.locator('[data-testid="fact-card"]').first();
  await card.waitFor();
  const factId = await card.getAttribute('data-fact');
  const fact = await page.evaluate((id) => window.ipExplorer.facts().find((f) => f.id === id), factId);
  await card.locator('[data-testid="cite-menu"]').click();
  await card.locator('[data-testid="copy-csl"]').click();
  await page.waitForFunction(
    (id) => document.querySelector(`[data-fact="${CSS.escape(id)}"] [data-testid="cite-status"]`)?.textContent !== '',
    factId,
  );
  const items = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
  assert.equal(items[0].id, factId);
  assert.ok(items[0].note.includes(fact.sentence.replace(/\s+/g, ' ').trim()), items[0].note);
  await context.close();
});

test('"Cite all" takes every listed passage, and every figure of the panel, in one export', async () => {
  const context = await browser.newContext({ permissions: ['clipboard-read', 'clipboard-write'] });
  const page = await context.newPage();
  await page.goto(`${server.url}?q=patent`);
  await page.evaluate(() => window.ipExplorerReady);
  await page.locator('[data-testid="hit-link"]').first().waitFor();
  const listed = await page
    .locator('[data-testid="hits"] [data-testid="hit-link"], [data-testid="hits"] [data-testid="sub-hit-link"]')
    .count();
  const head = page.locator('.results-head');
  await head.locator('[data-testid="cite-menu"]').click();
  const bib = await downloaded(page, head.locator('[data-testid="save-bibtex"]'));
  assert.equal(bib.name, 'ip-explorer-results.bib');
  assert.equal((bib.text.match(/^@misc\{/gm) ?? []).length, listed, bib.text.slice(0, 400));

  const panel = page.locator('[data-testid="facts-panel"]');
  // The panel fills in after the results, and a menu opened while it does
  // may be drawn again closed: open it once the cards are there, and again
  // if it closed.
  await panel.locator('[data-testid="fact-card"]').first().waitFor();
  const copy = panel.locator('.export [data-testid="copy-csl"]');
  for (let tries = 0; tries < 10 && !(await copy.isVisible()); tries++) {
    await panel.locator('.export [data-testid="cite-menu"]').click();
    await copy.waitFor({ state: 'visible', timeout: 1000 }).catch(() => {});
  }
  await copy.click();
  await page.waitForFunction(() => document.querySelector('.export [data-testid="cite-status"]')?.textContent !== '');
  const items = JSON.parse(await page.evaluate(() => navigator.clipboard.readText()));
  const ids = await panel.locator('[data-testid="fact-card"]').evaluateAll((cards) => cards.map((c) => c.dataset.fact));
  assert.ok(ids.length > 0);
  // The panel may show the first figures only; every one it shows is cited.
  const cited = new Set(items.map((i) => i.id));
  assert.ok(ids.every((id) => cited.has(id)), `${ids} in ${[...cited]}`);
  await context.close();
});

/** Form controls and menus that are rendered visibly in the current media. */
function visibleControls(page) {
  return page.evaluate(() => {
    const seen = [];
    for (const el of document.querySelectorAll('button, input, select, textarea, summary, details')) {
      const rect = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (rect.width > 0 && rect.height > 0 && style.visibility !== 'hidden') {
        seen.push(`${el.tagName.toLowerCase()}${el.dataset.testid ? `[${el.dataset.testid}]` : ''}`);
      }
    }
    return seen;
  });
}

test('printing the reader and a result list shows no form controls, with permalinks and citations', async () => {
  const { page, errors } = await openExplorer(browser, server.url);
  const hit = await spokenHit(page);
  await page.goto(`${server.url}?read=${encodeURIComponent(hit.doc)}&passage=${encodeURIComponent(hit.passage)}`);
  await page.evaluate(() => window.ipExplorerReady);
  await page.locator('.passage.target').waitFor();
  assert.notDeepEqual(await visibleControls(page), [], 'the screen has controls');
  await page.emulateMedia({ media: 'print' });
  assert.deepEqual(await visibleControls(page), []);
  const cite = await page.locator('.passage.target .print-cite').textContent();
  assert.ok(cite.includes(`passage=${encodeURIComponent(hit.passage)}`), cite);
  assert.ok(await page.locator('.passage.target .print-cite').isVisible());
  await page.screenshot({ path: join(SHOTS, 'print-reader.png'), fullPage: false });

  await page.emulateMedia({ media: 'screen' });
  await page.goto(`${server.url}?q=patent`);
  await page.locator('[data-testid="hits"] .hit').first().waitFor();
  await page.emulateMedia({ media: 'print' });
  assert.deepEqual(await visibleControls(page), []);
  const after = await page
    .locator('[data-testid="hit-link"]')
    .first()
    .evaluate((a) => getComputedStyle(a, '::after').content);
  assert.match(after, /\?read=/, 'a hit prints its permalink');
  await page.screenshot({ path: join(SHOTS, 'print-results.png'), fullPage: false });
  assert.deepEqual(errors, []);
  await page.close();
});

test('closing the reader gives focus back to the result that opened it', async () => {
  const { page, errors } = await openExplorer(browser, server.url);
  await page.locator('[data-testid="search-input"]').fill('patent');
  const second = page.locator('[data-testid="hit-link"]').nth(1);
  await second.waitFor();
  const href = await second.getAttribute('href');
  await second.focus();
  await page.keyboard.press('Enter');
  await page.locator('[data-testid="reader"]').waitFor();
  await page.keyboard.press('Escape');
  await page.locator('[data-testid="hits"]').waitFor();
  await page.waitForFunction((h) => document.activeElement?.getAttribute('href') === h, href);
  // The reader's Back button returns focus the same way.
  await second.click();
  await page.locator('[data-testid="reader-close"]').click();
  await page.waitForFunction((h) => document.activeElement?.getAttribute('href') === h, href);
  assert.deepEqual(errors, []);
  await page.close();
});

test('on a phone the filter sheet shows "Show N results", closes on it and on Esc, and focus returns', async () => {
  const { page, errors } = await openExplorer(browser, `${server.url}?q=patent`, { width: 390, height: 844 });
  const toggle = page.locator('[data-testid="facets-toggle"]');
  await toggle.click();
  const apply = page.locator('[data-testid="facets-apply"]');
  await apply.waitFor({ state: 'visible' });
  const box = page.locator('[data-facet="kind"] [data-testid="facet-value"]').first();
  await box.check();
  const total = await page.evaluate(() => {
    const kind = new URL(location.href).searchParams.getAll('kind');
    return window.ipExplorer.search('patent', { filters: { kind } }).total;
  });
  await page.waitForFunction(
    (n) => document.querySelector('[data-testid="facets-apply"]')?.textContent === `Show ${n} result${n === 1 ? '' : 's'}`,
    total,
  );
  await page.screenshot({ path: join(SHOTS, 'sheet-390.png') });
  await apply.click();
  assert.equal(await page.locator('#facet-groups').isVisible(), false);
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'facets-toggle');
  await toggle.click();
  await box.focus();
  await page.keyboard.press('Escape');
  assert.equal(await page.locator('#facet-groups').isVisible(), false);
  assert.equal(await page.evaluate(() => document.activeElement?.dataset.testid), 'facets-toggle');
  // Esc closed the sheet only: the query is still there.
  assert.equal(await page.locator('[data-testid="search-input"]').inputValue(), 'patent');
  assert.deepEqual(errors, []);
  await page.close();
});

/**
 * Visible targets smaller than `min` px: buttons, inputs, menus, facet rows,
 * and links that stand alone (a link inside a sentence is exempt, as WCAG
 * 2.2's target-size criterion says).
 */
function smallTargets(page, min) {
  return page.evaluate((min) => {
    const small = [];
    const inSentence = (a) => {
      const block = a.closest('p, li, dd, h2, h3, td') ?? a.parentElement;
      return block && block.textContent.trim().length > a.textContent.trim().length + 3;
    };
    const targets = document.querySelectorAll(
      'button, input:not([type=checkbox]), select, summary, .facet-value label, a[href]',
    );
    for (const el of targets) {
      const rect = el.getBoundingClientRect();
      const style = getComputedStyle(el);
      if (rect.width === 0 || rect.height === 0 || style.visibility === 'hidden') continue;
      if (el.matches('a[href]') && inSentence(el)) continue;
      if (rect.height < min || rect.width < min) {
        small.push(`${el.tagName.toLowerCase()}.${el.className || el.dataset.testid || ''} ${Math.round(rect.width)}x${Math.round(rect.height)} "${el.textContent.trim().slice(0, 30)}"`);
      }
    }
    return small;
  }, min);
}

for (const width of [390, 320]) {
  test(`at ${width} px every target is at least 24 px, primary actions 44 px`, async () => {
    const viewport = { width, height: 844 };
    const { page, errors } = await openExplorer(browser, server.url, viewport);
    await page.screenshot({ path: join(SHOTS, `home-${width}.png`) });
    // Every view is measured before anything is asserted, so one run lists all.
    const small = [];
    const measure = async (view) => small.push(...(await smallTargets(page, 24)).map((t) => `${view}: ${t}`));
    await measure('overview');

    await page.goto(`${server.url}?q=patent`);
    await page.locator('[data-testid="hits"] .hit').first().waitFor();
    await page.screenshot({ path: join(SHOTS, `results-${width}.png`) });
    await measure('results');
    for (const testid of ['search-input', 'facets-toggle']) {
      const box = await page.locator(`[data-testid="${testid}"]`).boundingBox();
      assert.ok(box.height >= 44, `${testid} is ${box.height} px tall`);
    }
    await page.locator('[data-testid="facets-toggle"]').click();
    await page.locator('[data-testid="facets-apply"]').waitFor({ state: 'visible' });
    await measure('filter sheet');
    assert.ok((await page.locator('[data-testid="facets-apply"]').boundingBox()).height >= 44);

    const hit = await spokenHit(page);
    await page.goto(`${server.url}?read=${encodeURIComponent(hit.doc)}&passage=${encodeURIComponent(hit.passage)}`);
    await page.locator('.passage.target').waitFor();
    await page.screenshot({ path: join(SHOTS, `reader-${width}.png`) });
    await measure('reader');
    assert.deepEqual(small, []);
    // Deep in the document, the Back button is still on screen.
    await page.mouse.wheel(0, 3000);
    // Scrolling may be animated: wait until it has come to rest.
    for (let tries = 0, y = -1; tries < 50; tries++) {
      await page.waitForTimeout(100);
      const now = await page.evaluate(() => scrollY);
      if (now === y && now > 0) break;
      y = now;
    }
    const back = await page.locator('[data-testid="reader-close"]').boundingBox();
    assert.ok(back && back.y >= 0 && back.y + back.height <= 844, `Back at ${JSON.stringify(back)}`);
    assert.ok(back.height >= 44, `Back is ${back.height} px tall`);
    await page.screenshot({ path: join(SHOTS, `reader-scrolled-${width}.png`) });
    assert.deepEqual(errors, []);
    await page.close();
  });
}

test('inside an embedded element the arrow keys, / and Esc work as on the page', async () => {
  const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  await page.goto(`${hosts.site.url}host/hostile.html`);
  await page.waitForFunction(() => document.querySelector('#one')?.shadowRoot?.querySelector('[data-testid="hit-link"]'));
  const one = page.locator('#one');
  const active = () => page.evaluate(() => {
    const el = document.querySelector('#one').shadowRoot.activeElement;
    return el ? { testid: el.dataset.testid ?? null, href: el.getAttribute('href') } : null;
  });
  await one.locator('[data-testid="search-input"]').focus();
  await page.keyboard.press('ArrowDown');
  const first = await active();
  assert.equal(first?.testid, 'hit-link');
  await page.keyboard.press('ArrowDown');
  assert.notEqual((await active())?.href, first.href);
  await page.keyboard.press('/');
  assert.equal((await active())?.testid, 'search-input');
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await one.locator('[data-testid="reader"]').waitFor();
  await page.keyboard.press('Escape');
  await one.locator('[data-testid="hits"]').waitFor();
  await page.waitForFunction(
    (href) => document.querySelector('#one').shadowRoot.activeElement?.getAttribute('href') === href,
    first.href,
  );
  await page.close();
});
