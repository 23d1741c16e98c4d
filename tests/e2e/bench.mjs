// Browser benchmark of a built bundle: time to window.ipExplorerReady and the
// median / p95 time of ipExplorer.search() over a fixed query list, measured in
// headless Chromium against the bundle served on 127.0.0.1.
//   node tests/e2e/bench.mjs <dist-dir> [runs]
// Prints one JSON line. Quote medians; the machine is shared and noisy.
import { serveDir } from './serve.mjs';
import { launch } from './harness.mjs';

const [dist = 'dist', runsArg = '5'] = process.argv.slice(2);
const RUNS = Number(runsArg);
const QUERIES = ['patent', 'intellectual property', 'trademark protection', 'geographical indications',
  'copyright', 'Shen Changyu', 'IP professionals', 'pledge financing', 'publicity week', 'innovation'];

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const p95 = (xs) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.floor(xs.length * 0.95))];

const server = await serveDir(dist, '/');
const browser = await launch();
const ready = [];
const searches = [];
try {
  for (let run = 0; run < RUNS; run++) {
    const page = await browser.newPage();
    await page.goto(server.url);
    ready.push(await page.evaluate(async () => {
      await window.ipExplorerReady;
      return performance.now();
    }));
    // performance.now() is coarse in a page that is not cross-origin isolated
    // (0.1 ms), so each sample is the mean of a batch of identical searches.
    searches.push(...(await page.evaluate((queries) => {
      const BATCH = 25;
      const times = [];
      for (let rep = 0; rep < 4; rep++) {
        for (const q of queries) {
          const t0 = performance.now();
          for (let i = 0; i < BATCH; i++) window.ipExplorer.search(q);
          times.push((performance.now() - t0) / BATCH);
        }
      }
      return times;
    }, QUERIES)));
    await page.close();
  }
} finally {
  await browser.close();
  await server.close();
}
console.log(JSON.stringify({
  dist,
  ready_ms_median: +median(ready).toFixed(1),
  search_ms_median: +median(searches).toFixed(4),
  search_ms_p95: +p95(searches).toFixed(4),
  n_searches: searches.length,
}));
