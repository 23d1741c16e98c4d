// The example host pages (tests/e2e/hosts/) and the release bundle on one
// server, at different paths: pages under /host/, the bundle under
// /static/explorer/, as a site that deploys dist/ apart from its pages would.
// With { cors: true } a second server serves the bundle alone under
// /cdn/explorer/ on another port (another origin), with the CORS header a CDN
// sends (for every file unless `cors(path)` says otherwise, to play a
// misconfigured host). Run directly to look at the pages:
//   node tests/e2e/host-site.mjs [dist-dir]
import { mkdtempSync, mkdirSync, symlinkSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { serveDir } from './serve.mjs';
import { DIST } from './harness.mjs';

const HOSTS = new URL('./hosts/', import.meta.url).pathname;

/**
 * The Content-Security-Policy of a host page that embeds the bundle from
 * `origin` (README, "Embedding"); the site serves cross-origin.html with it.
 */
export const hostPolicy = (origin) =>
  `default-src 'self'; script-src 'self' 'wasm-unsafe-eval' ${origin}; connect-src 'self' ${origin}; ` +
  "style-src 'self'; img-src 'self' data:; object-src 'none'; base-uri 'self'";

/**
 * Serves `dist` (the one-bundle or the chunked build) for the host pages.
 * Resolves to { site, cdn, close }: site.url ends in "/", cdn.url is the bundle's base.
 */
export async function serveHostSite(dist = DIST, { cors = () => true } = {}) {
  const root = mkdtempSync(join(tmpdir(), 'ipx-hosts-'));
  mkdirSync(join(root, 'static'));
  symlinkSync(resolve(HOSTS), join(root, 'host'));
  symlinkSync(resolve(dist), join(root, 'static', 'explorer'));
  const cdn = await serveDir(dist, '/cdn/explorer/', {
    headers: (path) => (cors(path) ? { 'access-control-allow-origin': '*' } : {}),
  });
  const policy = { 'content-security-policy': hostPolicy(new URL(cdn.url).origin) };
  const site = await serveDir(root, '/', {
    headers: (path) => (path === '/host/cross-origin.html' ? policy : {}),
  });
  return {
    site,
    cdn,
    close: async () => {
      await site.close();
      await cdn.close();
      rmSync(root, { recursive: true, force: true });
    },
  };
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { site, cdn } = await serveHostSite(process.argv[2] ?? DIST);
  console.log(`hostile page: ${site.url}host/hostile.html`);
  console.log(`iframe page:  ${site.url}host/frame.html?bundle=${encodeURIComponent(cdn.url)}`);
}
