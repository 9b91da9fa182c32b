// Every language has every key of the English catalogue, and every text is really translated.
import { describe, expect, it } from 'vitest';
import { en } from './en';
import { enMore } from './en-more';
import { english as whole } from './english';
import { kk } from './kk';
import { ru } from './ru';

type Tree = { [key: string]: unknown };

/** "notice.badSelect" → value, for every leaf (a string or a function) of the catalogue. */
function leaves(tree: Tree, prefix = ''): Map<string, unknown> {
  const out = new Map<string, unknown>();
  for (const [key, value] of Object.entries(tree)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (value && typeof value === 'object') {
      for (const [k, v] of leaves(value as Tree, path)) out.set(k, v);
    } else out.set(path, value);
  }
  return out;
}

/** A function's text with sample arguments: strings, numbers and lists of ids. */
function render(value: unknown): string {
  if (typeof value === 'string') return value;
  if (typeof value !== 'function') return '';
  const fn = value as (...args: unknown[]) => unknown;
  const args = Array.from({ length: fn.length }, (_, i) => (i === 0 ? 3 : 'Russia'));
  try {
    return String(fn(...args));
  } catch {
    // Some texts take a list (of ids) rather than a number.
    return String(fn(['russiaa'], 'Russia'));
  }
}

// English is en.ts and en-more.ts together (the on-demand features' texts load later).
const english = leaves(whole);
const CYRILLIC = /[\u0400-\u04FF]/;

describe.each([
  ['kk', kk],
  ['ru', ru],
])('the %s catalogue', (_lang, catalogue) => {
  const translated = leaves(catalogue as unknown as Tree);

  it('has every English key and no other', () => {
    const missing = [...english.keys()].filter((k) => !translated.has(k));
    const extra = [...translated.keys()].filter((k) => !english.has(k));
    expect(missing, 'missing keys').toEqual([]);
    expect(extra, 'keys English does not have').toEqual([]);
  });

  it('gives each key the same type as English (text, or a function of the same arity)', () => {
    for (const [key, value] of english) {
      const other = translated.get(key);
      expect(typeof other, key).toBe(typeof value);
      if (typeof value === 'function') expect((other as () => void).length, key).toBe(value.length);
    }
  });

  it('translates every text (non-empty, in Cyrillic, not the English left in place)', () => {
    for (const [key, value] of translated) {
      const text = render(value);
      expect(text.trim(), key).not.toBe('');
      expect(text, key).toMatch(CYRILLIC);
      if (typeof value === 'string') expect(text, key).not.toBe(english.get(key));
    }
  });
});

describe('the English catalogue', () => {
  it('has no empty text', () => {
    for (const [key, value] of english) expect(render(value).trim(), key).not.toBe('');
  });

  it('has each text once: in the first view (en.ts) or on demand (en-more.ts), not both', () => {
    const first = leaves(en);
    const twice = [...leaves(enMore).keys()].filter((k) => first.has(k));
    expect(twice).toEqual([]);
    expect(english.size).toBe(first.size + leaves(enMore).size);
  });
});
