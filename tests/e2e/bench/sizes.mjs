// Bytes of every file of a built bundle: raw, gzip -9 and brotli q11 (what a
// static host would send compressed), computed with node's zlib so the figures
// do not depend on which command-line compressors are installed.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** Parts the page fetches only when a search needs them (chunked builds):
 *  index shards `index-<hash>.bin` and text chunks `text-<hash>.bin`. */
export const LAZY_FILE = /(^|\/)(index|text)-[0-9a-f]+\.bin$/;

/** [{file, raw, gzip, brotli, lazy}] for every file under `dir`, sorted by name. */
export function bundleSizes(dir) {
  return listFiles(dir)
    .map((path) => {
      const body = readFileSync(path);
      const file = relative(dir, path);
      return {
        file,
        raw: body.length,
        gzip: gzipSync(body, { level: 9 }).length,
        brotli: brotliCompressSync(body, {
          params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
        }).length,
        lazy: LAZY_FILE.test(file),
      };
    })
    .sort((a, b) => (a.file < b.file ? -1 : 1));
}

/**
 * Bytes of the files behind the request paths `fetched` (each once), served
 * from `dir` at `prefix`: per file the smaller of raw and gzip -9, since a file
 * its tool already compresses (Pagefind's index, fragments and wasm) is sent as is.
 */
export function fetchedBytes(dir, prefix, fetched) {
  const files = [...new Set(fetched)].filter((p) => p.startsWith(prefix));
  return files.reduce((sum, path) => {
    try {
      const body = readFileSync(join(dir, path.slice(prefix.length)));
      return sum + Math.min(body.length, gzipSync(body, { level: 9 }).length);
    } catch {
      return sum;
    }
  }, 0);
}

/** Sums of raw, gzip and brotli over `rows`. */
export function totals(rows) {
  const sum = (key) => rows.reduce((s, r) => s + r[key], 0);
  return { raw: sum('raw'), gzip: sum('gzip'), brotli: sum('brotli') };
}

function listFiles(dir) {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (name === '.stage') return [];
    return statSync(path).isDirectory() ? listFiles(path) : [path];
  });
}
