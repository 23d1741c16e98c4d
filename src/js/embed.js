// IP Explorer embed loader: defines <ip-explorer> and loads the explorer once
// per page. A host page includes it from wherever dist/ is deployed:
//   <script type="module" src="https://example.org/explorer/embed.js"></script>
// Everything it loads is found relative to its own URL (import.meta.url): it
// reads the bundle's index.html, whose <link> tags name the hashed files of
// this very build (JS glue, wasm, style sheets), so a host never needs to
// know a hashed name and a redeploy can never mix two builds' files.

const BASE = new URL('./', import.meta.url);
const INDEX = new URL('index.html', BASE);

const own = (name) => Object.prototype.hasOwnProperty.call(window, name);

// The same promise ready.js makes on the explorer's own page. Only an own
// property counts: an element with that id also shows up on window.
if (!own('ipExplorerReady')) {
  window.ipExplorerReady = new Promise((resolve, reject) => {
    window.__ipExplorerResolve = resolve;
    window.__ipExplorerReject = reject;
  });
  window.ipExplorerReady.catch(() => {});
}

// Shared by every copy of this script on the page. A symbol, because any
// element id shows up as a window property and would take the place of a name.
const LOADING = Symbol.for('ip-explorer.loading');

/** Loads the bundle once, whichever copy of this script asks first. */
function load() {
  window[LOADING] ??= (async () => {
    const response = await fetch(INDEX);
    if (!response.ok) throw new Error(`IP Explorer: ${INDEX} answered ${response.status}`);
    const page = new DOMParser().parseFromString(await response.text(), 'text/html');
    const hrefs = (selector) =>
      [...page.querySelectorAll(selector)].map((el) => new URL(el.getAttribute('href'), INDEX).href);
    const [glue] = hrefs('link[rel=modulepreload]');
    const [wasm] = hrefs('link[rel=preload][type="application/wasm"]');
    if (!glue || !wasm) throw new Error(`IP Explorer: ${INDEX} names no wasm bundle`);
    // One constructed style sheet per file, shared by every instance's
    // shadow root; ready before any instance renders, so nothing flashes unstyled.
    const sheets = await Promise.all(
      hrefs('link[rel=stylesheet]').map(async (href) => {
        const css = await fetch(href);
        if (!css.ok) throw new Error(`IP Explorer: ${href} answered ${css.status}`);
        const sheet = new CSSStyleSheet({ baseURL: href });
        await sheet.replace(await css.text());
        return sheet;
      }),
    );
    // Tells the wasm it runs in a host page: mount nothing on its own, and
    // where the explorer's own page is (for permalinks and citations).
    window.__ipExplorerEmbed = { base: BASE.href, sheets };
    const bindings = await import(glue);
    await bindings.default({ module_or_path: wasm });
    return window.ipExplorerReady;
  })().catch((error) => {
    // Every failure to load rejects ipExplorerReady with the reason.
    const reason = new Error(`IP Explorer could not be loaded: ${error?.message ?? error}`);
    if (own('__ipExplorerReject') && typeof window.__ipExplorerReject === 'function') {
      window.__ipExplorerReject(reason);
    }
    throw reason;
  });
  return window[LOADING];
}

const ATTRIBUTES = ['query', 'filters', 'compact', 'theme', 'view'];

/** <ip-explorer query="..." filters="kind=news" compact theme="dark" view="search|facts"> */
class IpExplorerElement extends HTMLElement {
  static observedAttributes = ATTRIBUTES;

  connectedCallback() {
    if (!this.shadowRoot) {
      this.attachShadow({ mode: 'open' });
      this.note('Loading the explorer…', 'status');
    }
    load().then(
      (api) => {
        if (!this.isConnected || this._instance) return;
        const failed = window.__ipExplorerEmbed?.failed;
        if (failed) {
          this.note(failed, 'alert');
          return;
        }
        try {
          this._instance = api.mount(this, this.options());
        } catch (error) {
          console.error(error);
          this.note(`The explorer could not be shown here: ${error?.message ?? error}`, 'alert');
        }
      },
      (error) => {
        console.error(error);
        this.note(`${error?.message ?? error}. Reload the page to try again.`, 'alert');
      },
    );
  }

  disconnectedCallback() {
    const instance = this._instance;
    this._instance = undefined;
    try {
      instance?.unmount();
    } catch (error) {
      console.error(error);
    }
  }

  attributeChangedCallback() {
    try {
      this._instance?.update(this.options());
    } catch (error) {
      console.error(error);
    }
  }

  /** Shows `text` as the element's only content (loading, or why it failed). */
  note(text, role) {
    const note = document.createElement('p');
    note.setAttribute('role', role);
    note.dataset.testid = role === 'alert' ? 'embed-failed' : 'embed-loading';
    // Styled through the CSSOM, not a style attribute, which a host page's
    // Content-Security-Policy without 'unsafe-inline' would refuse.
    note.style.cssText = 'font: 14px/1.5 system-ui, sans-serif; margin: 0; padding: 1rem';
    note.textContent = text;
    this.shadowRoot.replaceChildren(note);
  }

  /** The attributes as ipExplorer.mount() options (absent ones left out). */
  options() {
    const options = {};
    for (const name of ATTRIBUTES) {
      if (this.hasAttribute(name)) options[name] = this.getAttribute(name);
    }
    return options;
  }
}

if (!customElements.get('ip-explorer')) customElements.define('ip-explorer', IpExplorerElement);
load().catch(() => {});
