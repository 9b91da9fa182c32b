// Runs in the page (page.evaluate): the rendered boxes of the map's node labels, visible
// relation labels and node shapes, the collisions between them, and the smallest label as
// drawn (computed font size × the current zoom). Plain JS so that both the Playwright spec and
// scripts/legibility-probe.mjs can pass it to the browser as it is.
/* global document, getComputedStyle */
export function measureLegibility() {
  const svg = document.querySelector('.graph svg.graph-svg');
  if (!svg)
    return { labelLabel: [], labelNode: [], minNodeLabel: 0, minRelationLabel: 0, labels: [] };
  const shown = (el) => {
    for (let e = el; e && e !== svg; e = e.parentElement) {
      const cs = getComputedStyle(e);
      if (cs.display === 'none' || cs.visibility === 'hidden' || +cs.opacity < 0.05) return false;
    }
    return true;
  };
  const box = (el) => {
    const r = el.getBoundingClientRect();
    return { x0: r.left, y0: r.top, x1: r.right, y1: r.bottom };
  };
  // Drawn size in CSS px: the font size times the scale from the element to the screen.
  const drawnPx = (el) => {
    const m = el.getScreenCTM();
    return parseFloat(getComputedStyle(el).fontSize) * (m ? Math.hypot(m.a, m.b) : 1);
  };
  const nodes = [...svg.querySelectorAll('.node')].filter(shown);
  const labels = [];
  const shapes = [];
  for (const n of nodes) {
    const id = n.getAttribute('data-id');
    const text = n.querySelector('.node-label');
    const shape = n.querySelector('.node-shape');
    const focal = n.classList.contains('node--focal');
    if (text)
      labels.push({
        id,
        kind: 'node',
        focal,
        text: text.textContent,
        px: drawnPx(text),
        ...box(text),
      });
    if (shape) shapes.push({ id, focal, ...box(shape) });
  }
  for (const e of svg.querySelectorAll('.edge-label')) {
    if (!shown(e)) continue;
    const text = e.querySelector('text');
    if (!text) continue;
    labels.push({
      id: e.closest('[data-key]')?.getAttribute('data-key'),
      kind: 'relation',
      focal: false,
      text: text.textContent,
      px: drawnPx(text),
      ...box(e),
    });
  }
  // Overlap by more than a pixel each way: anti-aliased edges that touch are not a collision.
  const hit = (a, b) =>
    Math.min(a.x1, b.x1) - Math.max(a.x0, b.x0) > 1 &&
    Math.min(a.y1, b.y1) - Math.max(a.y0, b.y0) > 1;
  const labelLabel = [];
  for (let i = 0; i < labels.length; i++)
    for (let j = i + 1; j < labels.length; j++)
      if (hit(labels[i], labels[j])) labelLabel.push([labels[i].text, labels[j].text]);
  // The zoom buttons float over the map: a label under one is as hidden as under a node.
  for (const b of document.querySelectorAll('.zoom-controls button')) {
    if (shown(b)) shapes.push({ id: b.textContent || 'zoom button', focal: false, ...box(b) });
  }
  const labelNode = [];
  for (const l of labels)
    for (const s of shapes) {
      // The focal node's name is written inside its own disc, by design.
      if (l.kind === 'node' && l.id === s.id && l.focal) continue;
      if (hit(l, s)) labelNode.push([l.text, s.id]);
    }
  const min = (kind) =>
    Math.min(...labels.filter((l) => l.kind === kind).map((l) => l.px), Infinity);
  // The hub's name is whole (no "zakhstan"): inside its disc, or beside it and clear of it.
  const focalLabel = labels.find((l) => l.focal);
  const focalShape = shapes.find((s) => s.focal);
  const within = (a, b) =>
    a.x0 >= b.x0 - 1 && a.x1 <= b.x1 + 1 && a.y0 >= b.y0 - 1 && a.y1 <= b.y1 + 1;
  const focalFits =
    !focalLabel || !focalShape || within(focalLabel, focalShape) || !hit(focalLabel, focalShape);
  return {
    labelLabel,
    labelNode,
    minNodeLabel: min('node'),
    minRelationLabel: min('relation'),
    focalFits,
    labels,
  };
}
