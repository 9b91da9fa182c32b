// The interface languages. Passages are never translated: they stay in the language of
// their source (English for every text the project ships) and are marked lang="en".

export const LANGS = ['en', 'kk', 'ru'] as const;
export type Lang = (typeof LANGS)[number];

/** Each language named in itself, as a language menu shows it. */
export const LANG_NAME: Record<Lang, string> = {
  en: 'English',
  kk: 'Қазақша',
  ru: 'Русский',
};

export function isLang(value: string): value is Lang {
  return (LANGS as readonly string[]).includes(value);
}

/** The first of the reader's preferred languages we have ("kk-KZ" → kk), else English. */
export function preferredLang(preferences: readonly string[]): Lang {
  for (const tag of preferences) {
    const primary = tag.toLowerCase().split('-')[0] ?? '';
    if (isLang(primary)) return primary;
  }
  return 'en';
}
