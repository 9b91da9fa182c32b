// Which of a text's own words can carry each label the map draws. A label is never stronger
// than the words under it: the data test refuses an edge none of whose supporting passages
// names the relation in words listed here, and the evidence panel marks a term the texts use
// that differs from the drawn label ("strategic partnership" under "constructive partner").
// Kept small and explicit on purpose: widening a pattern is a claim, and shows in review.
import type { Relation } from './schema.ts';

export const LABEL_TERMS: Record<Relation, RegExp> = {
  ally: /\b(allied|alliances?|ally|allies)\b/i,
  'strategic-partner': /\bstrategic (cooperation|partnerships?)\b/i,
  'constructive-partner':
    /\bconstructive (interaction|cooperation)\b|\bpartnership and co-operation\b/i,
  // No text says "member": the label is "participant", carried by words of taking part.
  member: /\brole of our Republic\b|\bcooperation within\b|\bwithin the\b/i,
  'regional-cooperation':
    /\b(cooperation|collaboration|interaction|coordination|joint[\w ]* efforts|regional security (architecture|framework)|security space|coordinated response|strategic relations)\b/i,
  'conflict-settlement': /\bsettlement of conflict/i,
  engagement: /\b(engagement|balancing relationships|bridge)\b/i,
};

/** True when the term is one of the words that can carry the relation's drawn label. */
export function termCarriesLabel(relation: Relation, term: string): boolean {
  return LABEL_TERMS[relation].test(term);
}
