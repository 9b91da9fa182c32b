import { useEffect } from 'react';
import { useUi } from '@/store/store';

/** Without a theme in the URL the page follows the system preference (CSS media queries). */
export function useThemeAttribute() {
  const theme = useUi((s) => s.theme);
  useEffect(() => {
    if (theme) document.documentElement.dataset.theme = theme;
    else delete document.documentElement.dataset.theme;
  }, [theme]);
}
