// The sources as CSL-JSON, validated against the official CSL-JSON schema (ajv) and rendered
// by citeproc-js, the engine behind Zotero and Mendeley, in two official styles (APA 7 and
// Chicago author-date): the untitled text is described, never given our label as a title,
// and authors are sorted and inverted by family name.
import CSL from 'citeproc';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { beforeAll, describe, expect, it } from 'vitest';
import { cslName } from './csl';
import { data, exportsFor, fixture, fixtureJson } from './test-exports';

const items = JSON.parse(exportsFor().body('sources.csl.json')) as Record<string, unknown>[];

function bibliography(style: string): string[] {
  const engine = new CSL.Engine(
    {
      retrieveLocale: () => fixture('csl/locales-en-US.xml'),
      retrieveItem: (id: string) => items.find((i) => i.id === id),
    },
    fixture(`csl/${style}.csl`),
  );
  engine.setOutputFormat('text');
  engine.updateItems(items.map((i) => i.id));
  return engine.makeBibliography()[1].map((entry: string) => entry.trim());
}

describe('the CSL-JSON', () => {
  it('is valid against the official CSL-JSON schema', () => {
    const ajv = new Ajv({ allErrors: true, strict: false });
    addFormats(ajv);
    const validate = ajv.compile(fixtureJson('csl/csl-data.json') as object);
    expect(validate(items), JSON.stringify(validate.errors)).toBe(true);
  });

  // citeproc-js compiles a style on first use: seconds on a busy machine, so once per style.
  const rendered = new Map<string, string[]>();
  beforeAll(() => {
    for (const style of ['apa', 'chicago-author-date']) rendered.set(style, bibliography(style));
  }, 180_000);

  it.each([
    ['apa', '[Report on the ‘On Territorial Defense’ law]. (n.d.).'],
    ['chicago-author-date', 'Report on the ‘On Territorial Defense’ law. n.d.'],
  ])('renders in %s with the untitled text described, not titled', (style, untitled) => {
    const entries = rendered.get(style)!;
    expect(entries).toHaveLength(data.sources.length);
    expect(entries).toContain(untitled);
    // Our label never appears as a title: in quotes (Chicago) or followed by the date (APA).
    for (const s of data.sources.filter((x) => x.title === null)) {
      expect(entries.join('\n')).not.toContain(`“${s.label}.”`);
      expect(entries.join('\n')).not.toContain(`${s.label}. (n.d.)`);
    }
    // Authors inverted by family name, which the styles can only do with the name split.
    const joined = entries.join('\n');
    expect(joined).toMatch(style === 'apa' ? /Saltybaev, Y\./ : /Saltybaev, Yerzhan\./);
    expect(joined).toMatch(/Makubayev, Yu\./);
  });

  it('notes each text’s reliability, and that the description is ours', () => {
    for (const [i, s] of data.sources.entries()) {
      const item = items[i]!;
      expect(item.note).toMatch(/Reliability \(ours\): (attributed|unattributed|unverified)/);
      expect('title' in item).toBe(s.title !== null);
      expect('issued' in item).toBe(s.date !== null);
      if (s.title === null) expect(item.note).toMatch(/has no title; the description .* is ours/);
    }
  });
});

describe('cslName', () => {
  it('splits a name only where the byline makes the parts clear', () => {
    expect(cslName('Yerzhan Saltybaev')).toEqual({ family: 'Saltybaev', given: 'Yerzhan' });
    expect(cslName('Makubayev Yu.')).toEqual({ family: 'Makubayev', given: 'Yu.' });
    expect(cslName('A. Ashimov')).toEqual({ family: 'Ashimov', given: 'A.' });
    expect(cslName('Ludwig van Beethoven')).toEqual({ literal: 'Ludwig van Beethoven' });
    expect(cslName('Kazinform')).toEqual({ literal: 'Kazinform' });
    expect(cslName('the editors')).toEqual({ literal: 'the editors' });
  });
});
