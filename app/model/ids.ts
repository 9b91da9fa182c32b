// The closed vocabularies of the data and the edge key, with no validator attached: the first
// view imports these, while the zod schema (schema.ts) builds its enums from them and loads
// only where data is parsed (the build, the tests, and data the build did not check).

/** Entity, source and tour ids: lowercase, hyphenated English short names (docs/contract.md). The
 *  one definition: the schemas check the data against it and the URL codec checks links. */
export const ID_PATTERN = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** Longer ids are refused from links (the data's are far shorter). */
export const MAX_ID_LENGTH = 64;

export function isId(s: string): boolean {
  return s.length <= MAX_ID_LENGTH && ID_PATTERN.test(s);
}

/** Relation types in the order legends and filters list them. */
export const RELATIONS = [
  'ally',
  'strategic-partner',
  'constructive-partner',
  'member',
  'regional-cooperation',
  'conflict-settlement',
  'engagement',
] as const;

export const NODE_KINDS = ['country', 'organisation', 'region'] as const;

/** Who speaks, firmest first (strength.ts ranks by this order; see schema.ts for each). */
export const VOICES = [
  'document',
  'official',
  'official-unnamed',
  'analyst',
  'journalist',
  'unattributed',
] as const;

/** How firmly, firmest first. */
export const MODALITIES = ['states', 'reports', 'recommends', 'hedges'] as const;

/** An edge is named by its two endpoint ids; order does not matter (docs/contract.md). */
export function edgeKey(a: string, b: string): string {
  return a < b ? `${a},${b}` : `${b},${a}`;
}
