// Embedding, from the release bundle: the <ip-explorer> element on a hostile
// host page (aggressive global CSS, several instances, the bundle at another
// path than the page), ipExplorer.mount(), the element loaded from another
// origin (under the host policy of README), and the iframe mode's messages
// and origin check.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { launch } from './harness.mjs';
import { hostPolicy, serveHostSite } from './host-site.mjs';

let browser;
let hosts;
before(async () => {
  browser = await launch();
  hosts = await serveHostSite();
});
after(async () => {
  await hosts?.close();
  await browser?.close();
});

/** Opens a host page and collects page errors and console errors. */
async function openHost(url, viewport = { width: 1280, height: 900 }) {
  const page = await browser.newPage({ viewport });
  const errors = [];
  page.on('console', (msg) => msg.type() === 'error' && errors.push(msg.text()));
  page.on('pageerror', (err) => errors.push(String(err)));
  await page.goto(url);
  return { page, errors };
}

const hostile = () => `${hosts.site.url}host/hostile.html`;

/** Waits until every <ip-explorer> on the page has rendered its app. */
async function explorersReady(page) {
  await page.waitForFunction(() =>
    [...document.querySelectorAll('ip-explorer')].every((el) => el.shadowRoot?.querySelector('.app')),
  );
}

/** The computed style properties `names` of the first element matching `selector` (piercing shadow roots). */
function styleOf(page, selector, names) {
  return page.locator(selector).first().evaluate(
    (el, names) => Object.fromEntries(names.map((n) => [n, getComputedStyle(el)[n]])),
    names,
  );
}

test('two elements on a hostile page search independently, and the wasm loads once', async () => {
  const seen = hosts.site.requests.length;
  const { page, errors } = await openHost(hostile());
  await explorersReady(page);
  const one = page.locator('#one');
  const two = page.locator('#two');
  const three = page.locator('#three');

  // Attributes decide what each shows.
  await one.locator('[data-testid="hit-link"]').first().waitFor();
  assert.equal(await one.locator('[data-testid="search-input"]').inputValue(), 'patent');
  assert.equal(await one.locator('.brand').count(), 0, 'compact: no branding');
  assert.equal(await one.locator('[data-testid="facts-panel"]').count(), 0, 'view=search: no facts panel');
  assert.equal(await two.locator('[data-testid="search-input"]').count(), 0, 'view=facts: no search box');
  const factCards = await two.locator('[data-testid="fact-card"]').count();
  assert.ok(factCards > 0, 'view=facts shows fact cards for its query');
  assert.equal(await three.locator('[data-testid="filter-chip"]').count(), 1, 'filters attribute in force');
  assert.ok(await three.locator('[data-testid="overview"]').isVisible());

  // Typing in one instance changes only that instance.
  const firstHits = await one.locator('[data-testid="hit-link"]').allTextContents();
  await three.locator('[data-testid="search-input"]').fill('trademark');
  await three.locator('[data-testid="hit-link"]').first().waitFor();
  assert.deepEqual(await one.locator('[data-testid="hit-link"]').allTextContents(), firstHits);
  assert.equal(await one.locator('[data-testid="search-input"]').inputValue(), 'patent');
  assert.equal(await two.locator('[data-testid="fact-card"]').count(), factCards);
  await one.locator('[data-testid="search-input"]').fill('examination');
  await page.waitForFunction(() =>
    document.querySelector('#one').shadowRoot.querySelector('[data-testid="result-count"]')?.textContent.length > 0,
  );
  assert.equal(await three.locator('[data-testid="search-input"]').inputValue(), 'trademark');

  // Enter in the search box does not submit (reload) the host page, and
  // nothing an instance does touches the host URL or history.
  await page.evaluate(() => (window.stillHere = true));
  const historyLength = await page.evaluate(() => history.length);
  await one.locator('[data-testid="search-input"]').press('Enter');
  // Links name the explorer page (for a new tab or a copy), not the host page.
  const href = await one.locator('[data-testid="hit-link"]').first().getAttribute('href');
  assert.ok(href.startsWith(`${hosts.site.url}static/explorer/?read=`), href);
  // The reader's section links scroll the instance, not the host's URL.
  // Transcripts have no sections, so open the results in turn until one
  // lists its sections (which result comes first is the ranking's business).
  const sections = one.locator('[data-testid="contents"] a');
  const results = await one.locator('[data-testid="hit-link"]').count();
  for (let i = 0; i < results; i++) {
    await one.locator('[data-testid="hit-link"]').nth(i).click();
    await one.locator('[data-testid="reader"]').waitFor();
    if ((await sections.count()) > 1) break;
    await one.locator('[data-testid="reader-close"]').click();
    await one.locator('[data-testid="hit-link"]').first().waitFor();
  }
  assert.ok((await sections.count()) > 1, 'a document among the results lists its sections');
  await sections.last().click();
  assert.equal(page.url(), hostile());
  assert.equal(await page.evaluate(() => history.length), historyLength);
  assert.equal(await page.evaluate(() => window.stillHere), true);
  assert.equal(await three.locator('[data-testid="reader"]').count(), 0, 'the other instance stays on its results');

  // One wasm download and one API for all instances.
  const wasm = hosts.site.requests.slice(seen).filter((p) => p.endsWith('.wasm'));
  assert.equal(wasm.length, 1, wasm.join(', '));
  assert.deepEqual(errors, []);
  await page.close();
});

