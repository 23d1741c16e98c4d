// What a chunked bundle fetches per query: for each query, in a fresh page
// with an empty cache, `ipExplorer.searchAsync(q)` and the index shards and
// text chunks it fetched (count and bytes on disk), and how long it took on
// 127.0.0.1; then the same query typed into a page whose parts are cached.
// Prints a markdown table for BENCHMARKS.md ("chunks" subsection).
//   node tests/e2e/bench-parts.mjs --dist DIR --queries "a,b,c"
import { statSync, readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { launch } from './harness.mjs';
import { serveDir } from './serve.mjs';

const { values: opts } = parseArgs({
  options: { dist: { type: 'string' }, queries: { type: 'string', default: 'patent' } },
});
const dist = opts.dist;
const queries = opts.queries.split(',');
const PART = /\/(text|index)-[0-9a-f]{32}\.bin$/;
const size = (path) => statSync(join(dist, path.split('/').pop())).size;
const gzipped = (path) => gzipSync(readFileSync(join(dist, path.split('/').pop())), { level: 9 }).length;
const kb = (n) => (n / 1024).toFixed(0) + ' KB';

const files = readdirSync(dist);
const upFront = files.filter((f) => !/^(text|index)-/.test(f) && f !== 'embed.js' && !f.startsWith('embed-'));
const parts = files.filter((f) => /^(text|index)-/.test(f));
const sum = (list) => list.reduce((n, f) => n + statSync(join(dist, f)).size, 0);
console.log(`Up front (raw): ${kb(sum(upFront))}; parts: ${parts.length} files, ${kb(sum(parts))}` +
  ` (${files.filter((f) => f.startsWith('index-')).length} index shards, ` +
  `${files.filter((f) => f.startsWith('text-')).length} text chunks)\n`);

const server = await serveDir(dist, '/', { caching: true });
const browser = await launch();
console.log('| query | total | shards | text chunks | bytes fetched (raw) | gzip | searchAsync, cold |');
console.log('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const q of queries) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(server.url);
  await page.evaluate(() => window.ipExplorerReady);
  const before = server.requests.length;
  const { total, ms } = await page.evaluate(async (q) => {
    const t0 = performance.now();
    const r = await window.ipExplorer.searchAsync(q);
    return { total: r.total, ms: performance.now() - t0 };
  }, q);
  const fetched = server.requests.slice(before).filter((p) => PART.test(p));
  const shards = fetched.filter((p) => p.includes('/index-')).length;
  const bytes = fetched.reduce((n, p) => n + size(p), 0);
  const gz = fetched.reduce((n, p) => n + gzipped(p), 0);
  console.log(`| \`${q}\` | ${total} | ${shards} | ${fetched.length - shards} | ${kb(bytes)} | ${kb(gz)} | ${ms.toFixed(0)} ms |`);
  await context.close();
}
await browser.close();
await server.close();
