// A small static file server for the end-to-end tests: serves a built dist/
// under any base path on 127.0.0.1, with the MIME types browsers insist on
// (application/wasm for streaming compilation). Run directly to try a bundle:
//   node tests/e2e/serve.mjs <dir> [base-path] [port]
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import { readFile, stat } from 'node:fs/promises';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { pathToFileURL } from 'node:url';

const MIME = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.wasm': 'application/wasm',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.txt': 'text/plain; charset=utf-8',
};

/**
 * Serves `dir` under `base` (e.g. "/tools/explorer/") on an ephemeral port.
 * Resolves to { url, requests, close } where url is the base URL and
 * requests lists every path asked for. `delayWasmMs` holds back .wasm responses,
 * to observe the page while the wasm is still on its way. With `caching`, the
 * server behaves like a static host set up for hashed assets: files whose names
 * carry a content hash are cacheable for a year (immutable), every other file must
 * be revalidated, and an ETag lets a revalidation end in a body-less 304.
 * `headers` are added to every answer; a function of the request path may
 * choose them per file instead. `mounts` serves other directories beside the
 * bundle: `{'/pagefind/': dir}` answers `/pagefind/x` from `dir/x` (read per
 * request, so entries may be added while the server runs).
 */
export async function serveDir(
  dir,
  base = '/',
  { headers = {}, port = 0, delayWasmMs = 0, caching = false, mounts = {} } = {},
) {
  if (!base.endsWith('/')) base += '/';
  const requests = [];
  const server = createServer(async (req, res) => {
    const path = decodeURIComponent(new URL(req.url, 'http://x').pathname);
    requests.push(path);
    const extra = typeof headers === 'function' ? headers(path) : headers;
    const mount = Object.entries(mounts).find(([prefix]) => path.startsWith(prefix));
    if (!mount && !path.startsWith(base)) return send(res, 404, 'not under ' + base);
    const [prefix, root] = mount ? [mount[0], resolve(mount[1])] : [base, resolve(dir)];
    let file = normalize(join(root, path.slice(prefix.length)));
    if (file !== root && !file.startsWith(root + sep)) return send(res, 403, 'forbidden');
    try {
      if ((await stat(file)).isDirectory()) file = join(file, 'index.html');
      const body = await readFile(file);
      if (delayWasmMs && extname(file) === '.wasm') await new Promise((ok) => setTimeout(ok, delayWasmMs));
      const cacheHeaders = caching ? cachingHeaders(file, body) : { 'cache-control': 'no-cache' };
      if (caching && req.headers['if-none-match'] === cacheHeaders.etag) {
        res.writeHead(304, { ...cacheHeaders, ...extra });
        return res.end();
      }
      res.writeHead(200, {
        'content-type': MIME[extname(file)] ?? 'application/octet-stream',
        ...cacheHeaders,
        ...extra,
      });
      res.end(body);
    } catch {
      send(res, 404, 'not found');
    }
  });
  await new Promise((ok) => server.listen(port, '127.0.0.1', ok));
  const url = `http://127.0.0.1:${server.address().port}${base}`;
  return { url, requests, close: () => new Promise((ok) => server.close(ok)) };
}

/**
 * A file name with a content hash (Trunk's `name-<hex>.ext`, `chunk-<hex>.bin`).
 * Trunk writes its 64-bit hash without leading zeros, so a name may carry fewer
 * than 16 digits (`ip-explorer-6f1d2192096321a_bg.wasm`).
 */
const HASHED_NAME = /-[0-9a-f]{8,}(_bg)?\.[a-z]+$/;

function cachingHeaders(file, body) {
  const etag = '"' + createHash('sha256').update(body).digest('base64url').slice(0, 22) + '"';
  const cacheControl = HASHED_NAME.test(file) ? 'public, max-age=31536000, immutable' : 'no-cache';
  return { 'cache-control': cacheControl, etag };
}

function send(res, status, text) {
  res.writeHead(status, { 'content-type': 'text/plain' });
  res.end(text);
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) {
  const [dir = 'dist', base = '/', port = '8081'] = process.argv.slice(2);
  const { url } = await serveDir(dir, base, { port: Number(port), caching: true });
  console.log(`serving ${dir} at ${url}`);
}
