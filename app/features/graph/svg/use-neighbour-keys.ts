// Arrow keys on a focused node move focus between neighbours (neighbour-keys.ts) and announce
// where focus landed in a polite live region, written to the DOM: moving focus never re-renders
// the map. The work itself is a small chunk loaded just after the first view (not in its
// script); a key pressed before it arrives is acted on when it does.
import { useCallback, useEffect, useRef, type KeyboardEvent } from 'react';
import { withFeatureTexts } from '@/i18n/bundles';
import { useT } from '@/i18n/catalogue';
import type { GraphIndex } from '@/model/graph-index';
import type { Registry } from './svg-writer';
import type { LayoutNode } from '../engine/layout';
import type { NavState } from '../view/neighbour-nav';

type Keys = typeof import('./neighbour-keys');
let keys: Keys | null = null;
const loadKeys = () => withFeatureTexts(import('./neighbour-keys')).then((m) => (keys = m));

export function useNeighbourKeys(
  index: GraphIndex,
  layoutNode: Map<string, LayoutNode>,
  registry: Registry,
  isShown: (id: string) => boolean,
) {
  const nav = useRef<NavState>({ hub: null, at: null });
  const t = useT();
  useEffect(() => void loadKeys(), []);

  const onKeyDown = useCallback(
    (e: KeyboardEvent) => {
      if (!e.key.startsWith('Arrow') || e.altKey || e.ctrlKey || e.metaKey) return;
      const focused = (e.target as Element).closest('[data-id]')?.getAttribute('data-id');
      if (!focused) return;
      e.preventDefault();
      // The map's live region (data-announcer), found from the event rather than held in a ref.
      const live = e.currentTarget.closest('.graph')?.querySelector('[data-announcer]');
      const key = e.key;
      const run = (m: Keys) => {
        const args = { key, focused, nav: nav.current, index, layoutNode, registry, isShown, t };
        const done = m.neighbourKey(args);
        nav.current = done.nav;
        if (live) live.textContent = done.message;
      };
      if (keys) run(keys);
      else void loadKeys().then(run);
    },
    [index, layoutNode, registry, isShown, t],
  );
  return onKeyDown;
}
