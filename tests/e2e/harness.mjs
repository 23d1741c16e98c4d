// Shared set-up for the end-to-end tests: where the release bundle is, how to
// start Debian's Chromium headless, and how to open the explorer and wait for it.
import { chromium } from 'playwright-core';
import { before, after } from 'node:test';
import { serveDir } from './serve.mjs';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';

export const ROOT = new URL('../../', import.meta.url).pathname;
/** The release bundle built by `x test` (never dist/, which `trunk serve` overwrites). */
export const DIST = process.env.IPX_DIST ?? join(ROOT, 'target', 'e2e-dist');
/** The seeds built as a chunked corpus (scripts/test.sh, step build-chunked). */
export const DIST_CHUNKED = process.env.IPX_DIST_CHUNKED ?? join(ROOT, 'target', 'e2e-dist-chunked');
/** The seeds plus tests/anycorpus/ (HTML, PDF, Markdown, interviews) (scripts/test.sh, step build-anycorpus). */
export const DIST_ANYCORPUS = process.env.IPX_DIST_ANYCORPUS ?? join(ROOT, 'target', 'e2e-dist-anycorpus');

/** Seed files the compiler reads, for comparing with what the page shows. */
export const SEED_IDS = readdirSync(join(ROOT, 'seeds'))
  .filter((name) => /\.(txt|md)$/i.test(name))
  .map((name) => name.replace(/\.[^.]+$/, ''))
  .sort();

export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--no-first-run',
    ],
  });
}

/**
 * Opens `url` in a fresh page, collects console errors and page errors, and
 * waits until window.ipExplorerReady has resolved and the UI has mounted (the
 * page mounts it in the task after resolving the promise).
 */
export async function openExplorer(browser, url, viewport = { width: 1280, height: 900 }) {
  const page = await browser.newPage({ viewport });
  const errors = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(url);
  await page.waitForFunction(() => window.ipExplorerReady !== undefined);
  await page.evaluate(() => window.ipExplorerReady);
  await page.waitForFunction(() => !document.querySelector('#app > [data-testid="loading"]'));
  return { page, errors };
}

/**
 * One browser and one server of the release bundle under `base`, started before
 * the file's tests and closed after them. Read `ctx.browser` and `ctx.server`
 * inside tests (they are set once `before` has run).
 */
export function sharedBrowserAndServer(base) {
  const ctx = { browser: undefined, server: undefined };
  before(async () => {
    ctx.browser = await launch();
    ctx.server = await serveDir(DIST, base);
  });
  after(async () => {
    await ctx.server?.close();
    await ctx.browser?.close();
  });
  return ctx;
}
