import { useEffect } from 'react';
import { useT } from '@/i18n/catalogue';
import { useUi } from '@/store/store';

/** The page's language and title follow the interface language (screen readers, search). */
export function useLangAttribute() {
  const lang = useUi((s) => s.lang);
  const t = useT();
  useEffect(() => {
    document.documentElement.lang = lang;
    document.title = t.meta.title;
  }, [lang, t]);
}
