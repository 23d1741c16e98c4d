// Pagefind over the benchmark's passages: builds its index at bench time with
// the `pagefind` npm package's Node API (one custom record per passage, the
// passage's document as its title), into `<dir>/pagefind/`, which the bench
// serves beside the bundle at `/pagefind/` (Pagefind's default base path, so
// its search runs in its web worker as on a real site). Also writes
// `<dir>/pagefind/bench.html`, a page that only loads Pagefind and shows the
// first result of `?q=`: the bench's own page, not counted in Pagefind's bytes.
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

/** The `pagefind` module, or null when the npm package is not installed. */
export async function loadPagefind() {
  try {
    return await import('pagefind');
  } catch {
    return null;
  }
}

/**
 * Indexes `passages` ([{id, doc, text}]) into `<dir>/pagefind/`; resolves to
 * the number of records, or throws with Pagefind's own errors.
 */
export async function buildPagefindIndex(pagefind, passages, dir) {
  const out = join(dir, 'pagefind');
  rmSync(out, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const { index, errors } = await pagefind.createIndex({ forceLanguage: 'en' });
  if (!index) throw new Error(`pagefind.createIndex: ${errors.join('; ')}`);
  try {
    for (const p of passages) {
      const added = await index.addCustomRecord({
        url: `/p/${encodeURIComponent(p.id)}`,
        content: p.text,
        language: 'en',
        meta: { title: p.doc },
      });
      if (added.errors.length) throw new Error(`pagefind addCustomRecord: ${added.errors.join('; ')}`);
    }
    const written = await index.writeFiles({ outputPath: out });
    if (written.errors.length) throw new Error(`pagefind writeFiles: ${written.errors.join('; ')}`);
  } finally {
    await index.deleteIndex();
  }
  writeFileSync(join(out, 'bench.html'), BENCH_PAGE);
  return passages.length;
}

/** Stops Pagefind's indexing process (the Node API keeps one running). */
export async function closePagefind(pagefind) {
  await pagefind?.close?.();
}

// Navigation → `init()` done (ready) → `search(q)` and the first result's
// `data()` (what a result list needs to show it) → the frame that paints it.
const BENCH_PAGE = `<!doctype html>
<meta charset="utf-8"><title>Pagefind</title>
<ol id="results"></ol>
<script type="module">
const marks = (window.__pagefindBench = {});
const q = new URLSearchParams(location.search).get('q') ?? '';
const pagefind = await import('/pagefind/pagefind.js');
await pagefind.init();
marks.ready = performance.now();
const search = await pagefind.search(q);
const first = search.results[0] ? await search.results[0].data() : null;
marks.count = search.results.length;
if (first) {
  const li = document.createElement('li');
  li.textContent = first.meta.title + ': ' + first.excerpt.replace(/<[^>]*>/g, '');
  document.getElementById('results').append(li);
}
marks.resultsInDom = performance.now();
requestAnimationFrame(() => {
  const channel = new MessageChannel();
  channel.port1.onmessage = () => (marks.results = performance.now());
  channel.port2.postMessage(0);
});
</script>
`;
