// Hostile input through the JS API and the URL of the release bundle: very long
// queries, a thousand terms, emoji, combining marks, right-to-left text, NUL and
// control characters, lone punctuation, unbalanced quotes, `-` alone, malformed
// percent-encoding, unknown facets and values, huge pages and options of the
// wrong type. Each gets a sensible result and nothing throws or logs an error.
// The engine caps the work a query can ask for (see ARCHITECTURE.md), which the
// `truncated` flags below check; how fast each query runs is printed here and
// measured by the benchmarks (`./x bench`, `cargo bench`), not judged by this
// test. Only a runaway (a second or more, best of three runs) fails it.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { openExplorer, sharedBrowserAndServer } from './harness.mjs';

const ctx = sharedBrowserAndServer('/');
// A runaway, not a speed budget: the slowest hostile query takes a few ms.
const RUNAWAY_MS = 1000;

const range = (n, f) => Array.from({ length: n }, (_, i) => f(i));
const HOSTILE = {
  '10,000 characters': 'patent '.repeat(1430),
  '10,000 chars, one word': 'a'.repeat(10000),
  '1,000 terms': range(1000, (i) => `w${i}`).join(' '),
  '1,000 corpus words': 'protection patent rights '.repeat(334),
  '1,000 prefixes': 'pa pr co in '.repeat(250),
  '1,000 typos': 'protectoin '.repeat(1000),
  '1,000 exclusions': 'patent ' + '-the '.repeat(1000),
  '1,000 phrases': '"patent protection" '.repeat(1000),
  '1,000 filters': 'year:2021 '.repeat(1000),
  emoji: '👩‍🔬 patent 🇨🇳 🔥🔥',
  'combining marks': 'pa\u0301\u0302\u0303tent e\u0301'.repeat(3),
  zalgo: 'p\u0300'.repeat(3000),
  'right-to-left': '\u202etnetap براءة الاختراع \u200fpatent',
  'NUL and controls': 'pat\0ent\u0001\u0007\u001b[31m\u007f\r\n\t',
  'only punctuation': "!@#$%^&*()_+{}|:<>?~`-=[]\\;',./",
  'unbalanced quotes': '"patent protection',
  'many quotes': '"'.repeat(999),
  'minus alone': '-',
  'minus and quote': '-"',
  'colon filters': 'speaker: year: :kind kind:: doc:"',
  'unknown field': 'nosuch:thing patent',
  'percent junk': '%E0%A4%A %ZZ %',
  'cjk run': '知识产权'.repeat(2500),
  markup: '<script>window.__pwned=1</script> <img src=x onerror=alert(1)>',
  'lone surrogate': 'patent \ud800 \udfff',
};

test('hostile queries through the JS API answer sensibly, with their work capped', async () => {
  const { page, errors } = await openExplorer(ctx.browser, ctx.server.url);
  const report = await page.evaluate((queries) => {
    const out = {};
    for (const [name, query] of Object.entries(queries)) {
      let best = Infinity;
      let result;
      for (let run = 0; run < 3; run++) {
        const start = performance.now();
        result = window.ipExplorer.search(query);
        best = Math.min(best, performance.now() - start);
      }
      out[name] = { ms: best, total: result.total, hits: result.hits.length, truncated: result.truncated, keys: Object.keys(result).sort() };
    }
    return out;
  }, HOSTILE);
  const slowest = Object.entries(report).sort((a, b) => b[1].ms - a[1].ms)[0];
  console.log(`# slowest hostile query: ${slowest[0]} ${slowest[1].ms.toFixed(2)} ms`);
  for (const [name, r] of Object.entries(report)) {
    assert.ok(r.ms < RUNAWAY_MS, `${name} took ${r.ms.toFixed(1)} ms`);
    // `fewerWords` comes only with a query that matched nothing.
    const keys = r.keys.filter((k) => !(k === 'fewerWords' && r.total === 0));
    for (const key of ['documents', 'facets', 'hits', 'query', 'suggestion', 'total', 'truncated']) {
      assert.ok(keys.includes(key), `${name}: the record has ${key}`);
    }
    assert.ok(r.hits <= 20 && r.total >= r.hits, name);
  }
  // The JS API cuts a query to 1,000 characters before the engine sees it
  // (src/caps.rs); the engine reports what it cuts itself (words past its limit).
  for (const name of ['1,000 terms', '1,000 phrases']) {
    assert.equal(report[name].truncated, true, `${name} is reported as cut`);
  }
  for (const name of ['emoji', 'unbalanced quotes', 'minus alone']) {
    assert.equal(report[name].truncated, false, name);
  }
  assert.ok(report['unbalanced quotes'].total > 0, 'an unbalanced quote still searches the words');
  assert.equal(report['minus alone'].total, 0);
  assert.equal(await page.evaluate(() => window.__pwned), undefined);
  assert.deepEqual(errors, []);
  await page.close();
});

