// Screenshots of the explorer at a desktop and a phone width, for looking at what
// users see. Usage:
//   node tests/e2e/screenshot.mjs <url> <out-dir> [name=?query ...]
// e.g. node tests/e2e/screenshot.mjs http://127.0.0.1:8080/ target/shots home= search=?q=patent
// SCHEME=dark takes them in the dark colour scheme (files named *-dark.png).
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { launch } from './harness.mjs';

const [url, outDir = 'target/shots', ...views] = process.argv.slice(2);
if (!url || url === '--help' || url === '-h') {
  console.error('usage: node tests/e2e/screenshot.mjs <url> <out-dir> [name=?query ...]');
  process.exit(url ? 0 : 2);
}
const SCHEME = process.env.SCHEME === 'dark' ? 'dark' : 'light';
const WIDTHS = { desktop: { width: 1280, height: 900 }, phone: { width: 390, height: 844 } };
mkdirSync(outDir, { recursive: true });
const browser = await launch();
try {
  for (const view of views.length ? views : ['home=']) {
    const cut = view.indexOf('=');
    const [name, search] = cut < 0 ? [view, ''] : [view.slice(0, cut), view.slice(cut + 1)];
    for (const [label, viewport] of Object.entries(WIDTHS)) {
      const page = await browser.newPage({ viewport, colorScheme: SCHEME });
      await page.goto(new URL(search, url).href);
      await page.evaluate(() => window.ipExplorerReady);
      await page.waitForTimeout(150);
      const suffix = SCHEME === 'dark' ? '-dark' : '';
      const file = join(outDir, `${name}-${label}${suffix}.png`);
      await page.screenshot({ path: file, fullPage: false });
      console.log(file);
      await page.close();
    }
  }
} finally {
  await browser.close();
}
