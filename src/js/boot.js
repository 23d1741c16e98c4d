// Starts the wasm from a file instead of the inline module script Trunk writes
// by default, so the page runs under a Content-Security-Policy that allows
// scripts from 'self' only (see README, "Content-Security-Policy"). Trunk's
// `pattern_script` (Trunk.toml) writes a <meta name="ipx-boot"> that names the
// hashed glue and wasm files; this module is itself a hashed Trunk asset, so a
// warm load revalidates index.html only.
//
// When the glue or the wasm cannot be loaded (network, a wrong deploy, a
// browser without WebAssembly), the loading message says so instead of
// spinning forever, and ipExplorerReady rejects with the reason.
function failed(error) {
  console.error(error);
  const reason = `IP Explorer could not be loaded: ${error?.message ?? error}`;
  const reject = Object.prototype.hasOwnProperty.call(window, '__ipExplorerReject')
    ? window.__ipExplorerReject
    : undefined;
  if (typeof reject === 'function') reject(new Error(reason));
  const app = document.getElementById('app');
  // The wasm's panic hook already showed its own message.
  if (!app || app.querySelector('[data-testid=fatal-error]')) return;
  const note = document.createElement('div');
  note.className = 'fatal-error load-failed';
  note.setAttribute('role', 'alert');
  note.dataset.testid = 'load-failed';
  const title = document.createElement('h2');
  title.textContent = 'The explorer could not be loaded';
  const text = document.createElement('p');
  text.textContent = `${reason}. Check the connection and reload the page.`;
  const again = document.createElement('a');
  again.href = location.href;
  again.textContent = 'Reload the explorer';
  note.append(title, text, again);
  app.replaceChildren(note);
}

try {
  const boot = document.querySelector('meta[name="ipx-boot"]');
  if (!boot) throw new Error('the page names no wasm bundle');
  const { default: init } = await import(boot.dataset.js);
  const wasm = await init({ module_or_path: boot.dataset.wasm });
  dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
} catch (error) {
  failed(error);
}
