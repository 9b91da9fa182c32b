// public/boot.js repeats, in a few lines of plain script, what the app reads from the URL for
// the first paint; this keeps the two in step.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { preferredLang } from '../app/i18n/langs.ts';
import { parseUrl } from '../app/store/url-codec.ts';

const script = readFileSync('public/boot.js', 'utf8');

function boot(search: string, languages: string[]) {
  const attrs = new Map<string, string>();
  const html = { setAttribute: (name: string, value: string) => attrs.set(name, value) };
  new Function('document', 'location', 'navigator', 'window', script)(
    { documentElement: html, addEventListener: () => {} },
    { search },
    { languages },
    {},
  );
  return attrs;
}

const searches = [
  '',
  '?theme=dark',
  '?theme=contrast&embed',
  '?theme=blue',
  '?embed=1',
  '?embed=0',
  '?embed=false',
  '?lang=kk',
  '?lang=RU',
  '?lang=%20en%20',
  '?lang=fr',
  '?select=kazakhstan,russia&lang=ru&embed&theme=light',
  '?select=russia',
  '?select=%20,',
  '?select=',
];

describe('boot.js', () => {
  for (const languages of [['en-GB'], ['ru-RU', 'en'], ['de', 'kk-KZ'], []]) {
    for (const search of searches) {
      it(`reads ${search || 'no query'} as the app does (browser: ${languages.join(', ') || 'none'})`, () => {
        const attrs = boot(search, languages);
        const { theme, embed, select, lang: chosen } = parseUrl(search).state;
        const lang = chosen ?? preferredLang(languages);
        expect(attrs.get('data-theme') ?? null).toBe(theme);
        expect(attrs.has('data-embed')).toBe(embed);
        expect(attrs.has('data-boot-select')).toBe(select !== null);
        expect(attrs.get('data-boot-lang') ?? 'en').toBe(lang);
      });
    }
  }
});
