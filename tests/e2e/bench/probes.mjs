// What the benchmark installs in every page before any of its scripts run
// (page.addInitScript): timestamps for ipExplorerReady and for the first search
// results on screen, per-keystroke input-to-paint times, Event Timing entries,
// and the wasm memory once Trunk has started the module. All times are
// performance.now() values, i.e. milliseconds since navigation start.
export function installProbes() {
  const marks = (window.__ipxBench = { keys: [], events: [] });

  // The time just after the frame that follows now has been painted: a
  // requestAnimationFrame callback runs before the frame's style, layout and
  // paint, and a message posted from it is handled once that frame is done.
  const afterNextPaint = (done) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel();
      channel.port1.onmessage = () => done(performance.now());
      channel.port2.postMessage(0);
    });

  // ready.js assigns window.ipExplorerReady; watch the assignment to learn
  // when the promise resolves without changing what the page sees.
  let ready;
  Object.defineProperty(window, 'ipExplorerReady', {
    configurable: true,
    get: () => ready,
    set: (promise) => {
      ready = promise;
      Promise.resolve(promise).then(() => {
        marks.ready ??= performance.now();
      });
    },
  });

  addEventListener('TrunkApplicationStarted', (event) => {
    marks.wasmMemory = () => event.detail?.wasm?.memory?.buffer?.byteLength ?? null;
  });

  new MutationObserver((_, observer) => {
    if (!document.querySelector('li.hit')) return;
    observer.disconnect();
    marks.resultsInDom = performance.now();
    afterNextPaint((t) => (marks.results = t));
  }).observe(document, { childList: true, subtree: true });

  // Input to paint per key press: from the key event's own timestamp (when the
  // browser received the input) to the end of the frame that shows the DOM the
  // handlers produced. Leptos updates the DOM in microtasks of the input task,
  // so the next frame carries the update. `work` stops before waiting for the
  // frame: handlers, microtasks and a forced style and layout.
  addEventListener(
    'keydown',
    (event) => {
      const key = { key: event.key, start: event.timeStamp };
      marks.keys.push(key);
      const channel = new MessageChannel();
      channel.port1.onmessage = () => {
        void document.body.offsetHeight;
        key.work = performance.now() - key.start;
      };
      channel.port2.postMessage(0);
      afterNextPaint((t) => (key.paint = t - key.start));
    },
    true,
  );

  // Chromium's own measure (Event Timing), reported only from 16 ms up and in
  // 8 ms steps: a cross-check that counts slow keystrokes.
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) {
        if (e.name === 'keydown' || e.name === 'input' || e.name === 'keyup') {
          marks.events.push({ name: e.name, duration: e.duration });
        }
      }
    }).observe({ type: 'event', durationThreshold: 16, buffered: true });
  } catch {
    marks.events = null;
  }
}