test('host CSS does not reach into the explorer, and the explorer CSS does not leak out', async () => {
  const { page, errors } = await openHost(hostile());
  await page.waitForLoadState('domcontentloaded');
  const hostText = ['color', 'fontFamily', 'fontStyle', 'fontSize'];
  const before = await styleOf(page, '#host-text', hostText);
  const bodyBefore = await styleOf(page, 'body', ['backgroundColor', 'margin', 'fontFamily']);
  await explorersReady(page);
  await page.locator('#one [data-testid="hit-link"]').first().waitFor();

  // Host elements keep the host's styles.
  assert.deepEqual(await styleOf(page, '#host-text', hostText), before);
  assert.equal(before.color, 'rgb(0, 128, 0)');
  assert.deepEqual(await styleOf(page, 'body', ['backgroundColor', 'margin', 'fontFamily']), bodyBefore);
  const hostDiv = await styleOf(page, '#host-div', ['display', 'color']);
  assert.deepEqual(hostDiv, { display: 'flex', color: 'rgb(255, 0, 0)' });

  // Inside, the explorer's own styles, whatever `* { all: unset }` and
  // `div { display: flex; color: red }` say.
  const host = await styleOf(page, '#one', ['display']);
  assert.equal(host.display, 'block');
  // A host may still size its element.
  assert.deepEqual(await styleOf(page, '#two', ['maxHeight', 'overflowY']), { maxHeight: '420px', overflowY: 'auto' });
  // A mount() target that the host makes a flex box still gets a block.
  await page.evaluate(async () => (await window.ipExplorerReady).mount(document.getElementById('mount-here')));
  await page.locator('#mount-here .app').waitFor();
  assert.equal((await styleOf(page, '#mount-here', ['display'])).display, 'block');
  const app = await styleOf(page, '#one .app', ['display', 'color', 'fontFamily']);
  assert.equal(app.display, 'block');
  assert.notEqual(app.color, 'rgb(255, 0, 0)');
  assert.doesNotMatch(app.fontFamily, /Georgia|monospace/);
  const input = await styleOf(page, '#one [data-testid="search-input"]', ['color', 'fontFamily', 'borderTopStyle']);
  assert.notEqual(input.color, 'rgb(255, 0, 0)');
  assert.doesNotMatch(input.fontFamily, /monospace/);
  assert.notEqual(input.borderTopStyle, 'none', 'the search box keeps its border');
  const layout = await styleOf(page, '#three .layout', ['display']);
  assert.equal(layout.display, 'grid');

  // theme="dark" forces the dark palette whatever the system says.
  const dark = await styleOf(page, '#two .app', ['backgroundColor']);
  const light = await styleOf(page, '#three .app', ['backgroundColor']);
  assert.equal(dark.backgroundColor, 'rgb(21, 23, 27)');
  assert.notEqual(light.backgroundColor, dark.backgroundColor);
  assert.deepEqual(errors, []);
  await page.close();
});

