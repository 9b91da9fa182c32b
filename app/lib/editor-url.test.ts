import { describe, expect, it } from 'vitest';
import { parseEditorUrl } from './editor-url';

const PAGE = 'https://maps.example.org/kz/index.html?edit';

describe('the editor’s URL parameters', () => {
  it('reads edit as a flag', () => {
    expect(parseEditorUrl('?edit', PAGE).edit).toBe(true);
    expect(parseEditorUrl('?edit=1', PAGE).edit).toBe(true);
    expect(parseEditorUrl('?edit=0', PAGE).edit).toBe(false);
    expect(parseEditorUrl('?select=russia', PAGE)).toEqual({
      edit: false,
      data: null,
      refused: false,
    });
  });

  it('resolves a same-origin package, relative or absolute', () => {
    expect(parseEditorUrl('?data=maps/river.json', PAGE).data?.href).toBe(
      'https://maps.example.org/kz/maps/river.json',
    );
    expect(parseEditorUrl('?data=/river.json', PAGE).data?.href).toBe(
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
    ]) {
      expect(parseEditorUrl(`?data=${encodeURIComponent(raw)}`, PAGE), raw).toEqual({
        edit: false,
        data: null,
        refused: true,
      });
    }
  });
});
