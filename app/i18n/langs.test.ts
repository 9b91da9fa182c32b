import { describe, expect, it } from 'vitest';
import { preferredLang } from './langs';

describe('interface language', () => {
  it('follows the first browser language we offer', () => {
    expect(preferredLang(['kk-KZ', 'ru-RU', 'en'])).toBe('kk');
    expect(preferredLang(['de-DE', 'ru'])).toBe('ru');
    expect(preferredLang(['fr', 'de'])).toBe('en');
    expect(preferredLang([])).toBe('en');
  });
});
