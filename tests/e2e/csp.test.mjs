// The release bundle works under the strict Content-Security-Policy the README
// says to deploy with: no inline script, no eval, only 'wasm-unsafe-eval' for
// compiling the module. The page lists the documents, answers a search typed
// into the box, opens the reader and the facts, and the browser reports no
// policy violation (securitypolicyviolation events, console errors).
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { serveDir } from './serve.mjs';
import { DIST, launch } from './harness.mjs';

/** The header of README "Content-Security-Policy", kept in step with it. */
export const CSP =
  "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self'; " +
  "img-src 'self' data:; connect-src 'self'; object-src 'none'; base-uri 'self'; " +
  "form-action 'self'; frame-ancestors 'self'";

let browser;
let server;
before(async () => {
  browser = await launch();
  server = await serveDir(DIST, '/', { headers: { 'content-security-policy': CSP } });
});
after(async () => {
  await server?.close();
  await browser?.close();
});

test('the README documents the policy the test serves', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  assert.ok(readme.includes(CSP), 'README shows the exact header');
});

test('index.html has no inline script', () => {
  const html = readFileSync(join(DIST, 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)];
  assert.ok(scripts.length > 0);
  for (const [, attrs, body] of scripts) {
    assert.match(attrs, /\bsrc=/, `every script has a src: <script${attrs}>`);
    assert.equal(body.trim(), '', 'and no inline code');
  }
});

test('the bundle works under the strict policy without violations', async () => {
  const page = await browser.newPage();
  const errors = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.addInitScript(() => {
    window.__cspViolations = [];
    document.addEventListener('securitypolicyviolation', (e) =>
      window.__cspViolations.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  const response = await page.goto(server.url);
  assert.equal(response.headers()['content-security-policy'], CSP);
  await page.waitForFunction(() => window.ipExplorerReady !== undefined);
  await page.evaluate(() => window.ipExplorerReady);
  await page.locator('[data-testid="document-list"]').waitFor();

  await page.locator('[data-testid="search-input"]').fill('patent protection');
  await page.locator('[data-testid="hits"] .hit').first().waitFor();
  await page.locator('[data-testid="hit-link"]').first().click();
  await page.locator('[data-testid="reader"]').waitFor();
  assert.ok((await page.evaluate(() => window.ipExplorer.facts().length)) > 0);

  assert.deepEqual(await page.evaluate(() => window.__cspViolations), []);
  assert.deepEqual(errors, []);
  await page.close();
});
