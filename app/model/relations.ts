import { nodeKindSchema, relationSchema, type NodeKind, type Relation } from './schema';

/** Relation types in the order legends and filters list them (the schema's order). */
export const RELATIONS: readonly Relation[] = relationSchema.options;

export const KINDS: readonly NodeKind[] = nodeKindSchema.options;

// English only, and on their way out: the interface names relations and kinds through the
// catalogue (t.relation, t.kind; index.relationLabel in pure code). Delete these once the
// evidence and table areas no longer import them.
export const RELATION_LABEL: Record<Relation, string> = {
  ally: 'ally',
  'strategic-partner': 'strategic partner',
  'constructive-partner': 'constructive partner',
  member: 'member',
  'regional-cooperation': 'regional cooperation',
  'conflict-settlement': 'conflict settlement',
  engagement: 'engagement',
};

export const KIND_LABEL: Record<NodeKind, string> = {
  country: 'Country',
  organisation: 'Organisation',
  region: 'Region or grouping',
};
