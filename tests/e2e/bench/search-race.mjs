// In-page search timing: ipExplorer.search() against MiniSearch, FlexSearch and
// Orama indexing the same passages (from ipExplorer.passages()), and Pagefind
// over its index of them built at bench time, answering the same queries. Runs
// inside the page (page.evaluate), so everything here must be self-contained;
// Orama (`window.__orama`) and Pagefind (`window.__pagefind`, initialised) are
// raced only when the bench loaded them.
//
// performance.now() is clamped to 0.1 ms in a page that is not cross-origin
// isolated, so one sample is the mean over as many identical calls as fit in
// SAMPLE_MS. Engines take turns per query and the order rotates per round, so
// machine noise hits all of them alike and ratios come from the same moments.
export async function raceSearches({ queries, rounds, sampleMs }) {
  const api = window.ipExplorer;
  // A chunked corpus fetches all its text first, so every engine gets it all,
  // and the index shards of the queries, so search() answers in full.
  const passages = api.passagesAsync ? await api.passagesAsync() : api.passages();
  if (api.searchAsync) for (const q of queries) await api.searchAsync(q);
  const built = {};
  const timeBuild = (name, build) => {
    const t0 = performance.now();
    const index = build();
    built[name] = performance.now() - t0;
    return index;
  };
  const mini = timeBuild('minisearch', () => {
    const index = new MiniSearch({ idField: 'id', fields: ['text'], storeFields: ['doc', 'text'] });
    index.addAll(passages);
    return index;
  });
  const flex = timeBuild('flexsearch', () => {
    const index = new FlexSearch.Index({ tokenize: 'forward' });
    passages.forEach((p, i) => index.add(i, p.text));
    return index;
  });
  const orama = window.__orama;
  const oramaDb =
    orama &&
    timeBuild('orama', () => {
      const db = orama.create({ schema: { text: 'string', doc: 'string' } });
      for (const p of passages) orama.insert(db, { id: p.id, text: p.text, doc: p.doc });
      return db;
    });
  const pagefind = window.__pagefind;

  // What each contestant does per query; see BENCHMARKS.md for why these.
  const runners = {
    // 20 document groups with snippets, "why" labels, facet counts, suggestion;
    // records converted to JS objects.
    ours: (q) => api.search(q),
    // The same query with no hits asked for: total and facet counts only.
    ours_no_hits: (q) => api.search(q, { limit: 0 }),
    // AND of all words, every word also as a prefix; ids, scores and stored
    // fields of all matches; no snippets, no facets.
    minisearch: (q) => mini.search(q, { combineWith: 'AND', prefix: true }),
    // The same plus typo tolerance (edit distance 20% of the word length).
    minisearch_fuzzy: (q) => mini.search(q, { combineWith: 'AND', prefix: true, fuzzy: 0.2 }),
    // Forward (prefix) tokenizer, top 100 ids; no snippets, no facets.
    flexsearch: (q) => flex.search(q, { limit: 100 }),
  };
  if (oramaDb) {
    // Every word (threshold 0), the last as a prefix (Orama's default), the
    // top 20 documents with their stored fields; no snippets, no facets.
    runners.orama = (q) => orama.search(oramaDb, { term: q, threshold: 0, limit: 20 });
  }
  if (pagefind) {
    // What shows a result: the search (in Pagefind's web worker) and the
    // first result's data (its excerpt, fetched as a fragment, then cached).
    runners.pagefind = async (q) => {
      const found = await pagefind.search(q);
      if (found.results[0]) await found.results[0].data();
      return found;
    };
  }
  const names = Object.keys(runners);
  const samples = Object.fromEntries(names.map((n) => [n, []]));
  const perQuery = Object.fromEntries(names.map((n) => [n, Object.fromEntries(queries.map((q) => [q, []]))]));
  const counts = Object.fromEntries(names.map((n) => [n, {}]));
  for (const q of queries) {
    counts.ours[q] = api.search(q).total;
    counts.minisearch[q] = runners.minisearch(q).length;
    counts.minisearch_fuzzy[q] = runners.minisearch_fuzzy(q).length;
    counts.flexsearch[q] = runners.flexsearch(q).length;
    if (runners.orama) counts.orama[q] = (await runners.orama(q)).count;
    if (runners.pagefind) counts.pagefind[q] = (await runners.pagefind(q)).results.length;
  }
  for (let round = 0; round < rounds; round++) {
    for (const q of queries) {
      for (let k = 0; k < names.length; k++) {
        const name = names[(k + round) % names.length];
        const run = runners[name];
        let n = 0;
        const t0 = performance.now();
        let t = t0;
        while (t - t0 < sampleMs) {
          const result = run(q);
          if (result instanceof Promise) await result;
          n++;
          t = performance.now();
        }
        const ms = (t - t0) / n;
        samples[name].push(ms);
        perQuery[name][q].push(ms);
      }
    }
  }
  return { passages: passages.length, built, samples, perQuery, counts };
}
