import { useEffect } from 'react';
import { useUi } from '@/store/store';

/** Without a theme in the URL the page follows the system preference (CSS media queries). */
export function useThemeAttribute() {
  const theme = useUi((s) => s.theme);
  useEffect(() => {
    // The store's value, not the rendered one: hydrating renders the initial state (no theme)
    // while the store already holds the URL's, which boot.js has put on the page before paint.
    const current = useUi.getState().theme;
    if (current) document.documentElement.dataset.theme = current;
    else delete document.documentElement.dataset.theme;
  }, [theme]);
}