test('attribute changes after mount update the element', async () => {
  const { page, errors } = await openHost(hostile());
  await explorersReady(page);
  const one = page.locator('#one');
  await one.locator('[data-testid="hit-link"]').first().waitFor();
  await page.evaluate(() => document.querySelector('#one').setAttribute('query', 'trademark'));
  await page.waitForFunction(
    () => document.querySelector('#one').shadowRoot.querySelector('[data-testid="search-input"]').value === 'trademark',
  );
  await page.evaluate(() => document.querySelector('#one').setAttribute('filters', 'kind=news'));
  await one.locator('[data-testid="filter-chip"]').first().waitFor();
  assert.match(await one.locator('[data-testid="filter-chip"]').first().textContent(), /news/);
  await page.evaluate(() => {
    const el = document.querySelector('#one');
    el.removeAttribute('compact');
    el.setAttribute('view', 'full');
  });
  await one.locator('.brand').waitFor();
  await one.locator('[data-testid="facts-panel"]').waitFor();
  // A removed element unmounts; put back, it mounts again.
  await page.evaluate(() => {
    const el = document.querySelector('#one');
    window.parked = el;
    el.remove();
  });
  assert.equal(await page.evaluate(() => window.parked.shadowRoot.childElementCount), 0);
  await page.evaluate(() => document.body.append(window.parked));
  await one.locator('[data-testid="search-input"]').waitFor();
  assert.deepEqual(errors, []);
  await page.close();
});

test('the "/" key stays with the host page unless focus is inside an instance', async () => {
  const { page, errors } = await openHost(hostile());
  await explorersReady(page);
  await page.locator('#host-input').click();
  await page.keyboard.type('a/b');
  assert.equal(await page.locator('#host-input').inputValue(), 'a/b');
  await page.evaluate(() => document.activeElement.blur());
  await page.keyboard.press('/');
  assert.equal(await page.evaluate(() => document.activeElement === document.body), true);
  // With focus on a button inside #three, "/" goes to #three's search box.
  await page.locator('#three [data-testid="sort-title"]').focus();
  await page.keyboard.press('/');
  const focused = await page.evaluate(() => {
    const root = document.querySelector('#three').shadowRoot;
    return root.activeElement?.dataset.testid;
  });
  assert.equal(focused, 'search-input');
  assert.deepEqual(errors, []);
  await page.close();
});