test('options of the wrong type, unknown facets and huge pages are ignored or capped', async () => {
  const { page, errors } = await openExplorer(ctx.browser, ctx.server.url);
  const r = await page.evaluate(() => {
    const api = window.ipExplorer;
    const plain = api.search('patent');
    const many = Array.from({ length: 10000 }, (_, i) => `v${i}`);
    // Best of three, like the query timings above.
    const time = (f) => {
      let best = { ms: Infinity };
      for (let run = 0; run < 3; run++) {
        const start = performance.now();
        const value = f();
        const ms = performance.now() - start;
        if (ms < best.ms) best = { value, ms };
      }
      return best;
    };
    return {
      plain: plain.total,
      numberQuery: api.search(12345).total,
      nullQuery: api.search(null, null).total,
      objectQuery: api.search({ toString: () => 'patent' }).total,
      badOptions: api.search('patent', { limit: 'ten', offset: -5, filters: 'kind', sort: 42 }).total,
      badFilterValues: api.search('patent', { filters: { kind: [null, {}, true], year: [NaN, undefined] } }).total,
      unknownFacet: api.search('patent', { filters: { nosuch: ['x'] } }).total,
      unknownValue: api.search('patent', { filters: { kind: ['nosuch'] } }).total,
      hugeOffset: api.search('patent', { offset: 1e300 }).hits.length,
      hugeLimit: api.search('patent', { limit: Number.MAX_SAFE_INTEGER }).hits.length,
      infiniteLimit: api.search('patent', { limit: Infinity }).hits.length,
      documents: plain.documents,
      manyValues: time(() => api.search('patent', { filters: { kind: many, year: many, doc: many, speaker: many, entity: many, topic: many } }).total),
      facts: Array.isArray(api.facts({ query: 7, doc: {}, measure: [], filters: 'x' })),
      factsNull: Array.isArray(api.facts(null)),
    };
  });
  assert.ok(r.plain > 0);
  assert.equal(r.numberQuery, 0, 'a non-string query counts as empty');
  assert.equal(r.nullQuery, 0);
  assert.equal(r.objectQuery, 0);
  assert.equal(r.badOptions, r.plain, 'options of the wrong type are ignored');
  assert.equal(r.badFilterValues, r.plain, 'filter values of the wrong type are skipped');
  assert.equal(r.unknownFacet, r.plain, 'an unknown facet is ignored');
  assert.equal(r.unknownValue, 0, 'an unknown value matches nothing');
  assert.equal(r.hugeOffset, 0);
  assert.equal(r.hugeLimit, r.documents);
  assert.equal(r.infiniteLimit, Math.min(20, r.documents), 'a non-finite limit counts as absent');
  assert.equal(r.manyValues.value, 0);
  assert.ok(r.manyValues.ms < RUNAWAY_MS, `60,000 filter values took ${r.manyValues.ms} ms`);
  assert.ok(r.facts && r.factsNull);
  assert.deepEqual(errors, []);
  await page.close();
});

test('hostile URLs load the explorer with a sensible view', async () => {
  const cases = [
    { search: '?q=%E0%A4%A', query: '' },
    { search: '?q=%ZZ&kind=news', query: '' },
    { search: '?q=' + encodeURIComponent('patent\0\u0001'), query: 'patent\0\u0001' },
    { search: '?q=' + encodeURIComponent('"patent'), query: '"patent' },
    { search: '?q=-', query: '-' },
    { search: '?q=' + encodeURIComponent('<script>window.__pwned=1</script>'), query: '<script>window.__pwned=1</script>' },
    { search: '?kind=nosuch&year=abc&entity=%FF&read=nosuch&passage=%23%23', query: '' },
    // The URL's query is capped at 1,000 characters before any work.
    { search: '?q=' + 'patent+'.repeat(1430), query: 'patent '.repeat(1430).slice(0, 1000) },
  ];
  for (const c of cases) {
    const { page, errors } = await openExplorer(ctx.browser, ctx.server.url + c.search);
    await page.locator('[data-testid="search-input"]').waitFor();
    assert.equal(await page.locator('[data-testid="search-input"]').inputValue(), c.query, c.search.slice(0, 60));
    if (c.cut) await page.locator('[data-testid="query-truncated"]').waitFor();
    assert.equal(await page.locator('[data-testid="fatal-error"]').count(), 0);
    assert.equal(await page.evaluate(() => window.__pwned), undefined);
    assert.deepEqual(errors, [], c.search.slice(0, 60));
    await page.close();
  }
});
