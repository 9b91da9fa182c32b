// The schema.org Dataset: typed with schema-dts (schema.org's vocabulary as TypeScript types,
// so the type check refuses a property or a range schema.org does not define), with the
// properties Dataset search asks for, one DataDownload per file, and the source texts it is
// based on; and the copy in the page, a data block that cannot close its element.
import type { Dataset } from 'schema-dts';
import { describe, expect, it } from 'vitest';
import { datasetDescription, datasetScript } from './dataset';
import { data, DATE, exportsFor, SITE } from './test-exports';

// What the old description did: `comment` is a Comment in schema.org, not text. Kept as a
// type-level test: the type check fails if schema-dts stops refusing it.
// @ts-expect-error -- schema.org's comment is a Comment object
const wrong: Dataset = { '@type': 'Dataset', comment: 'a mapping note' };
void wrong;

describe('the dataset description', () => {
  const { files, body } = exportsFor();
  const file = JSON.parse(body('dataset.jsonld'));

  it('has the properties a Dataset needs, a creator, and the sources it is based on', () => {
    expect(file['@type']).toBe('Dataset');
    for (const key of ['name', 'description', 'creator', 'license', 'isBasedOn', 'distribution'])
      expect(file, key).toHaveProperty(key);
    expect(file).not.toHaveProperty('comment');
    expect(file.creator['@type']).toBe('Organization');
    expect(file.isBasedOn).toHaveLength(data.sources.length);
    for (const [i, s] of data.sources.entries()) {
      const work = file.isBasedOn[i];
      // An untitled text has no name: our label is a description, and says so.
      expect(work.name).toBe(s.title ?? undefined);
      expect(work.description).toMatch(/Our description: .*Reliability \(ours\)/);
      expect(work.encoding.contentUrl).toBe(`../sources/${s.id}.txt`);
    }
  });

  it('lists every file, each with a content URL and format, relative to where it sits', () => {
    const urls = file.distribution.map((d: { contentUrl: string }) => d.contentUrl);
    for (const f of files) {
      const name = f.fileName.replace('data/export/', '');
      if (name !== 'dataset.jsonld') expect(urls).toContain(name);
    }
    for (const d of file.distribution) expect(d.encodingFormat).toMatch(/^[a-z]+\/[a-z+.-]+$/);
    const page = datasetDescription(data, DATE, null, 'page') as { distribution: typeof urls };
    expect(page.distribution[0].contentUrl).toBe(`data/export/${urls[0]}`);
    const absolute = datasetDescription(data, DATE, SITE, 'file') as { distribution: typeof urls };
    expect(absolute.distribution[0].contentUrl).toBe(`${SITE}data/export/${urls[0]}`);
  });

  it('goes into the page as JSON that no text can break out of', () => {
    const dirty = structuredClone(data);
    dirty.nodes.find((n) => n.wikidata)!.label = '</script><script>alert(1)</script><!--';
    const script = datasetScript(dirty, DATE, null);
    expect(script).not.toMatch(/</);
    expect(JSON.parse(script)).toEqual(datasetDescription(dirty, DATE, null, 'page'));
  });
});
