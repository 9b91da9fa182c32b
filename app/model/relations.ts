import { NODE_KINDS, RELATIONS as ALL_RELATIONS } from './ids';
import type { NodeKind, Relation } from './schema';

/** Relation types in the order legends and filters list them (the schema's order). */
export const RELATIONS: readonly Relation[] = ALL_RELATIONS;

export const KINDS: readonly NodeKind[] = NODE_KINDS;
