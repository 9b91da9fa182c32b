import { describe, expect, it } from 'vitest';
import { resolvePackageUrl } from './package-url';

const PAGE = 'https://maps.example.org/kz/index.html?edit';

describe('the package a link may open', () => {
  it('is none without data=', () => {
    expect(resolvePackageUrl(null, PAGE)).toEqual({ url: null, refused: false });
  });

  it('resolves a same-origin package, relative or absolute', () => {
    expect(resolvePackageUrl('maps/river.json', PAGE).url?.href).toBe(
      'https://maps.example.org/kz/maps/river.json',
    );
    expect(resolvePackageUrl('/river.json', PAGE).url?.href).toBe(
      'https://maps.example.org/river.json',
    );
  });

  it('refuses another origin, another scheme or a protocol-relative URL', () => {
    for (const raw of [
      'https://evil.example.com/river.json',
      '//evil.example.com/river.json',
      'javascript:alert(1)',
      'data:application/json,{}',
      'http://maps.example.org/river.json',
      'http://[::1',
    ]) {
      expect(resolvePackageUrl(raw, PAGE), raw).toEqual({ url: null, refused: true });
    }
  });
});
