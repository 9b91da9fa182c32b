import { useEffect, useRef } from 'react';
import type { GraphPort } from '@/lib/graph-port';
import { selectionKey } from '@/model/selection';
import { useUi } from '@/store/store';

/**
 * Escape clears the selection and puts focus back on the graph element that was selected,
 * so a keyboard user returns to where they were in the map. The map says how to focus its
 * element (its port), whichever painter draws it.
 */
export function useEscapeToClose(map: GraphPort | null) {
  const mapRef = useRef(map);
  useEffect(() => {
    mapRef.current = map;
  });
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      // Escape in a dialog closes the dialog only.
      if (e.target instanceof Element && e.target.closest('dialog')) return;
      const { selection, select } = useUi.getState();
      if (!selection) return;
      const key = selectionKey(selection);
      select(null);
      mapRef.current?.focus(key);
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
