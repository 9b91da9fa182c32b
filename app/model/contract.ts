/**
 * The entity ids docs/contract.md fixes: published links carry them, so the data must keep them.
 * The focal country first, then the eight entities whose relation to it the map must show.
 */
export const FOCAL_ID = 'kazakhstan';

export const CONTRACT_PARTNER_IDS = [
  'russia',
  'china',
  'united-states',
  'european-union',
  'csto',
  'sco',
  'cica',
  'eeu',
] as const;

export const CONTRACT_IDS = [FOCAL_ID, ...CONTRACT_PARTNER_IDS] as const;
