import { useT } from '@/i18n/catalogue';
import { isLang, LANG_NAME, LANGS } from '@/i18n/langs';
import { useUi } from '@/store/store';

/** Each language offered in its own name, so a reader finds theirs whatever is shown now. */
export function LanguageMenu() {
  const lang = useUi((s) => s.lang);
  const chooseLang = useUi((s) => s.chooseLang);
  const t = useT();
  return (
    <label>
      <span className="theme-word">{t.language.label}</span>{' '}
      <select
        value={lang}
        onChange={(e) => {
          if (isLang(e.target.value)) void chooseLang(e.target.value, true);
        }}
      >
        {LANGS.map((l) => (
          <option key={l} value={l} lang={l}>
            {LANG_NAME[l]}
          </option>
        ))}
      </select>
    </label>
  );
}
