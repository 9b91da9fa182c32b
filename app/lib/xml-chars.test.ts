import { describe, expect, it } from 'vitest';
import { xmlSafe } from './xml-chars';

describe('xmlSafe', () => {
  it('removes control characters and lone surrogates, keeps tab, newlines and astral text', () => {
    expect(xmlSafe('a\u0000b\u0001c\u001Fd\u007F')).toBe('abcd\u007F');
    expect(xmlSafe('x\uFFFEy\uFFFF')).toBe('xy');
    expect(xmlSafe('\uD800lone')).toBe('lone');
    expect(xmlSafe('tab\tline\nreturn\r😀 Қазақстан')).toBe('tab\tline\nreturn\r😀 Қазақстан');
  });
});
