// The browser benchmark (`./x bench`): headless Chromium against a served
// release bundle. Measures bytes per file, navigation to ipExplorerReady and to
// the first results of a ?q= URL (cold: fresh browser context; warm: same
// context, files from the HTTP cache or revalidated with a 304), input-to-paint
// per keystroke, search() against MiniSearch, FlexSearch and Orama in the same
// page, Pagefind over an index of the same passages built at bench time (its
// bytes, ready and first results in its own page, per-query time in ours), and
// JS heap and wasm memory after load; then checks the issue-15 budgets.
//
//   node tests/e2e/bench-browser.mjs [--dist DIR] [--runs N] [--label NAME]
//        [--out FILE.md] [--url-query WORD] [--type "words to type"]
//        [--queries "a,b,c"] [--rounds N] [--sample-ms MS]
//
// Prints a markdown report (also written to --out) and one PASS/MISS line per
// budget. Medians and p95 over all runs; the machine is shared and noisy, so
// each run does every measurement (interleaved) and ratios come from one run.
import { existsSync, writeFileSync, mkdirSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { parseArgs } from 'node:util';
import { launch, ROOT } from './harness.mjs';
import { serveDir } from './serve.mjs';
import { bundleSizes, totals } from './bench/sizes.mjs';
import { installProbes } from './bench/probes.mjs';
import { raceSearches } from './bench/search-race.mjs';
import { renderReport, checkBudgets } from './bench/report.mjs';
import { buildPagefindIndex, closePagefind, loadPagefind } from './bench/pagefind-index.mjs';
import { fetchedBytes } from './bench/sizes.mjs';

const SEED_QUERIES = ['patent', 'intellectual property', 'trademark protection', 'geographical indications',
  'copyright', 'Shen Changyu', 'IP professionals', 'pledge financing', 'publicity week', 'innovation'];

const { values: opts } = parseArgs({
  options: {
    dist: { type: 'string', default: join(ROOT, 'target', 'e2e-dist') },
    runs: { type: 'string', default: '5' },
    label: { type: 'string', default: 'seed corpus' },
    out: { type: 'string', default: join(ROOT, 'target', 'bench', 'browser.md') },
    'url-query': { type: 'string', default: 'patent' },
    type: { type: 'string', default: 'trademark protection' },
    queries: { type: 'string', default: SEED_QUERIES.join(',') },
    rounds: { type: 'string', default: '3' },
    'sample-ms': { type: 'string', default: '5' },
  },
});
const RUNS = Number(opts.runs);
const QUERIES = opts.queries.split(',').map((q) => q.trim()).filter(Boolean);
const MODULES = join(ROOT, 'tests', 'e2e', 'node_modules');

const sizes = bundleSizes(opts.dist);
// Orama's browser build (ES modules) and Pagefind's index, served beside the bundle.
const ORAMA = join(MODULES, '@orama', 'orama', 'dist', 'browser');
const mounts = existsSync(ORAMA) ? { '/_orama/': ORAMA } : {};
const server = await serveDir(opts.dist, '/', { caching: true, mounts });
const browser = await launch();
const runs = [];
let pagefindDir = null;
try {
  pagefindDir = await indexForPagefind();
  if (pagefindDir) mounts['/pagefind/'] = join(pagefindDir, 'pagefind');
  for (let run = 0; run < RUNS; run++) {
    runs.push(await oneRun(run));
    console.error(`run ${run + 1}/${RUNS} done`);
  }
} finally {
  await browser.close();
  await server.close();
}

const report = { label: opts.label, dist: opts.dist, sizes, pagefind: pagefindDir !== null, totals: totals(sizes.filter((s) => !s.lazy)),
  allTotals: totals(sizes), queries: QUERIES, urlQuery: opts['url-query'], typed: opts.type, runs };
const budgets = checkBudgets(report);
const markdown = renderReport(report, budgets);
mkdirSync(dirname(opts.out), { recursive: true });
writeFileSync(opts.out, markdown);
writeFileSync(opts.out.replace(/\.md$/, '') + '.json', JSON.stringify(report, null, 1));
console.log(markdown);
console.log(budgets.map((b) => `${b.pass ? 'PASS' : 'MISS'} ${b.name}: ${b.measured} (budget ${b.budget})`).join('\n'));

/** One cold load, two warm loads, typing, memory and the search race. */
async function oneRun(run) {
  const url = `${server.url}?q=${encodeURIComponent(opts['url-query'])}`;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  await context.addInitScript(installProbes);
  try {
    const cold = await timedLoad(context, url);
    const warm = [await timedLoad(context, url), await timedLoad(context, url)];
    const page = warm[1].page;
    const memory = await measureMemory(page);
    const keys = await typeWord(page, opts.type);
    await page.addScriptTag({ path: join(MODULES, 'minisearch', 'dist', 'umd', 'index.js') });
    await page.addScriptTag({ path: join(MODULES, 'flexsearch', 'dist', 'flexsearch.bundle.min.js') });
    if (mounts['/_orama/']) {
      await page.evaluate(async () => {
        window.__orama = await import('/_orama/index.js');
      });
    }
    if (pagefindDir) {
      await page.evaluate(async () => {
        const pagefind = await import('/pagefind/pagefind.js');
        await pagefind.init();
        window.__pagefind = pagefind;
      });
    }
    const race = await page.evaluate(raceSearches, {
      queries: QUERIES,
      rounds: Number(opts.rounds),
      sampleMs: Number(opts['sample-ms']),
    });
    const pagefind = pagefindDir ? await pagefindLoads() : null;
    return {
      run,
      pagefind,
      cold: cold.marks,
      warm: warm.map((w) => w.marks),
      warmRequests: warm.map((w) => w.requests),
      coldRequests: cold.requests,
      memory,
      keys,
      race,
    };
  } finally {
    await context.close();
  }
}

/**
 * Pagefind's index over the passages the race uses, built once per bench into
 * target/bench/pagefind-<dist name>/; null when the npm package is missing.
 */
async function indexForPagefind() {
  const pagefind = await loadPagefind();
  if (!pagefind) {
    console.error('pagefind is not installed (tests/e2e: npm ci): no Pagefind figures');
    return null;
  }
  const page = await browser.newPage();
  try {
    await page.goto(server.url);
    await page.waitForFunction(() => window.ipExplorerReady !== undefined, null, { timeout: 120_000 });
    const passages = await page.evaluate(async () => {
      await window.ipExplorerReady;
      const api = window.ipExplorer;
      const all = api.passagesAsync ? await api.passagesAsync() : api.passages();
      return all.map((p) => ({ id: p.id, doc: p.doc, text: p.text }));
    });
    const dir = join(ROOT, 'target', 'bench', `pagefind-${basename(opts.dist)}`);
    const t0 = performance.now();
    await buildPagefindIndex(pagefind, passages, dir);
    console.error(`pagefind index of ${passages.length} passages: ${(performance.now() - t0).toFixed(0)} ms`);
    return dir;
  } finally {
    await page.close();
    await closePagefind(pagefind);
  }
}

/**
 * Pagefind alone in its own page (`bench.html`, no UI): one cold load in a new
 * context and two warm ones, each to init (ready) and to the first result of
 * `?q=` painted; the bytes are what each load fetched under /pagefind/.
 */
async function pagefindLoads() {
  const url = `${new URL('/pagefind/bench.html', server.url)}?q=${encodeURIComponent(opts['url-query'])}`;
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  try {
    const loads = [];
    for (let i = 0; i < 3; i++) {
      const page = await context.newPage();
      const seen = server.requests.length;
      await page.goto(url);
      await page.waitForFunction(() => window.__pagefindBench?.results !== undefined, null, { timeout: 60_000 });
      const marks = await page.evaluate(() => window.__pagefindBench);
      // The server's log: Pagefind's worker fetches too, which the page's events miss.
      const fetched = server.requests.slice(seen).filter((p) => p.startsWith('/pagefind/') && !p.endsWith('/bench.html'));
      loads.push({ ...marks, fetched, bytes: fetchedBytes(join(pagefindDir, 'pagefind'), '/pagefind/', fetched) });
      await page.close();
    }
    return { cold: loads[0], warm: loads.slice(1) };
  } finally {
    await context.close();
  }
}

/** Opens `url` in a new page of `context`; resolves once results are painted. */
async function timedLoad(context, url) {
  const page = await context.newPage();
  const seen = server.requests.length;
  const statuses = [];
  page.on('response', (r) => statuses.push({ url: r.url(), status: r.status(), cached: r.request().timing().responseStart === -1 }));
  await page.goto(url);
  await page.waitForFunction(() => window.__ipxBench.ready !== undefined && window.__ipxBench.results !== undefined,
    null, { timeout: 120_000 });
  const marks = await page.evaluate(() => {
    const m = window.__ipxBench;
    const nav = performance.getEntriesByType('navigation')[0];
    const wasm = performance.getEntriesByType('resource').find((r) => r.name.endsWith('.wasm'));
    return {
      ready: m.ready,
      resultsInDom: m.resultsInDom,
      results: m.results,
      htmlEnd: nav?.responseEnd,
      wasmEnd: wasm?.responseEnd,
    };
  });
  return { page, marks, requests: server.requests.slice(seen) };
}

/** JS heap after a full GC (CDP), and the wasm linear memory size. */
async function measureMemory(page) {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.collectGarbage');
  const heap = await cdp.send('Runtime.getHeapUsage');
  await cdp.detach();
  const wasm = await page.evaluate(() => window.__ipxBench.wasmMemory?.() ?? null);
  return { jsHeapUsed: heap.usedSize, jsHeapTotal: heap.totalSize, wasmMemory: wasm };
}

/** Types `words` into the search box one key at a time, each key once the last has painted. */
async function typeWord(page, words) {
  const input = page.getByTestId('search-input');
  await input.fill('');
  await input.focus();
  await page.waitForTimeout(200);
  await page.evaluate(() => {
    window.__ipxBench.keys = [];
    window.__ipxBench.events = [];
  });
  for (const [i, ch] of [...words].entries()) {
    await page.keyboard.press(ch === ' ' ? 'Space' : ch);
    await page.waitForFunction((n) => window.__ipxBench.keys.length > n && window.__ipxBench.keys[n].paint !== undefined
      && window.__ipxBench.keys[n].work !== undefined, i);
    await page.waitForTimeout(30);
  }
  return page.evaluate(() => ({ keys: window.__ipxBench.keys, events: window.__ipxBench.events }));
}
