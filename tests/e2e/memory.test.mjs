// Memory stays flat across 10,000 consecutive searches in the page: the wasm
// linear memory (ipExplorer.stats().wasmMemoryBytes; it can only grow) and the
// JS heap after a forced garbage collection (CDP HeapProfiler.collectGarbage,
// Performance.getMetrics JSHeapUsedSize), measured after a warm-up and again
// at the end. The bound is generous: at most +8 MB for either.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openExplorer, sharedBrowserAndServer } from './harness.mjs';

const ctx = sharedBrowserAndServer('/');
const MB = 1024 * 1024;
const N_SEARCHES = 10000;

const WORDS = ['patent', 'protection', 'trademark', 'copyright', 'china', 'cases', 'pledge', 'financing',
  'enterprises', 'innovation', 'examination', 'geographical', 'indication', 'talent', 'cnipa', 'law'];

/** Runs searches start..end through the JS API, with varied queries and options. */
function runSearches([start, end, words]) {
  let total = 0;
  for (let i = start; i < end; i++) {
    const a = words[i % words.length];
    const b = words[(i * 7 + 3) % words.length];
    const query = [`${a} ${b}`, `${a.slice(0, 3)}`, `"${a} ${b}"`, `${a} -${b}`, `${a}x${i}`][i % 5];
    const options = i % 3 === 0 ? { filters: { kind: ['transcript'] }, limit: 5 } : { offset: i % 4, sort: i % 2 ? 'date' : 'relevance' };
    total += window.ipExplorer.search(query, options).total;
  }
  return total;
}

async function measure(page, cdp) {
  await cdp.send('HeapProfiler.collectGarbage');
  const { metrics } = await cdp.send('Performance.getMetrics');
  const heap = metrics.find((m) => m.name === 'JSHeapUsedSize').value;
  const wasm = await page.evaluate(() => window.ipExplorer.stats().wasmMemoryBytes);
  return { heap, wasm };
}

test(`wasm memory and JS heap stay flat across ${N_SEARCHES} searches`, async (t) => {
  const { page, errors } = await openExplorer(ctx.browser, ctx.server.url);
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable');
  // Warm up: the first searches fill allocator pools and lazily built tables.
  await page.evaluate(runSearches, [0, 500, WORDS]);
  const input = page.locator('[data-testid="search-input"]');
  for (const word of WORDS) await input.fill(word);
  const before = await measure(page, cdp);

  for (let start = 0; start < N_SEARCHES; start += 1000) {
    await page.evaluate(runSearches, [start, start + 1000, WORDS]);
  }
  // Typing through the UI too: each keystroke renders a new result list.
  for (let round = 0; round < 10; round++) {
    for (const word of WORDS) await input.fill(`${word} ${round}`);
  }
  await input.fill('');
  const after = await measure(page, cdp);

  const line = `wasm ${(before.wasm / MB).toFixed(2)} -> ${(after.wasm / MB).toFixed(2)} MB; ` +
    `JS heap ${(before.heap / MB).toFixed(2)} -> ${(after.heap / MB).toFixed(2)} MB`;
  t.diagnostic(line);
  console.log(`# memory after ${N_SEARCHES} searches + 160 typed queries: ${line}`);
  assert.ok(after.wasm - before.wasm <= 8 * MB, line);
  assert.ok(after.heap - before.heap <= 8 * MB, line);
  assert.deepEqual(errors, []);
  await page.close();
});
