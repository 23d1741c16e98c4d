// Where the time goes: a CPU profile (Chrome DevTools Protocol sampling
// profiler) of one warm page load and of typing a word, summed by function
// (self time, then inclusive time of the crate's own functions: each counted
// once per sampled stack), top entries printed. Build with function names kept
// to read the wasm frames: a copy of index.html with `data-keep-debug` on the
// rust link. Q sets the query of the loaded page (default patent).
//   [Q=iterator] node tests/e2e/bench/profile.mjs <dist-dir> [words to type] [top N]
import { launch } from '../harness.mjs';
import { serveDir } from '../serve.mjs';

const [dist = 'dist', words = 'trademark protection', topArg = '25'] = process.argv.slice(2);
const TOP = Number(topArg);
const LOAD = `?q=${encodeURIComponent(process.env.Q ?? 'patent')}`;
const server = await serveDir(dist, '/', { caching: true });
const browser = await launch();
try {
  const context = await browser.newContext();
  const first = await context.newPage();
  await first.goto(server.url + LOAD);
  await first.evaluate(() => window.ipExplorerReady);
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
  await cdp.send('Profiler.start');
  await page.goto(server.url + LOAD);
  await page.evaluate(() => window.ipExplorerReady);
  await page.waitForTimeout(300);
  print(`warm load of ${LOAD}`, (await cdp.send('Profiler.stop')).profile);
  const input = page.getByTestId('search-input');
  await input.fill('');
  await page.waitForTimeout(300);
  await cdp.send('Profiler.start');
  for (const ch of words) {
    await page.keyboard.press(ch === ' ' ? 'Space' : ch);
    await page.waitForTimeout(60);
  }
  // Let fetches started by the last keys land, and typing settle.
  await page.waitForTimeout(1500);
  print(`typing "${words}"`, (await cdp.send('Profiler.stop')).profile);
} finally {
  await browser.close();
  await server.close();
}

function print(title, profile) {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const self = new Map();
  const deltas = profile.timeDeltas;
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    const name = `${node.callFrame.functionName || '(anonymous)'} ${node.callFrame.url.split('/').pop()}`.trim();
    self.set(name, (self.get(name) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
  });
  const total = [...self.values()].reduce((a, b) => a + b, 0);
  console.log(`\n== ${title}: ${total.toFixed(1)} ms sampled`);
  for (const [name, ms] of [...self].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
    console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
  }
  const parent = new Map();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const inclusive = new Map();
  profile.samples.forEach((id, i) => {
    const seen = new Set();
    for (let at = id; at !== undefined; at = parent.get(at)) {
      const name = byId.get(at).callFrame.functionName.replace(/::h[0-9a-f]{16}$/, '');
      if (name.includes('ip_explorer::') && !seen.has(name)) {
        seen.add(name);
        inclusive.set(name, (inclusive.get(name) ?? 0) + (deltas[i + 1] ?? 0) / 1000);
      }
    }
  });
  console.log('-- inclusive time of ip_explorer functions:');
  for (const [name, ms] of [...inclusive].sort((a, b) => b[1] - a[1]).slice(0, TOP)) {
    console.log(`${ms.toFixed(1).padStart(8)} ms  ${name}`);
  }
}
