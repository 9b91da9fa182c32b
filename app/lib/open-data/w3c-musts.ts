// The W3C Web Annotation test suite's required (MUST) checks, run with ajv as the suite runs
// them: each assertion is a draft-04 JSON Schema (fixtures/web-annotation-tests/, vendored
// with its licence) with the result it expects; a test file lists the assertions. Returns one
// message per failed assertion, so an empty list means the object passes. Test support only.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import addFormats from 'ajv-formats';

const ROOT = join(import.meta.dirname, 'fixtures/web-annotation-tests');

interface Assertion {
  id: string;
  expectedResult?: 'valid' | 'invalid';
  errorMessage?: string;
}

function* jsonFiles(dir: string): Generator<string> {
  for (const name of readdirSync(dir)) {
    const full = join(dir, name);
    if (statSync(full).isDirectory()) yield* jsonFiles(full);
    else if (name.endsWith('.json')) yield full;
  }
}

export function w3cMusts() {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  for (const file of jsonFiles(ROOT)) ajv.addSchema(JSON.parse(readFileSync(file, 'utf8')));
  const suite = (test: string) => {
    const { assertions } = JSON.parse(readFileSync(join(ROOT, test), 'utf8')) as {
      assertions: string[];
    };
    const checks = assertions.map((path) => {
      const schema = JSON.parse(readFileSync(join(ROOT, path), 'utf8')) as Assertion;
      return { schema, validate: ajv.getSchema(schema.id)! };
    });
    return (doc: unknown): string[] =>
      checks
        .filter(({ schema, validate }) => validate(doc) !== (schema.expectedResult !== 'invalid'))
        .map(({ schema }) => `${schema.id}: ${schema.errorMessage ?? 'failed'}`);
  };
  return {
    annotation: suite('annotations/annotationMusts.test'),
    collection: suite('collections/collectionMusts.test'),
    page: suite('collections/pages/pageMusts.test'),
  };
}
