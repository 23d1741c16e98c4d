// Typing a query key by key shows, after each key, the rows a fresh load of
// the same query shows: each row's marked words, "why" labels and further
// passages are the new query's, never those of a query typed before (a row
// kept for its passage once showed an earlier prefix's highlights and labels).
// Expected rows come from the page itself, loaded at `?q=`.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openExplorer, sharedBrowserAndServer } from './harness.mjs';

const ctx = sharedBrowserAndServer('/');

/** What the results list shows, row by row, in plain data. */
const rows = (page) =>
  page.evaluate(() => {
    const shown = (li) => {
      const own = (selector) => [...li.querySelectorAll(selector)].filter((el) => el.closest('li') === li);
      return {
        passage: li.dataset.passage,
        text: own('.hit-text').map((p) => p.textContent),
        marks: own('.hit-text mark').map((m) => m.textContent),
        why: own('.why .why-tag').map((t) => t.textContent),
        missing: own('[data-testid=missing]').map((p) => p.textContent),
      };
    };
    return [...document.querySelectorAll('[data-testid=hits] > li.hit')].map((li) => ({
      ...shown(li),
      more: [...li.querySelectorAll('li.sub-hit')].map(shown),
    }));
  });

test('rows typed into show what a fresh load of the query shows', async () => {
  const words = 'trademark protection';
  const { page, errors } = await openExplorer(ctx.browser, ctx.server.url);
  const input = page.getByTestId('search-input');
  await input.focus();
  let last = [];
  for (let i = 1; i <= words.length; i++) {
    const typed = words.slice(0, i);
    const fresh = await openExplorer(ctx.browser, `${ctx.server.url}?q=${encodeURIComponent(typed)}`);
    const want = await rows(fresh.page);
    await fresh.page.close();
    assert.deepEqual(fresh.errors, []);

    await page.keyboard.press(typed.at(-1) === ' ' ? 'Space' : typed.at(-1));
    // The rows follow the key within a few frames; a stale row never
    // changes, so waiting for equality up to a bound cannot hide one. The
    // bound (10 s) is for a test machine busy with a release build.
    let got = await rows(page);
    for (let tries = 0; tries < 200 && JSON.stringify(got) !== JSON.stringify(want); tries++) {
      await page.waitForTimeout(50);
      got = await rows(page);
    }
    assert.deepEqual(got, want, `after typing ${JSON.stringify(typed)}`);
    last = got;
  }
  assert.ok(last.length > 0 && last[0].marks.length > 0 && last[0].why.length > 0, 'the full query has marked, labelled hits');
  assert.deepEqual(errors, []);
});
