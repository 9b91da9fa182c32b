// Runs inside the page, in every engine: one self-contained function (it is sent as source text,
// so it may not use anything outside itself), chosen by `op`. Elements are found as a person
// finds them, by role and accessible name: map entities and lines are SVG role="button"
// elements named by aria-label, other buttons by their text or aria-label.
export function inPage(op, a, b) {
  const visible = (el) => {
    if (!el) return false;
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    return r.width > 0 && r.height > 0 && s.visibility === 'visible' && s.display !== 'none';
  };
  // The accessible name, near enough: aria-label, else the text not hidden from assistive tech.
  const nameOf = (el) => {
    const label = el.getAttribute('aria-label');
    if (label !== null) return label.trim();
    let text = '';
    const walk = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    while (walk.nextNode())
      if (!walk.currentNode.parentElement.closest('[aria-hidden="true"]'))
        text += walk.currentNode.data;
    return text.replace(/\s+/g, ' ').trim();
  };
  const mapButtons = () => [...document.querySelectorAll('svg [role="button"][aria-label]')];
  const entity = (name) => mapButtons().find((el) => nameOf(el) === name) ?? null;
  const find = (kind, name) => {
    if (kind === 'entity') return entity(name);
    // A line's name is "Kazakhstan – Russia: ally"; it is found by its two endpoints.
    if (kind === 'line') return mapButtons().find((el) => nameOf(el).startsWith(`${name}:`));
    if (kind === 'button' || kind === 'link') {
      const all = document.querySelectorAll(
        kind === 'link' ? 'a[href]' : 'button, [role="button"]',
      );
      return [...all].find((el) => visible(el) && nameOf(el).replace(/^← /, '') === name) ?? null;
    }
    return null;
  };
  // A viewport point where a real click lands on `el` (its centre, else a part's centre).
  const hitPoint = (el) => {
    const r0 = el.getBoundingClientRect();
    if (r0.top < 0 || r0.left < 0 || r0.bottom > innerHeight || r0.right > innerWidth)
      el.scrollIntoView({ block: 'center', inline: 'center' });
    for (const part of [el, ...el.querySelectorAll('*')]) {
      const r = part.getBoundingClientRect();
      if (r.width === 0 || r.height === 0) continue;
      const x = Math.round(r.left + r.width / 2);
      const y = Math.round(r.top + r.height / 2);
      if (x < 0 || y < 0 || x >= innerWidth || y >= innerHeight) continue;
      const hit = document.elementFromPoint(x, y);
      if (hit && el.contains(hit)) return { x, y };
    }
    return null;
  };
  const describe = (el) => {
    if (!el) return 'not in the page';
    const r = el.getBoundingClientRect();
    const s = getComputedStyle(el);
    const hit = document.elementFromPoint(r.left + r.width / 2, r.top + r.height / 2);
    const what = hit ? `<${hit.tagName.toLowerCase()}${hit.id ? '#' + hit.id : ''}>` : 'nothing';
    return `${Math.round(r.width)}×${Math.round(r.height)} px, visibility ${s.visibility}, its centre hits ${what}`;
  };
  const evidence = () => document.querySelector('aside');
  switch (op) {
    case 'errors':
      return window.__engines ? window.__engines.slice() : null;
    case 'url':
      return location.search;
    case 'point': {
      const el = find(a, b);
      if (!el) return { why: `no ${a} "${b}" in the page` };
      return hitPoint(el) ?? { why: `${a} "${b}" cannot be clicked: ${describe(el)}` };
    }
    // The map is on screen and a pointer reaches the entity: it can be used.
    case 'mapUsable': {
      // The prerendered map shows before the app has hydrated it; until then a click is lost
      // (root keeps data-prerendered until React has adopted the markup).
      if (document.getElementById('root')?.hasAttribute('data-prerendered')) return false;
      const el = entity(a);
      return visible(el) && hitPoint(el) !== null;
    }
    // The map is away (display: none) or covered and out of reach (visibility: hidden, so
    // neither a pointer nor Tab reaches it).
    case 'mapAway': {
      const el = entity(a);
      return !el || !visible(el);
    }
    case 'describeEntity':
      return describe(entity(a));
    case 'layout': // positions of the map, to see when it has stopped moving
      return [...document.querySelectorAll('svg g[transform]')]
        .map((g) => g.getAttribute('transform'))
        .join(';');
    case 'evidence': {
      const panel = evidence();
      const quotes = panel ? [...panel.querySelectorAll('blockquote')].filter(visible).length : 0;
      const h = panel?.querySelector('h2');
      return { heading: h && visible(h) ? h.textContent.trim() : '', quotes };
    }
    case 'table': {
      const t = [...document.querySelectorAll('table')].find(visible);
      return t ? t.querySelectorAll('tbody tr').length : 0;
    }
    case 'marks':
      return [...document.querySelectorAll('mark')].filter(visible).length;
    case 'lang':
      return document.documentElement.lang;
    case 'hasLink':
      return find('link', a) !== null;
    default:
      throw new Error(`unknown op ${op}`);
  }
}
