// The search box's keys (search-box.tsx), in the chunk with the matching code: keys only matter
// once there is something to move through, and the box loads this when it is first focused.
import type { KeyboardEvent } from 'react';
import type { SearchResult } from './search-index';

export interface KeyContext {
  results: SearchResult[];
  active: number;
  showList: boolean;
  query: string;
  setOpen: (open: boolean) => void;
  setActive: (update: (a: number) => number) => void;
  setQuery: (query: string) => void;
  choose: (r: SearchResult) => void;
}

/** Up/Down move through the options, Enter chooses, Escape closes the list, then clears. */
export function onSearchKey(e: KeyboardEvent<HTMLInputElement>, c: KeyContext) {
  if (e.key === 'ArrowDown' || e.key === 'ArrowUp') {
    e.preventDefault();
    if (!c.results.length) return;
    c.setOpen(true);
    const step = e.key === 'ArrowDown' ? 1 : -1;
    c.setActive((a) => (a + step + c.results.length) % c.results.length);
  } else if (e.key === 'Enter') {
    const r = c.results[c.active] ?? c.results[0]; // Enter alone takes the best match
    if (c.showList && r) {
      e.preventDefault();
      c.choose(r);
    }
  } else if (e.key === 'Escape') {
    if (c.showList) {
      e.preventDefault(); // keep the page-level Escape (close evidence) for the next press
      c.setOpen(false);
      c.setActive(() => -1);
    } else if (c.query) {
      e.preventDefault();
      c.setQuery('');
    }
  }
}
