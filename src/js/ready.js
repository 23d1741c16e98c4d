// Creates window.ipExplorerReady before the wasm loads, so a host page can await
// the API at any time; the wasm resolves it once window.ipExplorer exists, and
// boot.js (or the wasm's panic hook) rejects it with the reason when the
// explorer cannot start. Only an own property counts: an element with
// id="ipExplorerReady" also shows up as window.ipExplorerReady.
(function () {
  if (Object.prototype.hasOwnProperty.call(window, 'ipExplorerReady')) return;
  window.ipExplorerReady = new Promise(function (resolve, reject) {
    window.__ipExplorerResolve = resolve;
    window.__ipExplorerReject = reject;
  });
  // A page that never awaits the promise gets no "uncaught rejection" noise;
  // one that does still sees the rejection.
  window.ipExplorerReady.catch(function () {});
})();
