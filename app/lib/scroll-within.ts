// Scrolls an element into view inside its own scrolling box and nowhere else. The browser's
// scrollIntoView (and focus() without preventScroll) also scrolls every ancestor scroller,
// up to and including the host page of an embed, which made "Read in source" in an article's
// embed jump the article (docs/contract.md "Embedding": nothing inside the embed scrolls the host).

function scroller(el: Element): HTMLElement | null {
  for (let box = el.parentElement; box; box = box.parentElement) {
    const overflow = getComputedStyle(box).overflowY;
    if ((overflow === 'auto' || overflow === 'scroll') && box.scrollHeight > box.clientHeight) {
      return box;
    }
  }
  return null;
}

/** `center` puts the element mid-box; `nearest` scrolls only as far as needed to show it. */
export function scrollWithin(el: Element | null, block: 'center' | 'nearest' = 'center') {
  const box = el && scroller(el);
  if (!el || !box) return;
  const r = el.getBoundingClientRect();
  const c = box.getBoundingClientRect();
  const top = r.top - c.top + box.scrollTop;
  if (block === 'center') box.scrollTop = top - (box.clientHeight - r.height) / 2;
  else if (r.top < c.top) box.scrollTop = top;
  else if (r.bottom > c.bottom) box.scrollTop = top - box.clientHeight + r.height;
}