test('ipExplorer.mount() mounts an independent instance and unmounts it', async () => {
  const { page, errors } = await openHost(hostile());
  const api = await page.evaluate(async () => {
    const api = await window.ipExplorerReady;
    window.handle = api.mount(document.getElementById('mount-here'), {
      query: 'patent',
      filters: { kind: ['transcript'] },
      compact: true,
    });
    return { methods: Object.keys(window.handle).sort(), version: api.version };
  });
  assert.deepEqual(api.methods, ['unmount', 'update']);
  const mounted = page.locator('#mount-here');
  await mounted.locator('[data-testid="hit-link"]').first().waitFor();
  assert.equal(await mounted.locator('[data-testid="filter-chip"]').count(), 1);
  assert.equal(await mounted.locator('.brand').count(), 0);
  await page.evaluate(() => window.handle.update({ query: 'trademark', filters: 'kind=transcript' }));
  await page.waitForFunction(
    () => document.querySelector('#mount-here').shadowRoot.querySelector('[data-testid="search-input"]').value === 'trademark',
  );
  assert.equal(await page.locator('#one [data-testid="search-input"]').inputValue(), 'patent');
  await page.evaluate(() => {
    window.handle.unmount();
    window.handle.unmount(); // a second call does nothing
  });
  assert.equal(await page.evaluate(() => document.querySelector('#mount-here').shadowRoot.childElementCount), 0);
  const thrown = await page.evaluate(() => {
    try {
      window.ipExplorer.mount('not an element');
      return 'no error';
    } catch (e) {
      return e.constructor.name;
    }
  });
  assert.equal(thrown, 'TypeError');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the element works with the bundle on another origin', async () => {
  const url = `${hosts.site.url}host/cross-origin.html?bundle=${encodeURIComponent(hosts.cdn.url)}`;
  const seen = hosts.site.requests.length;
  const { page, errors } = await openHost(url);
  const cdn = page.locator('#cdn');
  await cdn.locator('[data-testid="hit-link"]').first().waitFor();
  assert.equal(await cdn.locator('[data-testid="search-input"]').inputValue(), 'trademark');
  assert.ok(hosts.cdn.requests.some((p) => p.endsWith('.wasm')));
  const fromSite = hosts.site.requests.slice(seen);
  assert.deepEqual(fromSite, ['/host/cross-origin.html', '/host/load-bundle.js'], 'nothing else from the page origin');
  assert.deepEqual(errors, []);
  await page.close();
});

test('the README gives the host page policy that the cross-origin page is served with', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
  assert.ok(readme.includes(`Content-Security-Policy: ${hostPolicy('https://cdn.example')}`));
});

test('iframe mode: compact, posts its state to the parent that named its origin, obeys only it', async () => {
  const url = `${hosts.site.url}host/frame.html?bundle=${encodeURIComponent(hosts.cdn.url)}`;
  const { page, errors } = await openHost(url);
  const received = (type) =>
    page.evaluate((type) => window.received.filter((m) => m.data?.type === type), type);
  await page.waitForFunction(() => window.received.some((m) => m.data?.type === 'ready'));
  const [ready] = await received('ready');
  assert.equal(ready.from, 'trusted');
  assert.equal(ready.origin, new URL(hosts.cdn.url).origin);
  assert.deepEqual(
    { ...ready.data, version: typeof ready.data.version },
    {
      source: 'ip-explorer',
      type: 'ready',
      version: 'string',
      query: 'patent',
      filters: {},
      doc: null,
      passage: null,
      url: `${hosts.cdn.url}index.html?q=patent`,
    },
  );

  const trusted = page.frameLocator('#trusted');
  const untrusted = page.frameLocator('#untrusted');
  await untrusted.locator('[data-testid="hit-link"]').first().waitFor();
  assert.equal(await trusted.locator('.brand').count(), 0, 'no branding in the iframe');
  assert.equal(await trusted.locator('.app.compact').count(), 1);

  // Commands: obeyed from the named origin, ignored by the frame that named another.
  await page.evaluate(() => {
    for (const id of ['trusted', 'untrusted']) {
      document.getElementById(id).contentWindow.postMessage(
        { type: 'search', query: 'trademark', filters: { kind: ['transcript'] } },
        '*',
      );
      document.getElementById(id).contentWindow.postMessage({ type: 'bogus' }, '*');
    }
  });
  await page.waitForFunction(() => window.received.some((m) => m.data?.query === 'trademark'));
  const [searched] = (await received('state')).filter((m) => m.data.query === 'trademark');
  assert.deepEqual(searched.data.filters, { kind: ['transcript'] });
  assert.equal(await trusted.locator('[data-testid="search-input"]').inputValue(), 'trademark');
  assert.equal(await untrusted.locator('[data-testid="search-input"]').inputValue(), 'patent');

  // Opening a passage tells the parent which one.
  await trusted.locator('[data-testid="hit-link"]').first().click();
  await page.waitForFunction(() => window.received.some((m) => m.data?.passage));
  const [opened] = (await received('state')).filter((m) => m.data.passage);
  assert.ok(opened.data.passage.startsWith(`${opened.data.doc}#`));
  assert.match(opened.data.url, /[?&]read=/);

  // The frame that named another origin told this page nothing.
  assert.deepEqual(await page.evaluate(() => window.received.filter((m) => m.from !== 'trusted')), []);
  assert.deepEqual(errors, []);
  await page.close();
});

