// Accessibility and layout audit of the release bundle: axe-core finds no
// serious or critical violation on the overview, a results page (with the
// query help open and every document's further passages shown), a question
// whose words never all meet (missing words listed) and the reader with the
// query marked, at desktop and phone widths, in the light
// and the dark colour scheme; nothing scrolls sideways at 360 px; and no page
// logs a console error.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createRequire } from 'node:module';
import { openExplorer, sharedBrowserAndServer } from './harness.mjs';

const AXE = createRequire(import.meta.url).resolve('axe-core/axe.min.js');
const ctx = sharedBrowserAndServer('/');

const WIDTHS = { desktop: 1280, phone: 390, small: 360 };

/** The views to audit, as query strings, found through the JS API. */
async function views(page) {
  return page.evaluate(() => {
    const hits = window.ipExplorer.search('patent').hits;
    const hit = hits[0];
    return {
      overview: '',
      results: '?q=patent',
      question: `?q=${encodeURIComponent('how many IP professionals does China have now, and how many before?')}`,
      reader: `?q=patent&read=${encodeURIComponent(hit.doc)}&passage=${encodeURIComponent(hit.passage)}`,
    };
  });
}

/** axe violations of impact serious or critical, as short readable lines. */
async function seriousViolations(page) {
  await page.addScriptTag({ path: AXE });
  const violations = await page.evaluate(async () => {
    const res = await window.axe.run(document, { resultTypes: ['violations'] });
    return res.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      nodes: v.nodes.slice(0, 3).map((n) => `${n.target.join(' ')}: ${n.failureSummary}`),
    }));
  });
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

for (const scheme of ['light', 'dark']) {
  for (const [label, width] of Object.entries(WIDTHS)) {
    test(`axe: no serious violations, no sideways scroll, no console errors (${scheme}, ${label} ${width}px)`, async () => {
      const { page, errors } = await openExplorer(ctx.browser, ctx.server.url, { width, height: 900 });
      await page.emulateMedia({ colorScheme: scheme });
      for (const [name, search] of Object.entries(await views(page))) {
        await page.goto(ctx.server.url + search);
        await page.evaluate(() => window.ipExplorerReady);
        await page.locator(name === 'reader' ? '[data-testid="reader"]' : '[data-testid="content"]').waitFor();
        if (name === 'results') {
          await page.locator('[data-testid="help-toggle"]').click();
          for (const more of await page.locator('[data-testid="more-passages"]').all()) await more.click();
        }
        const found = await seriousViolations(page);
        assert.deepEqual(found, [], `${name} (${scheme}, ${width}px): ${JSON.stringify(found, null, 1)}`);
        const [scrollWidth, innerWidth] = await page.evaluate(() => [
          document.documentElement.scrollWidth,
          window.innerWidth,
        ]);
        assert.ok(scrollWidth <= innerWidth, `${name} at ${width}px is ${scrollWidth}px wide`);
      }
      assert.deepEqual(errors, []);
      await page.close();
    });
  }
}
