// Where a keystroke's time goes by the browser's own trace (devtools.timeline):
// a warm load of `?q=patent`, then the words typed one key at a time, each 60 ms
// apart; prints the main thread's time per event name (inclusive, then self)
// per key, and wasm compilation events. WARM=1 types the words once before
// tracing, so lazy compilation of the wasm is over.
//   [WARM=1] node tests/e2e/bench/trace-typing.mjs <dist> ["words to type"]
import { launch } from '../harness.mjs';
import { serveDir } from '../serve.mjs';
const [dist, words = 'trademark protection'] = process.argv.slice(2);
const server = await serveDir(dist, '/', { caching: true });
const browser = await launch();
const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
const first = await context.newPage();
await first.goto(server.url + '?q=patent'); await first.evaluate(() => window.ipExplorerReady);
const page = await context.newPage();
await page.goto(server.url + '?q=patent'); await page.evaluate(() => window.ipExplorerReady);
const input = page.getByTestId('search-input');
await input.fill(''); await input.focus(); await page.waitForTimeout(500);
// warm-up typing so lazy compilation is mostly done
if (process.env.WARM) for (const ch of words) { await page.keyboard.press(ch === " " ? "Space" : ch); await page.waitForTimeout(40); }
await input.fill(''); await page.waitForTimeout(500);
await browser.startTracing(page, { categories: ['devtools.timeline', 'v8.execute', 'disabled-by-default-devtools.timeline', 'v8.wasm'] });
for (const ch of words) { await page.keyboard.press(ch === ' ' ? 'Space' : ch); await page.waitForTimeout(60); }
const buf = await browser.stopTracing();
await browser.close(); await server.close();
const events = JSON.parse(buf.toString()).traceEvents;
// main thread: the renderer thread named CrRendererMain
const mains = events.filter((e) => e.name === 'thread_name' && e.args?.name === 'CrRendererMain');
const count = (m) => events.filter((e) => e.pid === m.pid && e.tid === m.tid && e.ph === 'X').length;
const main = mains.sort((a, b) => count(b) - count(a))[0];
const mine = events.filter((e) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X');
const by = new Map();
for (const e of mine) by.set(e.name, (by.get(e.name) ?? 0) + (e.dur ?? 0) / 1000);
const n = words.length;
console.log(`per keystroke (${n} keys), ms total / per key:`);
for (const [k, v] of [...by].sort((a, b) => b[1] - a[1]).slice(0, 25)) console.log(`${v.toFixed(1).padStart(8)} ${(v / n).toFixed(2).padStart(7)}  ${k}`);
// self time: sort by start, use a stack
const sorted = mine.filter((e) => e.dur !== undefined).sort((a, b) => a.ts - b.ts || b.dur - a.dur);
const selfBy = new Map(); const stack = [];
for (const e of sorted) {
  while (stack.length && stack[stack.length - 1].ts + stack[stack.length - 1].dur <= e.ts) stack.pop();
  if (stack.length) { const p = stack[stack.length - 1]; p.childDur = (p.childDur ?? 0) + e.dur; }
  stack.push(e);
}
for (const e of sorted) { const k = e.name + (e.name === 'EventDispatch' ? ':' + e.args?.data?.type : ''); selfBy.set(k, (selfBy.get(k) ?? 0) + (e.dur - (e.childDur ?? 0)) / 1000); }
console.log('self time per key:');
for (const [k, v] of [...selfBy].sort((a, b) => b[1] - a[1]).slice(0, 20)) console.log(`${(v / n).toFixed(2).padStart(7)}  ${k}`);
const disp = new Map();
for (const e of sorted.filter((e) => e.name === 'EventDispatch')) { const k = e.args?.data?.type; disp.set(k, (disp.get(k) ?? 0) + e.dur / 1000); }
console.log('EventDispatch inclusive per key by type:', [...disp].map(([k, v]) => `${k} ${(v / n).toFixed(2)}`).join(', '));
const wasmish = new Map();
for (const e of events.filter((e) => /wasm|Compile|compile/i.test(e.name) && e.pid === main.pid)) { const k = e.name + (e.tid === main.tid ? ' [main]' : ' [other]'); wasmish.set(k, (wasmish.get(k) ?? 0) + (e.dur ?? 0) / 1000); }
console.log('wasm/compile events (ms total):', [...wasmish].sort((a, b) => b[1] - a[1]).slice(0, 12).map(([k, v]) => `${k} ${v.toFixed(1)}`).join('\n  '));
