// What an annotation says about its passage (its body): which relation or entity the passage
// bears on, and how: stance, voice, modality, speaker, terms, and how far its source can be
// checked (reliability). Our own vocabulary, beside the W3C context.
import { reliabilityOf } from '../../model/strength.ts';
import type { Source } from '../../model/schema.ts';
import type { PassageRecord } from './records.ts';

/**
 * Our terms, beside the W3C context. The vocabulary is a URN: the map has no fixed address to
 * mint term IRIs under (resource IRIs are another matter: site-url.ts).
 */
export const LOCAL_CONTEXT = {
  ev: 'urn:kazakhstan-relations-map:vocab#',
  relation: 'ev:relation',
  entity: 'ev:entity',
  subjectEntity: 'ev:subjectEntity',
  objectEntity: 'ev:objectEntity',
  // Identifiers only: the relation rests on the texts, not on Wikidata.
  subjectWikidata: { '@id': 'ev:subjectWikidata', '@type': '@id' },
  objectWikidata: { '@id': 'ev:objectWikidata', '@type': '@id' },
  entityWikidata: { '@id': 'ev:entityWikidata', '@type': '@id' },
  stance: 'ev:stance',
  voice: 'ev:voice',
  modality: 'ev:modality',
  reliability: 'ev:reliability',
  terms: 'ev:terms',
  speaker: 'ev:speaker',
  speakerMode: 'ev:speakerMode',
  role: 'schema:roleName',
  note: 'ev:note',
  creditText: 'schema:creditText',
  mappingNote: 'ev:mappingNote',
  // The W3C context's "created" is a date-time; the build knows its day only.
  issued: { '@id': 'dcterms:issued', '@type': 'xsd:date' },
} as const;

export function annotationBody(
  r: PassageRecord,
  id: string,
  source: Source,
  wikidataOf: (id: string) => string | undefined,
) {
  const p = r.passage;
  const qid = (key: string, entity: string) => {
    const q = wikidataOf(entity);
    return q ? { [key]: `http://www.wikidata.org/entity/${q}` } : {};
  };
  const what = r.edge
    ? {
        // The family (colour and legend), and the words drawn on the line: the text's own.
        relation: r.edge.relation,
        label: r.edge.label,
        subjectEntity: r.edge.source,
        objectEntity: r.edge.target,
        ...qid('subjectWikidata', r.edge.source),
        ...qid('objectWikidata', r.edge.target),
      }
    : { entity: r.node?.id ?? '', ...qid('entityWikidata', r.node?.id ?? '') };
  return {
    id,
    type: 'Dataset',
    ...what,
    stance: p.stance,
    voice: p.voice,
    modality: p.modality,
    // attributed / unattributed / unverified: app/model/strength.ts, as the map marks it.
    reliability: reliabilityOf(source),
    ...(p.terms.length ? { terms: p.terms } : {}),
    ...(p.speaker
      ? {
          speaker: {
            name: p.speaker.name,
            ...(p.speaker.role ? { role: p.speaker.role } : {}),
            speakerMode: p.speaker.mode,
          },
        }
      : {}),
    ...(p.note ? { note: p.note } : {}),
  };
}
