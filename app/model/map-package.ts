// A map package: one JSON file that carries a whole evidence map — the sources' full texts,
// the graph (schema 2) and the tours — so a map can be authored in the browser (the editor,
// ?edit), saved with no server, opened by file or ?data=, and built into a static site
// (MAP_DATA=… npm run build). Each passage also carries its anchor in its source text, the
// W3C Web Annotation way (anchor.ts): a quote (exact, prefix, suffix) and a position in code
// points. `schemaVersion` is the graph's: older packages go through migrate.ts like graph.json.
import { z } from 'zod/mini';
import { codePointOffset, quoteSelectorAt, type Span } from '../lib/open-data/anchor.ts';
import { migrateGraph } from './migrate.ts';
import { edgeSchema, nodeSchema, passageSchema, SCHEMA_VERSION, sourceSchema } from './schema.ts';
import { toursSchema, TOURS_SCHEMA_VERSION } from './tour-schema.ts';

export const PACKAGE_FORMAT = 'relations-map-package';
/** A source text longer than this is refused (the shipped texts are a few kilobytes). */
export const MAX_SOURCE_CHARS = 2_000_000;

export const anchorSchema = z.strictObject({
  quote: z.strictObject({ exact: z.string(), prefix: z.string(), suffix: z.string() }),
  /** Code points from the start of the text, like a TextPositionSelector. */
  position: z.strictObject({ start: z.number(), end: z.number() }),
});

// Spread shapes rather than z.extend, and no number formats: zod's code is shared with the
// first view's chunk, so every zod feature used here would grow it (bench: first view JS).
export const packagePassageSchema = z.strictObject({
  ...passageSchema.shape,
  anchor: anchorSchema,
  /** Set when the source text changed and the passage no longer anchors: never shown as evidence. */
  unanchored: z.optional(z.literal(true)),
});

export const packageSourceSchema = z.strictObject({
  ...sourceSchema.shape,
  /** The full text, as the author pasted or opened it. */
  text: z.string().check(z.maxLength(MAX_SOURCE_CHARS, 'is longer than a source text may be')),
  /** Where the author found the text, as they typed it (kept in the package, not in the map). */
  url: z.optional(z.string()),
});

export const mapPackageSchema = z.strictObject({
  format: z.literal(PACKAGE_FORMAT),
  schemaVersion: z.literal(SCHEMA_VERSION),
  sources: z.array(packageSourceSchema),
  nodes: z.array(
    z.strictObject({
      ...nodeSchema.shape,
      passages: z._default(z.array(packagePassageSchema), []),
    }),
  ),
  edges: z.array(z.strictObject({ ...edgeSchema.shape, passages: z.array(packagePassageSchema) })),
  leftOut: z._default(z.array(z.strictObject({ relation: z.string(), reason: z.string() })), []),
  tours: z._default(toursSchema, { schemaVersion: TOURS_SCHEMA_VERSION, tours: [] }),
});

export type Anchor = z.infer<typeof anchorSchema>;
export type PackagePassage = z.infer<typeof packagePassageSchema>;
export type PackageSource = z.infer<typeof packageSourceSchema>;
export type MapPackage = z.infer<typeof mapPackageSchema>;
export type PackageNode = MapPackage['nodes'][number];
export type PackageEdge = MapPackage['edges'][number];

export interface PackageProblem {
  where: string;
  message: string;
}

export function emptyPackage(): MapPackage {
  return {
    format: PACKAGE_FORMAT,
    schemaVersion: SCHEMA_VERSION,
    sources: [],
    nodes: [],
    edges: [],
    leftOut: [],
    tours: { schemaVersion: TOURS_SCHEMA_VERSION, tours: [] },
  };
}

/** The anchor of a span of `text` (UTF-16 offsets in, code points stored). */
export function anchorAt(text: string, span: Span): Anchor {
  return {
    quote: quoteSelectorAt(text, span),
    position: { start: codePointOffset(text, span.start), end: codePointOffset(text, span.end) },
  };
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/** Parses a package of any known version, naming the field that is wrong. */
export function parsePackage(
  raw: unknown,
): { ok: true; data: MapPackage } | { ok: false; problems: PackageProblem[] } {
  if (!isRecord(raw) || raw.format !== PACKAGE_FORMAT) {
    return {
      ok: false,
      problems: [
        { where: 'package', message: `is not a map package (format “${PACKAGE_FORMAT}”)` },
      ],
    };
  }
  const result = mapPackageSchema.safeParse(migrateGraph(raw));
  if (result.success) return { ok: true, data: result.data };
  return {
    ok: false,
    problems: result.error.issues.map((i) => ({
      where: `package: ${i.path
        .map((s) => (typeof s === 'number' ? `[${s}]` : `.${String(s)}`))
        .join('')
        .replace(/^\./, '')}`,
      message: i.message,
    })),
  };
}
