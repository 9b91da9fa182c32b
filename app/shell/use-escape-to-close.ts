import { useEffect } from 'react';
import { selectionKey } from '@/model/selection';
import { useUi } from '@/store/store';

/**
 * Escape clears the selection and puts focus back on the graph element that was selected,
 * so a keyboard user returns to where they were in the map.
 */
export function useEscapeToClose() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || e.defaultPrevented) return;
      // Escape in a dialog closes the dialog only.
      if (e.target instanceof Element && e.target.closest('dialog')) return;
      const { selection, select } = useUi.getState();
      if (!selection) return;
      const key = selectionKey(selection);
      const target = document.querySelector<SVGElement>(
        selection.kind === 'node'
          ? `.graph [data-id="${CSS.escape(key)}"]`
          : `.graph [data-key="${CSS.escape(key)}"]`,
      );
      select(null);
      // The map never scrolls, and in an embed a plain focus() would scroll the host article.
      target?.focus({ preventScroll: true });
    };
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, []);
}
