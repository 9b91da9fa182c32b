import type { NodeKind, Relation } from './schema';

/** Display names of relation types: used in labels, legends and accessible names. */
export const RELATION_LABEL: Record<Relation, string> = {
  ally: 'ally',
  'strategic-partner': 'strategic partner',
  'constructive-partner': 'constructive partner',
  member: 'member',
  'regional-cooperation': 'regional cooperation',
  'conflict-settlement': 'conflict settlement',
  engagement: 'engagement',
};

export const RELATIONS = Object.keys(RELATION_LABEL) as Relation[];

export const KIND_LABEL: Record<NodeKind, string> = {
  country: 'Country',
  organisation: 'Organisation',
  region: 'Region or grouping',
};

export const KINDS = Object.keys(KIND_LABEL) as NodeKind[];
