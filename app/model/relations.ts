import { nodeKindSchema, relationSchema, type NodeKind, type Relation } from './schema';

/** Relation types in the order legends and filters list them (the schema's order). */
export const RELATIONS: readonly Relation[] = relationSchema.options;

export const KINDS: readonly NodeKind[] = nodeKindSchema.options;
