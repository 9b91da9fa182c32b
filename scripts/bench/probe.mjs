// Runs inside the page (injected as an init script, which the page's CSP does not govern).
// It records long tasks, and watches the drawn node elements (or the canvas) once a frame: when
// the first one appears (first drawn graph), when any sampled one last moved (layout settled),
// and, while recording, how long each frame took. It can be stopped so it does not itself cost
// the idle CPU being measured. It also notes when the page became interactive (the app: its root
// no longer marked as prerendered, i.e. React has hydrated or rendered it; the baseline: when it
// draws, its drag is attached).
export const probe = (selector) => `(() => {
  const sel = ${JSON.stringify(selector)};
  const b = (window.__bench = { firstDraw: null, interactive: null, lastMove: null, frames: [], recording: false, longTasks: [] });
  // Drawn in the HTML itself (the prerendered map): then it is painted at the first contentful
  // paint, which the browser reports more exactly than a frame callback can.
  document.addEventListener('DOMContentLoaded', () => {
    b.inHtml = document.querySelectorAll(sel).length > 0;
  });
  // Main-thread tasks over 50 ms (the Long Tasks API): while the layout runs, each one is a
  // moment the page could not answer a click or a key.
  try {
    new PerformanceObserver((list) => {
      for (const e of list.getEntries()) b.longTasks.push([e.startTime, e.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch {}
  let prev = [], last = 0, running = true;
  const frame = (t) => {
    if (!running) return;
    // The canvas view (large graphs) says itself when it has drawn and when it has settled.
    const canvas = document.querySelector('canvas[data-focal]');
    if (canvas) {
      if (b.firstDraw === null) b.firstDraw = performance.now();
      if (canvas.dataset.layout === 'running') b.lastMove = performance.now();
    }
    const els = canvas ? [] : document.querySelectorAll(sel);
    if ((els.length || canvas) && b.interactive === null && !document.querySelector('#root[data-prerendered]'))
      b.interactive = performance.now();
    if (els.length) {
      if (b.firstDraw === null) b.firstDraw = performance.now();
      const step = Math.max(1, Math.floor(els.length / 40));
      const now = [];
      for (let i = 0; i < els.length; i += step) now.push(els[i].getAttribute('transform'));
      if (now.length !== prev.length || now.some((v, i) => v !== prev[i])) b.lastMove = performance.now();
      prev = now;
    }
    if (b.recording && last) b.frames.push(t - last);
    last = t;
    requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
  b.stop = () => { running = false; };
  b.start = () => { if (!running) { running = true; last = 0; requestAnimationFrame(frame); } };
})();`;
