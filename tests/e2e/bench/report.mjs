// Turns the raw figures of bench-browser.mjs into the markdown report pasted
// into BENCHMARKS.md, and checks the issue-15 budgets (PASS/MISS, never a test).

/** Budgets of issue 15 for the seed corpus. 1 KB = 1000 bytes. */
export const BUDGETS = {
  gzipBytes: 200_000,
  warmReadyMs: 150,
  warmResultsMs: 250,
  inputToPaintP95Ms: 16,
  searchVsMiniSearchFuzzy: 0.5,
  searchVsFlexSearch: 10,
};

/** The engines raced against ours in the page, as the ratios name them. */
const RIVALS = ['minisearch', 'minisearch_fuzzy', 'flexsearch', 'orama', 'pagefind'];

export const median = (xs) => quantile(xs, 0.5);
export const p95 = (xs) => quantile(xs, 0.95);

function quantile(xs, q) {
  const sorted = xs.filter((x) => typeof x === 'number' && Number.isFinite(x)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  return sorted[Math.min(sorted.length - 1, Math.floor((sorted.length - 1) * q + 0.5))];
}

/** Everything the report shows, as numbers. */
export function summarise(report) {
  const { runs } = report;
  const warm = runs.flatMap((r) => r.warm);
  const keys = runs.flatMap((r) => r.keys.keys);
  const events = runs.flatMap((r) => r.keys.events ?? []);
  const runners = Object.keys(runs[0].race.samples);
  const search = Object.fromEntries(
    runners.map((name) => {
      const all = runs.flatMap((r) => r.race.samples[name]);
      return [name, { median: median(all), p95: p95(all) }];
    }),
  );
  // Per run: our median over its median, then the median of those ratios.
  const perRun = (ours, theirs) => runs.map((r) => median(r.race.samples[ours]) / median(r.race.samples[theirs]));
  const ratios = {};
  const runRatios = {};
  for (const ours of ['ours', 'ours_no_hits']) {
    for (const theirs of RIVALS.filter((n) => runners.includes(n))) {
      runRatios[`${ours}/${theirs}`] = perRun(ours, theirs);
      ratios[`${ours}/${theirs}`] = median(runRatios[`${ours}/${theirs}`]);
    }
  }
  // Pagefind's own page against ours, per run: warm loads, and the cold one.
  const pagefind = report.pagefind ? pagefindRatios(report) : null;
  const perQuery = Object.fromEntries(
    report.queries.map((q) => [
      q,
      Object.fromEntries(runners.map((n) => [n, median(runs.flatMap((r) => r.race.perQuery[n][q]))])),
    ]),
  );
  return {
    coldReady: stats(runs.map((r) => r.cold.ready)),
    coldResults: stats(runs.map((r) => r.cold.results)),
    warmReady: stats(warm.map((w) => w.ready)),
    warmResults: stats(warm.map((w) => w.results)),
    coldWasmFetched: stats(runs.map((r) => r.cold.wasmEnd)),
    warmWasmFetched: stats(warm.map((w) => w.wasmEnd)),
    warmServerRequests: median(runs.flatMap((r) => r.warmRequests.map((x) => x.length))),
    coldServerRequests: median(runs.map((r) => r.coldRequests.length)),
    keyPaint: stats(keys.map((k) => k.paint)),
    keyWork: stats(keys.map((k) => k.work)),
    keyCount: keys.length,
    slowEvents: events.length,
    slowestEvent: events.length ? Math.max(...events.map((e) => e.duration)) : 0,
    jsHeap: median(runs.map((r) => r.memory.jsHeapUsed)),
    wasmMemory: median(runs.map((r) => r.memory.wasmMemory)),
    search,
    ratios,
    runRatios,
    pagefind,
    perQuery,
    built: Object.fromEntries(
      Object.keys(runs[0].race.built).map((name) => [name, median(runs.map((r) => r.race.built[name]))]),
    ),
    passages: runs[0].race.passages,
    counts: runs[0].race.counts,
  };
}

/** Pagefind's bytes, ready and first results, and ours over them per run. */
function pagefindRatios(report) {
  const { runs } = report;
  const warm = runs.flatMap((r) => r.pagefind.warm);
  const theirs = {
    bytes: median(runs.map((r) => r.pagefind.cold.bytes)),
    files: median(runs.map((r) => new Set(r.pagefind.cold.fetched).size)),
    coldReady: stats(runs.map((r) => r.pagefind.cold.ready)),
    coldResults: stats(runs.map((r) => r.pagefind.cold.results)),
    warmReady: stats(warm.map((w) => w.ready)),
    warmResults: stats(warm.map((w) => w.results)),
  };
  const perRun = (ours, pick) => runs.map((r) => median(ours(r)) / median(pick(r)));
  const byRun = {
    bytes: runs.map((r) => report.totals.gzip / r.pagefind.cold.bytes),
    warmReady: perRun((r) => r.warm.map((w) => w.ready), (r) => r.pagefind.warm.map((w) => w.ready)),
    warmResults: perRun((r) => r.warm.map((w) => w.results), (r) => r.pagefind.warm.map((w) => w.results)),
    coldReady: perRun((r) => [r.cold.ready], (r) => [r.pagefind.cold.ready]),
    coldResults: perRun((r) => [r.cold.results], (r) => [r.pagefind.cold.results]),
  };
  return { theirs, byRun, ratios: Object.fromEntries(Object.entries(byRun).map(([k, v]) => [k, median(v)])) };
}

function stats(xs) {
  return { median: median(xs), p95: p95(xs), n: xs.length };
}

/** [{name, budget, measured, pass}] */
export function checkBudgets(report) {
  const s = summarise(report);
  const fuzzy = s.ratios['ours/minisearch_fuzzy'];
  const flex = s.ratios['ours/flexsearch'];
  return [
    {
      name: 'bundle, all files, gzip',
      budget: `≤ ${BUDGETS.gzipBytes.toLocaleString('en')} B`,
      measured: `${report.totals.gzip.toLocaleString('en')} B`,
      pass: report.totals.gzip <= BUDGETS.gzipBytes,
    },
    {
      name: 'navigation to ipExplorerReady, warm cache, median',
      budget: `≤ ${BUDGETS.warmReadyMs} ms`,
      measured: ms(s.warmReady.median),
      pass: s.warmReady.median <= BUDGETS.warmReadyMs,
    },
    {
      name: 'navigation to first results painted, warm cache, median',
      budget: `≤ ${BUDGETS.warmResultsMs} ms`,
      measured: ms(s.warmResults.median),
      pass: s.warmResults.median <= BUDGETS.warmResultsMs,
    },
    {
      name: 'input-to-paint per keystroke, p95',
      budget: `≤ ${BUDGETS.inputToPaintP95Ms} ms`,
      measured: ms(s.keyPaint.p95),
      pass: s.keyPaint.p95 <= BUDGETS.inputToPaintP95Ms,
    },
    {
      name: 'search() with snippets and facets ÷ MiniSearch fuzzy (median of per-run ratios)',
      budget: `≤ ${BUDGETS.searchVsMiniSearchFuzzy.toFixed(2)}x`,
      measured: `${fuzzy.toFixed(2)}x (${ms(s.search.ours.median, 3)} vs ${ms(s.search.minisearch_fuzzy.median, 3)})`,
      pass: fuzzy <= BUDGETS.searchVsMiniSearchFuzzy,
    },
    {
      name: 'search() with snippets and facets ÷ FlexSearch (median of per-run ratios)',
      budget: `≤ ${BUDGETS.searchVsFlexSearch}x`,
      measured: `${flex.toFixed(1)}x (${ms(s.search.ours.median, 3)} vs ${ms(s.search.flexsearch.median, 4)})`,
      pass: flex <= BUDGETS.searchVsFlexSearch,
    },
  ];
}

function ms(x, digits = 1) {
  return Number.isFinite(x) ? `${x.toFixed(digits)} ms` : 'n/a';
}

const bytes = (n) => n.toLocaleString('en');

export function renderReport(report, budgets) {
  const s = summarise(report);
  const lines = [];
  const row = (...cells) => lines.push(`| ${cells.join(' | ')} |`);
  lines.push(`### Browser: ${report.label}`, '');
  lines.push(`${report.runs.length} runs, ${s.passages} passages, headless Chromium; \`?q=${report.urlQuery}\`, typing \`${report.typed}\`.`, '');
  row('file', 'raw', 'gzip -9', 'brotli 11');
  row('---', '---:', '---:', '---:');
  for (const f of report.sizes.filter((f) => !f.lazy)) row(`\`${f.file}\``, bytes(f.raw), bytes(f.gzip), bytes(f.brotli));
  // A chunked build has a hundred parts or more: one line per kind, not per file.
  for (const kind of ['index', 'text']) {
    const parts = report.sizes.filter((f) => f.lazy && f.file.split('/').pop().startsWith(`${kind}-`));
    if (parts.length === 0) continue;
    const sum = (key) => parts.reduce((n, f) => n + f[key], 0);
    const what = kind === 'index' ? 'index shards' : 'text chunks';
    row(`${parts.length} ${what} \`${kind}-<hash>.bin\` (fetched when needed)`, bytes(sum('raw')), bytes(sum('gzip')), bytes(sum('brotli')));
  }
  row('**total loaded up front**', `**${bytes(report.totals.raw)}**`, `**${bytes(report.totals.gzip)}**`, `**${bytes(report.totals.brotli)}**`);
  if (report.allTotals.raw !== report.totals.raw) {
    row('all files, parts included', bytes(report.allTotals.raw), bytes(report.allTotals.gzip), bytes(report.allTotals.brotli));
  }
  lines.push('');
  row('measure', 'median', 'p95', 'samples');
  row('---', '---:', '---:', '---:');
  row('navigation → `ipExplorerReady`, cold (new context, empty cache)', ms(s.coldReady.median), ms(s.coldReady.p95), s.coldReady.n);
  row('navigation → first results painted, cold', ms(s.coldResults.median), ms(s.coldResults.p95), s.coldResults.n);
  row('navigation → `ipExplorerReady`, warm (same context, HTTP cache)', ms(s.warmReady.median), ms(s.warmReady.p95), s.warmReady.n);
  row('navigation → first results painted, warm', ms(s.warmResults.median), ms(s.warmResults.p95), s.warmResults.n);
  row('navigation → wasm file received, cold', ms(s.coldWasmFetched.median), ms(s.coldWasmFetched.p95), s.coldWasmFetched.n);
  row('navigation → wasm file received, warm', ms(s.warmWasmFetched.median), ms(s.warmWasmFetched.p95), s.warmWasmFetched.n);
  row('keystroke → next paint (input to paint)', ms(s.keyPaint.median), ms(s.keyPaint.p95), s.keyCount);
  row('keystroke → handlers, DOM update and layout done (no frame wait)', ms(s.keyWork.median), ms(s.keyWork.p95), s.keyCount);
  for (const [name, label] of SEARCHERS.filter(([n]) => s.search[n])) {
    row(`search: ${label}`, ms(s.search[name].median, 3), ms(s.search[name].p95, 3), '');
  }
  lines.push('');
  lines.push(`Requests reaching the server per load: cold ${s.coldServerRequests}, warm ${s.warmServerRequests} ` +
    '(hashed files are `immutable`, max-age one year; `index.html` is revalidated by ETag).');
  lines.push(`Event Timing entries of 16 ms or more while typing: ${s.slowEvents} (slowest ${s.slowestEvent} ms).`);
  lines.push(`Memory after load (median): JS heap ${(s.jsHeap / 1e6).toFixed(2)} MB after a full GC, wasm linear memory ${(s.wasmMemory / 1e6).toFixed(2)} MB.`);
  lines.push(`Index build in the page: ${Object.entries(s.built).map(([n, t]) => `${n} ${ms(t)}`).join(', ')}.`, '');
  if (s.pagefind) {
    const t = s.pagefind.theirs;
    lines.push('Pagefind 1.6 alone in its own page (its JS API, no UI; index of the same passages built at bench time):', '');
    row('Pagefind', 'median', 'p95', 'samples');
    row('---', '---:', '---:', '---:');
    row(`bytes fetched by a cold load (${t.files} files: JS, worker, wasm, index, fragments; gzip -9 or raw if smaller)`, bytes(t.bytes), '', runs(report));
    row('navigation → `init()` done, cold / warm', `${ms(t.coldReady.median)} / ${ms(t.warmReady.median)}`, `${ms(t.coldReady.p95)} / ${ms(t.warmReady.p95)}`, '');
    row('navigation → first result painted (search + first `data()`), cold / warm', `${ms(t.coldResults.median)} / ${ms(t.warmResults.median)}`,
      `${ms(t.coldResults.p95)} / ${ms(t.warmResults.p95)}`, '');
    lines.push('');
  }
  const ratioRows = Object.entries(s.runRatios).map(([key, perRun]) => [`\`search()\`: ${key.replace('/', ' ÷ ')}`, perRun]);
  if (s.pagefind) {
    const b = s.pagefind.byRun;
    ratioRows.push(['bytes: ours (all files) ÷ Pagefind (fetched)', b.bytes], ['ready, warm: ours ÷ Pagefind `init()`', b.warmReady],
      ['first results, warm: ours ÷ Pagefind', b.warmResults], ['ready, cold: ours ÷ Pagefind', b.coldReady],
      ['first results, cold: ours ÷ Pagefind', b.coldResults]);
  }
  row('ours ÷ theirs', 'median', 'per run');
  row('---', '---:', '---');
  for (const [label, perRun] of ratioRows) row(label, `${median(perRun).toFixed(2)}x`, perRun.map((x) => x.toFixed(2)).join(', '));
  lines.push('');
  const names = SEARCHERS.map(([n]) => n).filter((n) => s.search[n]);
  row('query', ...names, `matches ${names.filter((n) => n !== 'ours_no_hits').join(' / ')}`);
  row('---', ...names.map(() => '---:'), '---:');
  for (const q of report.queries) {
    const t = s.perQuery[q];
    const c = s.counts;
    row(`\`${q}\``, ...names.map((n) => ms(t[n], 3)), names.filter((n) => n !== 'ours_no_hits').map((n) => c[n][q]).join(' / '));
  }
  lines.push('');
  for (const b of budgets) lines.push(`- ${b.pass ? 'PASS' : '**MISS**'} ${b.name}: ${b.measured} (budget ${b.budget})`);
  lines.push('');
  return lines.join('\n');
}

const SEARCHERS = [
  ['ours', '`ipExplorer.search(q)`: 20 groups, snippets, facets'],
  ['ours_no_hits', '`ipExplorer.search(q, {limit: 0})`: total and facets only'],
  ['minisearch', 'MiniSearch AND + prefix, no snippets or facets'],
  ['minisearch_fuzzy', 'MiniSearch AND + prefix + fuzzy 0.2'],
  ['flexsearch', 'FlexSearch forward tokenizer, top 100'],
  ['orama', 'Orama 3, every word, top 20 with stored fields'],
  ['pagefind', 'Pagefind 1.6 `search(q)` + first result `data()` (worker)'],
];

const runs = (report) => report.runs.length;
