import { describe, expect, it } from 'vitest';
import { parseLangUrl, writeLangUrl } from '@/lib/lang-url';
import { preferredLang } from './langs';

describe('interface language', () => {
  it('follows the first browser language we offer', () => {
    expect(preferredLang(['kk-KZ', 'ru-RU', 'en'])).toBe('kk');
    expect(preferredLang(['de-DE', 'ru'])).toBe('ru');
    expect(preferredLang(['fr', 'de'])).toBe('en');
    expect(preferredLang([])).toBe('en');
  });

  it('reads lang from the URL, tolerating case and refusing others with a notice', () => {
    expect(parseLangUrl('?lang=KK')).toEqual({ lang: 'kk', notices: [] });
    expect(parseLangUrl('?select=russia')).toEqual({ lang: null, notices: [] });
    expect(parseLangUrl('?lang=<b>de</b>')).toEqual({ lang: null, notices: [{ key: 'badLang' }] });
  });

  it('writes lang only when it was chosen, leaving other parameters alone', () => {
    const params = new URLSearchParams('embed&select=russia');
    writeLangUrl(params, 'ru');
    expect(params.toString()).toBe('embed=&select=russia&lang=ru');
    writeLangUrl(params, null);
    expect(params.has('lang')).toBe(false);
  });
});
