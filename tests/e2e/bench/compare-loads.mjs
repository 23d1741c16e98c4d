// Start-up of several builds side by side, for before/after comparisons on a
// noisy machine: each round opens, for every build in a rotating order, a new
// browser context with one cold and two warm loads of `?q=patent`, and the
// medians of ready and first-results times (the probes of bench-browser.mjs)
// are printed as a markdown table.
//   ROUNDS=8 node tests/e2e/bench/compare-loads.mjs <dist-a> <dist-b> ...
import { launch } from '../harness.mjs';
import { serveDir } from '../serve.mjs';
import { installProbes } from './probes.mjs';
const rounds = Number(process.env.ROUNDS ?? 8);
const dists = process.argv.slice(2);
const servers = await Promise.all(dists.map((d) => serveDir(d, '/', { caching: true })));
const browser = await launch();
const res = dists.map(() => ({ coldReady: [], coldResults: [], warmReady: [], warmResults: [] }));
for (let r = 0; r < rounds; r++) {
  for (let i = 0; i < dists.length; i++) {
    const j = (i + r) % dists.length;
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
    await context.addInitScript(installProbes);
    for (let k = 0; k < 3; k++) {
      const page = await context.newPage();
      await page.goto(servers[j].url + '?q=patent');
      await page.waitForFunction(() => window.__ipxBench.ready !== undefined && window.__ipxBench.results !== undefined);
      const m = await page.evaluate(() => ({ ready: window.__ipxBench.ready, results: window.__ipxBench.results }));
      (k === 0 ? res[j].coldReady : res[j].warmReady).push(m.ready);
      (k === 0 ? res[j].coldResults : res[j].warmResults).push(m.results);
      await page.close();
    }
    await context.close();
  }
}
await browser.close(); for (const s of servers) await s.close();
const med = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.floor(s.length / 2)]; };
const p95 = (a) => { const s = [...a].sort((x, y) => x - y); return s[Math.min(s.length - 1, Math.ceil(s.length * 0.95) - 1)]; };
console.log('| build | ready cold | results cold | ready warm (median / p95) | results warm (median / p95) |');
dists.forEach((d, i) => { const x = res[i]; console.log(`| ${d.split('/').pop()} | ${med(x.coldReady).toFixed(0)} | ${med(x.coldResults).toFixed(0)} | ${med(x.warmReady).toFixed(0)} / ${p95(x.warmReady).toFixed(0)} | ${med(x.warmResults).toFixed(0)} / ${p95(x.warmResults).toFixed(0)} |`); });
