// The credit and licence line every export carries, and the build date. One place, so the
// lead can change the licence once (it is a proposal: see docs/open-data.md).

export const MAP_TITLE = 'Kazakhstan’s foreign and security relations — an evidence map';

export const LICENCE_URL = 'https://creativecommons.org/licenses/by/4.0/';

export const CREDIT =
  'Curation (ids, labels, relation types, summaries, voice/modality/stance coding): ' +
  `${MAP_TITLE}, CC BY 4.0 (${LICENCE_URL}). ` +
  'Passages are quoted word for word from the five source texts for evidence; their rights ' +
  'stay with their authors and publishers.';

/**
 * The build date as YYYY-MM-DD. SOURCE_DATE_EPOCH (seconds), when set, makes builds
 * reproducible, as in other build tools.
 */
export function buildDate(env: Record<string, string | undefined> = {}): string {
  const epoch = Number(env.SOURCE_DATE_EPOCH);
  const when =
    Number.isFinite(epoch) && env.SOURCE_DATE_EPOCH ? new Date(epoch * 1000) : new Date();
  return when.toISOString().slice(0, 10);
}

/**
 * Wikidata properties the relation types correspond to, as a mapping note for people who load
 * the data into Wikidata-aware tools. A note only: each relation rests on the texts, not on
 * Wikidata.
 */
export const WIKIDATA_MAPPING =
  'Mapping note: "member" (drawn as participant) and "regional-cooperation" with an ' +
  'organisation correspond to Wikidata P463 (member of / participation); bilateral ' +
  'relations between countries (ally, strategic-partner, constructive-partner, engagement) ' +
  'to P530 (diplomatic relation). Entity QIDs are identifiers only; every relation rests on ' +
  'the source texts alone.';

/**
 * Who made the map, as the dataset description's creator. The project names no person, so the
 * creator is the map's curators as a group (a proposal, like the licence: the lead may name
 * them).
 */
export const CURATORS = `The curators of “${MAP_TITLE}”`;
