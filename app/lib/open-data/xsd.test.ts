// The GEXF files validated against the official GEXF XSDs (gephi/gexf specs/1.3 and
// specs/1.2draft, vendored with their licence) by xmllint, libxml2's own validator, compiled to
// WebAssembly so the suite needs no system package.
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { validateXML } from 'xmllint-wasm';
import { describe, expect, it } from 'vitest';
import { exportsFor } from './test-exports';

const dir = (version: string) => join(import.meta.dirname, 'fixtures/gexf', version);
const schemas = (version: string) =>
  readdirSync(dir(version)).map((fileName) => ({
    fileName,
    contents: readFileSync(join(dir(version), fileName), 'utf8'),
  }));

describe('the GEXF files against the official XSDs', () => {
  const { body } = exportsFor();
  it.each([
    ['relations.gexf', '1.3'],
    ['relations-1.2.gexf', '1.2draft'],
  ])('%s is valid GEXF %s', async (name, version) => {
    const all = schemas(version);
    const result = await validateXML({
      xml: [{ fileName: name, contents: body(name) }],
      schema: all.find((s) => s.fileName === 'gexf.xsd')!,
      preload: all.filter((s) => s.fileName !== 'gexf.xsd'),
    });
    expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
    expect(result.valid).toBe(true);
  });
});
