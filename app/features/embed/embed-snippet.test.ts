import { describe, expect, it } from 'vitest';
import { en } from '@/i18n/en';
import { appBase, fullViewUrl } from './embed-links';
import { embedSnippet } from './embed-snippet';

describe('embed snippet', () => {
  it('works from any base path', () => {
    expect(appBase({ origin: 'https://news.example', pathname: '/maps/kz/index.html' })).toBe(
      'https://news.example/maps/kz/',
    );
    expect(appBase({ origin: 'http://127.0.0.1:4173', pathname: '/' })).toBe(
      'http://127.0.0.1:4173/',
    );
  });

  it('has the iframe attributes the contract requires and the resize script', () => {
    const html = embedSnippet('https://x.test/kz/', ['kazakhstan', 'russia']);
    expect(html).toContain(
      'src="https://x.test/kz/?embed&amp;lang=en&amp;select=kazakhstan,russia"',
    );
    for (const attr of [
      'title="',
      'loading="lazy"',
      'width="100%"',
      'height="744"',
      'allow="fullscreen"',
    ]) {
      expect(html).toContain(attr);
    }
    expect(html).toContain('<script src="https://x.test/kz/embed.js" async></script>');
  });

  it('keeps the interface language and its title in the embed', () => {
    const html = embedSnippet('https://x.test/', ['russia'], 'kk', 'Қазақстан картасы');
    expect(html).toContain('src="https://x.test/?embed&amp;lang=kk&amp;select=russia"');
    expect(html).toContain('title="Қазақстан картасы"');
  });

  it('titles the iframe in English unless given the interface language’s title', () => {
    expect(embedSnippet('https://x.test/', null)).toContain(`title="${en.embed.iframeTitle}"`);
  });

  it('keeps the language in the full view link', () => {
    expect(fullViewUrl('https://x.test/', '?embed&lang=ru&select=russia')).toBe(
      'https://x.test/?lang=ru&select=russia',
    );
  });

  it('escapes what it writes into attributes', () => {
    expect(embedSnippet('https://x.test/"><script>/', null)).not.toContain('"><script>');
  });

  it('links to the full view of the same selection, without embed parameters', () => {
    expect(
      fullViewUrl('https://x.test/', '?embed&select=kazakhstan,russia&childId=a&theme=dark'),
    ).toBe('https://x.test/?select=kazakhstan,russia&theme=dark');
    expect(fullViewUrl('https://x.test/', '?embed=1')).toBe('https://x.test/');
  });
});
