// Creates window.ipExplorerReady before the wasm loads, so a host page can await
// the API at any time; the wasm resolves it once window.ipExplorer exists.
(function () {
  if (window.ipExplorerReady) return;
  window.ipExplorerReady = new Promise(function (resolve) {
    window.__ipExplorerResolve = resolve;
  });
})();
