import { useEffect } from 'react';
import { selectionIds } from '@/model/selection';
import { useUi } from '@/store/store';
import { hostMessages } from './embed-messages';

/**
 * In an embed inside a host page: report the content height whenever it changes (load,
 * selection, resize) and the reader's selections. Outside an iframe it does nothing.
 */
export function useEmbedMessages(enabled: boolean) {
  useEffect(() => {
    if (!enabled || window.parent === window) return;
    const host = hostMessages(window.parent, window.location.search);
    let last = 0;
    // Measured at once, not in an animation frame: Chrome runs no frames in a cross-origin
    // iframe that is off screen, so an embed below the fold never reported its height until
    // the reader scrolled to it, and then the article jumped under them.
    const measure = () => {
      const height = document.documentElement.getBoundingClientRect().height;
      if (Math.abs(height - last) < 1) return;
      last = height;
      host.height(height);
    };
    const observer = new ResizeObserver(measure);
    observer.observe(document.documentElement);
    measure();
    const unsubscribe = useUi.subscribe((s, prev) => {
      if (s.selection !== prev.selection) host.selection(s.selection && selectionIds(s.selection));
    });
    return () => {
      observer.disconnect();
      unsubscribe();
    };
  }, [enabled]);
}
