// The yardstick: a plain d3-force page, no framework, drawing the same graph the app draws
// (circles, lines, the same forces, the same "settle before paint when small" rule), with the
// most direct drag. The app's figures are divided by this page's, so the machine's speed
// largely cancels out. Served by route interception beside the built app (same origin).
import { readFileSync } from 'node:fs';

const lib = (name) => readFileSync(`node_modules/${name}/dist/${name}.min.js`, 'utf8');
export const baselineScripts = ['d3-dispatch', 'd3-quadtree', 'd3-timer', 'd3-force']
  .map(lib)
  .join('\n');

export const baselineHtml = `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>d3-force baseline</title>
<style>html,body{margin:0;height:100%}svg{width:100vw;height:100vh;display:block}
line{stroke:#999}circle{fill:#36c;stroke:#fff}</style></head><body>
<svg id="svg"><g id="view"><g id="links"></g><g class="nodes" id="nodes"></g></g></svg>
<script src="d3.js"></script><script src="baseline.js"></script></body></html>`;

export const baselineJs = `(async () => {
  const data = await (await fetch('../data/graph.json')).json();
  const NS = 'http://www.w3.org/2000/svg';
  const nodes = data.nodes.map((n, i) => ({ id: n.id, focal: !!n.focal, r: n.focal ? 46 : 15,
    x: n.focal ? 0 : 220 * Math.cos(i), y: n.focal ? 0 : 220 * Math.sin(i),
    fx: n.focal ? 0 : undefined, fy: n.focal ? 0 : undefined }));
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const links = data.edges.map((e) => ({ source: byId.get(e.source), target: byId.get(e.target) }));
  const large = nodes.length > 200;
  const sim = d3.forceSimulation(nodes)
    .force('link', d3.forceLink(links).distance((l) => (l.source.focal || l.target.focal ? 215 : 120)))
    .force('charge', d3.forceManyBody().strength(large ? -30 : -900).distanceMax(large ? 200 : 900))
    .force('collide', d3.forceCollide((n) => n.r + (large ? 2 : 34)).iterations(2))
    .force('x', d3.forceX(0).strength(0.04)).force('y', d3.forceY(0).strength(0.06)).stop();
  const lineEls = links.map(() => document.getElementById('links').appendChild(document.createElementNS(NS, 'line')));
  const nodeEls = nodes.map((n) => {
    const g = document.createElementNS(NS, 'g');
    const c = g.appendChild(document.createElementNS(NS, 'circle'));
    c.setAttribute('r', n.r);
    if (n.focal) g.id = 'focal';
    return document.getElementById('nodes').appendChild(g);
  });
  const draw = () => {
    nodes.forEach((n, i) => nodeEls[i].setAttribute('transform', 'translate(' + n.x.toFixed(1) + ',' + n.y.toFixed(1) + ')'));
    links.forEach((l, i) => { const el = lineEls[i];
      el.setAttribute('x1', l.source.x.toFixed(1)); el.setAttribute('y1', l.source.y.toFixed(1));
      el.setAttribute('x2', l.target.x.toFixed(1)); el.setAttribute('y2', l.target.y.toFixed(1)); });
  };
  const animate = nodes.length > 300;
  if (!animate) while (sim.alpha() > sim.alphaMin()) sim.tick();
  // Fit once to the settled (or initial) extent.
  const xs = nodes.map((n) => n.x), ys = nodes.map((n) => n.y);
  const x0 = Math.min(...xs) - 60, x1 = Math.max(...xs) + 60, y0 = Math.min(...ys) - 60, y1 = Math.max(...ys) + 60;
  const k = Math.min(innerWidth / (x1 - x0), innerHeight / (y1 - y0), 1.5);
  document.getElementById('view').setAttribute('transform',
    'translate(' + innerWidth / 2 + ',' + innerHeight / 2 + ') scale(' + k + ') translate(' + -(x0 + x1) / 2 + ',' + -(y0 + y1) / 2 + ')');
  draw();
  sim.on('tick', draw);
  if (animate) sim.alpha(1).restart();
  const focal = nodes.find((n) => n.focal);
  const el = document.getElementById('focal');
  el.addEventListener('pointerdown', (e) => {
    el.setPointerCapture(e.pointerId);
    sim.alphaTarget(0.25).restart();
    const sx = e.clientX, sy = e.clientY, fx = focal.fx, fy = focal.fy;
    const move = (m) => { focal.fx = fx + (m.clientX - sx) / k; focal.fy = fy + (m.clientY - sy) / k; };
    const up = () => { sim.alphaTarget(0); el.removeEventListener('pointermove', move); el.removeEventListener('pointerup', up); };
    el.addEventListener('pointermove', move);
    el.addEventListener('pointerup', up);
  });
})();`;