test('theme="light" and theme="dark" hold against the system colour scheme; auto follows it', async () => {
  const page = await browser.newPage({ colorScheme: 'dark' });
  await page.goto(hostile());
  await explorersReady(page);
  const background = async (id) => (await styleOf(page, `#${id} .app`, ['backgroundColor'])).backgroundColor;
  assert.equal(await background('two'), 'rgb(21, 23, 27)', 'dark stays dark');
  assert.equal(await background('three'), 'rgb(21, 23, 27)', 'auto follows the dark system');
  await page.evaluate(() => document.querySelector('#three').setAttribute('theme', 'light'));
  await page.waitForFunction(
    () => document.querySelector('#three').shadowRoot.querySelector('.app')?.dataset.theme === 'light',
  );
  assert.equal(await background('three'), 'rgb(251, 251, 249)', 'light holds on a dark system');
  await page.close();
});

test('mount() also works on the explorer page itself, with its style sheets copied in', async () => {
  const { page, errors } = await openHost(`${hosts.site.url}static/explorer/`);
  await page.evaluate(async () => {
    const api = await window.ipExplorerReady;
    const box = document.createElement('section');
    box.id = 'extra';
    document.body.append(box);
    api.mount(box, { query: 'patent', view: 'search' });
  });
  await page.locator('#extra [data-testid="hit-link"]').first().waitFor();
  // The copied style sheets load on their own, possibly after the first
  // render: wait for them (up to 10 s) rather than read the style once.
  let input;
  for (let tries = 0; tries < 100; tries++) {
    input = await styleOf(page, '#extra [data-testid="search-input"]', ['borderTopStyle', 'borderTopLeftRadius']);
    if (input.borderTopStyle !== 'none' && input.borderTopLeftRadius !== '0px') break;
    await page.waitForTimeout(100);
  }
  assert.notEqual(input.borderTopStyle, 'none', 'the explorer styles reach the shadow root');
  assert.notEqual(input.borderTopLeftRadius, '0px');
  // The page's own explorer is untouched: its URL did not change and its box is empty.
  assert.equal(page.url(), `${hosts.site.url}static/explorer/`);
  assert.equal(await page.locator('#app [data-testid="search-input"]').first().inputValue(), '');
  assert.deepEqual(errors, []);
  await page.close();
});

test('an element in a narrow column of a wide page lays out for its own width', async () => {
  const { page, errors } = await openHost(hostile(), { width: 1280, height: 900 });
  await page.addStyleTag({ content: 'section { width: 420px; }' });
  await page.locator('#one [data-testid="hit-link"]').first().waitFor();
  // As on a phone: facets behind their button, one results column.
  assert.ok(await page.locator('#one [data-testid="facets-toggle"]').isVisible());
  const results = await page.locator('#one [data-testid="hit-link"]').first().boundingBox();
  const host = await page.locator('#one').boundingBox();
  assert.ok(results.width > host.width * 0.6, `results use the column (${results.width} of ${host.width})`);
  // The same bundle on a wide page still shows the facets beside the results.
  await page.addStyleTag({ content: 'section { width: auto; }' });
  await page.waitForFunction(() => {
    const toggle = document.querySelector('#one').shadowRoot.querySelector('[data-testid="facets-toggle"]');
    return toggle && getComputedStyle(toggle).display === 'none';
  });
  assert.deepEqual(errors, []);
  await page.close();
});
