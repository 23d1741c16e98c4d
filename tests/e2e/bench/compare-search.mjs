// `ipExplorer.search()` of several builds side by side: per round, every build
// (in a rotating order) gets a fresh page, and each of the benchmark's seed
// queries is called 300 times after 30 warm-up calls, with and without hits
// (`{limit: 0}`); prints the median over rounds of the mean time per call.
//   ROUNDS=6 node tests/e2e/bench/compare-search.mjs <dist-a> <dist-b> ...
import { launch } from '../harness.mjs';
import { serveDir } from '../serve.mjs';

const QUERIES = ['patent', 'intellectual property', 'trademark protection', 'geographical indications',
  'copyright', 'Shen Changyu', 'IP professionals', 'pledge financing', 'publicity week', 'innovation'];
const rounds = Number(process.env.ROUNDS ?? 6);
const dists = process.argv.slice(2);
const servers = await Promise.all(dists.map((d) => serveDir(d, '/', { caching: true })));
const browser = await launch();
const results = dists.map(() => ({ full: [], noHits: [] }));
try {
  for (let r = 0; r < rounds; r++) {
    for (let i = 0; i < dists.length; i++) {
      const j = (i + r) % dists.length;
      const page = await browser.newPage();
      await page.goto(servers[j].url);
      await page.evaluate(() => window.ipExplorerReady);
      const one = await page.evaluate((queries) => {
        const api = window.ipExplorer;
        const perCall = (f) => {
          for (let n = 0; n < 30; n++) f();
          const start = performance.now();
          for (let n = 0; n < 300; n++) f();
          return (performance.now() - start) / 300;
        };
        const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
        return {
          full: mean(queries.map((q) => perCall(() => api.search(q)))),
          noHits: mean(queries.map((q) => perCall(() => api.search(q, { limit: 0 })))),
        };
      }, QUERIES);
      results[j].full.push(one.full);
      results[j].noHits.push(one.noHits);
      await page.close();
    }
  }
} finally {
  await browser.close();
  for (const server of servers) await server.close();
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const us = (ms) => `${(ms * 1000).toFixed(0)} µs`;
console.log('| build | `search(q)` per call | `search(q, {limit: 0})` per call |');
console.log('| --- | ---: | ---: |');
dists.forEach((dist, i) => {
  console.log(`| ${dist.split('/').pop()} | ${us(median(results[i].full))} | ${us(median(results[i].noHits))} |`);
});
