// The keys that start and end a search, timed in the page: per round a warm
// load of the overview, a first key (blank to text), the rest of the word one
// key every 120 ms, a pause past url::QUIET, then select-all and Backspace
// (text to blank). Per key: `handler`, from a capturing input listener on
// window to one on document that runs after the search box's own handler and
// its microtasks; `paint`, from the key's input event to just after the next
// frame. Prints each round's first, later and clearing keys, then medians.
//   node tests/e2e/bench/first-key.mjs <dist> [rounds] [word]
import { launch, openExplorer } from '../harness.mjs';
import { serveDir } from '../serve.mjs';

const [dist, rounds = '5', word = 'trade'] = process.argv.slice(2);
if (!dist) throw new Error('usage: first-key.mjs <dist> [rounds] [word]');

function probe() {
  const keys = (window.__ipxFirstKey = []);
  let start = 0;
  addEventListener('input', () => (start = performance.now()), true);
  document.addEventListener('input', (event) => {
    const key = { value: event.target.value, handler: performance.now() - start };
    keys.push(key);
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => (key.paint = performance.now() - event.timeStamp);
      channel.port2.postMessage(0);
    });
  });
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  return s.length % 2 ? s[(s.length - 1) / 2] : (s[s.length / 2 - 1] + s[s.length / 2]) / 2;
};
const ms = (x) => x.toFixed(1);

const server = await serveDir(dist, '/', { caching: true });
const browser = await launch();
const warm = await openExplorer(browser, server.url);
await warm.page.close();
const all = { first: [], later: [], clear: [] };
for (let round = 0; round < Number(rounds); round++) {
  const { page } = await openExplorer(browser, server.url);
  await page.evaluate(probe);
  const input = page.getByTestId('search-input');
  await input.focus();
  await page.waitForTimeout(300);
  for (const ch of word) {
    await page.keyboard.press(ch);
    await page.waitForTimeout(120);
  }
  await page.waitForTimeout(600);
  await page.keyboard.press('Control+A');
  await page.keyboard.press('Backspace');
  await page.waitForTimeout(600);
  const keys = await page.evaluate(() => window.__ipxFirstKey);
  await page.close();
  if (keys.length !== word.length + 1 || keys.at(-1).value !== '') {
    throw new Error(`round ${round}: unexpected keys ${JSON.stringify(keys)}`);
  }
  const [first, later, clear] = [keys[0], keys.slice(1, -1), keys.at(-1)];
  all.first.push(first);
  all.later.push(...later);
  all.clear.push(clear);
  const row = (k) => `${ms(k.handler)} / ${ms(k.paint)}`;
  console.log(
    `round ${round + 1}: first ${row(first)}  later ${later.map(row).join(', ')}  clear ${row(clear)} (handler / paint, ms)`,
  );
}
for (const [name, keys] of Object.entries(all)) {
  const h = median(keys.map((k) => k.handler));
  const p = median(keys.map((k) => k.paint));
  console.log(`median ${name}: handler ${ms(h)} ms, paint ${ms(p)} ms (${keys.length} keys)`);
}
await browser.close();
await server.close();
