// Starts the wasm from a file instead of the inline module script Trunk writes
// by default, so the page runs under a Content-Security-Policy that allows
// scripts from 'self' only (see README, "Content-Security-Policy"). Trunk's
// `pattern_script` (Trunk.toml) writes a <meta name="ipx-boot"> that names the
// hashed glue and wasm files; this module is itself a hashed Trunk asset, so a
// warm load revalidates index.html only.
const boot = document.querySelector('meta[name="ipx-boot"]');
const { default: init } = await import(boot.dataset.js);
const wasm = await init({ module_or_path: boot.dataset.wasm });
dispatchEvent(new CustomEvent('TrunkApplicationStarted', { detail: { wasm } }));
