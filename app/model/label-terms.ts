// Which words belong to each family of relation (the line's colour and legend entry). A line's
// label is its firmest claim's own words (claims.ts); these patterns say which family such words
// name, so a line is never coloured as a family its words contradict, and voices whose words
// name different families mark the line as contested. Kept small and explicit on purpose:
// widening a pattern is a claim, and shows in review.
import type { Relation } from './schema.ts';

export const LABEL_TERMS: Record<Relation, RegExp> = {
  ally: /\b(allied|alliances?|ally|allies)\b/i,
  'strategic-partner': /\bstrategic (cooperation|partnerships?)\b/i,
  'constructive-partner': /\bconstructive (interaction|cooperation)\b/i,
  // No text says "member": the family is participation, named by words of taking part.
  member: /\brole of our Republic\b|\bcooperation within\b|\bwithin the\b/i,
  'regional-cooperation':
    /\b(cooperation|collaboration|interaction|coordination|joint[\w ]* efforts|regional security (architecture|framework)|security space|coordinated response|strategic relations)\b/i,
  'conflict-settlement': /\bsettlement of conflict/i,
  engagement: /\b(engagement|balancing relationships|bridge)\b/i,
};
