// Smoke test of the browser benchmark (`./x bench`): one tiny run against the
// release bundle must produce every figure, and the static-host caching the
// warm figures rely on must really serve a warm load from the cache. Checks
// that the benchmark works, never how fast anything is.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { DIST, ROOT } from './harness.mjs';
import { serveDir } from './serve.mjs';

test('the caching server answers a revalidation with 304 and marks hashed files immutable', async () => {
  const server = await serveDir(DIST, '/', { caching: true });
  try {
    const page = await fetch(server.url);
    assert.equal(page.status, 200);
    assert.equal(page.headers.get('cache-control'), 'no-cache');
    const etag = page.headers.get('etag');
    assert.ok(etag);
    const again = await fetch(server.url, { headers: { 'if-none-match': etag } });
    assert.equal(again.status, 304);
    const html = await page.text();
    const wasm = html.match(/[\w-]+_bg\.wasm/)[0];
    const asset = await fetch(server.url + wasm);
    assert.match(asset.headers.get('cache-control'), /immutable/);
  } finally {
    await server.close();
  }
});

test('one tiny benchmark run reports every figure and a verdict per budget', async () => {
  const out = join(mkdtempSync(join(tmpdir(), 'ipx-bench-')), 'report.md');
  const args = ['tests/e2e/bench-browser.mjs', '--dist', DIST, '--runs', '1', '--rounds', '1',
    '--sample-ms', '1', '--queries', 'patent,copyright', '--type', 'ip', '--out', out];
  const { stdout } = await promisify(execFile)(process.execPath, args, { cwd: ROOT, maxBuffer: 1 << 24 });
  assert.equal(stdout.match(/^(PASS|MISS) /gm)?.length, 6, stdout);
  const report = JSON.parse(readFileSync(out.replace(/\.md$/, '.json'), 'utf8'));
  const [run] = report.runs;
  assert.ok(report.totals.gzip > 0 && report.totals.brotli < report.totals.gzip);
  for (const load of [run.cold, ...run.warm]) {
    assert.ok(load.ready > 0 && load.results >= load.ready, JSON.stringify(load));
  }
  // A warm load asks the server for index.html only (answered 304).
  assert.deepEqual(run.warmRequests.map((r) => r.length), [1, 1]);
  assert.equal(run.keys.keys.length, 2);
  assert.ok(run.keys.keys.every((k) => k.paint > 0 && k.work > 0));
  assert.ok(run.memory.jsHeapUsed > 0 && run.memory.wasmMemory > 0);
  assert.equal(run.race.passages > 0, true);
  const engines = ['ours', 'ours_no_hits', 'minisearch', 'minisearch_fuzzy', 'flexsearch', 'orama', 'pagefind'];
  for (const engine of engines) {
    assert.equal(run.race.samples[engine]?.length, 2, engine);
  }
  // The rivals index the same passages: a word in the corpus is found by all.
  for (const engine of engines.filter((e) => e !== 'ours_no_hits')) {
    assert.ok(run.race.counts[engine].patent > 0, engine);
  }
  // Pagefind alone: what it fetched, when it was ready and showed a result.
  for (const load of [run.pagefind.cold, ...run.pagefind.warm]) {
    assert.ok(load.ready > 0 && load.results >= load.ready && load.count > 0, JSON.stringify(load));
  }
  assert.ok(run.pagefind.cold.bytes > 0 && run.pagefind.cold.fetched.includes('/pagefind/pagefind.js'));
  assert.match(stdout, /bytes: ours \(all files\) ÷ Pagefind/);
});
