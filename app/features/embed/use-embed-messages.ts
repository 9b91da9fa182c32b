import { useEffect } from 'react';
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
    let frame = 0;
    const measure = () => {
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => {
        const height = document.documentElement.getBoundingClientRect().height;
        if (Math.abs(height - last) < 1) return;
        last = height;
        host.height(height);
      });
    };
    const observer = new ResizeObserver(measure);
    observer.observe(document.documentElement);
    measure();
    const unsubscribe = useUi.subscribe((s, prev) => {
      if (s.selection !== prev.selection) host.selection(s.selection);
    });
    return () => {
      cancelAnimationFrame(frame);
      observer.disconnect();
      unsubscribe();
    };
  }, [enabled]);
}
