// Every passage as a W3C Web Annotation (Web Annotation Data Model, JSON-LD): the target is
// the source text as the site ships it (data/sources/<id>.txt) with a TextQuoteSelector and a
// TextPositionSelector; the body says which relation (or entity) the passage bears on, and how:
// stance, voice, modality, speaker, terms. Built at build time from data/ (scripts/); the
// build fails when a selector does not re-anchor in its source (checkAnchor).
import type { GraphData, Source } from '../../model/schema.ts';
import {
  anchorQuote,
  codePointOffset,
  findPassage,
  quoteSelectorAt,
  utf16Offset,
} from './anchor.ts';
import { CREDIT, LICENCE_URL, MAP_TITLE, WIKIDATA_MAPPING } from './credit.ts';
import { passageRecords, type PassageRecord } from './records.ts';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

/**
 * Our terms, beside the W3C context. The vocabulary is a URN: the map has no fixed address to
 * mint IRIs under. IRIs in the file are relative to the file itself (data/export/), so a
 * target is "../sources/<id>.txt", the site's data/sources/<id>.txt wherever the site lives.
 * (A relative "@base" would say the same more obscurely, and jsonld.js resolved it twice.)
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

export interface AnchorProblem {
  record: string;
  message: string;
}

interface Built {
  annotation: Record<string, unknown>;
}

function body(r: PassageRecord, wikidataOf: (id: string) => string | undefined) {
  const p = r.passage;
  const qid = (key: string, id: string) => {
    const q = wikidataOf(id);
    return q ? { [key]: `http://www.wikidata.org/entity/${q}` } : {};
  };
  const what = r.edge
    ? {
        relation: r.edge.relation,
        subjectEntity: r.edge.source,
        objectEntity: r.edge.target,
        ...qid('subjectWikidata', r.edge.source),
        ...qid('objectWikidata', r.edge.target),
      }
    : { entity: r.node?.id ?? '', ...qid('entityWikidata', r.node?.id ?? '') };
  return {
    type: 'Dataset',
    ...what,
    stance: p.stance,
    voice: p.voice,
    modality: p.modality,
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

function annotate(
  r: PassageRecord,
  source: Source,
  raw: string,
  wikidataOf: (id: string) => string | undefined,
  warn: (message: string) => void,
): Built | AnchorProblem {
  const spans = findPassage(raw, r.passage.text);
  const span = spans[0];
  if (!span) return { record: r.id, message: `not found in ${source.file}, whitespace aside` };
  // The data says which words, not where: with two occurrences the first is taken, and the
  // prefix and suffix record that choice for every reader (the source view included).
  if (spans.length > 1)
    warn(`${r.id}: occurs ${spans.length} times in ${source.file}; the first is annotated`);
  const quote = quoteSelectorAt(raw, span);
  const annotation = {
    id: `#${r.id}`,
    type: 'Annotation',
    motivation: 'linking',
    body: body(r, wikidataOf),
    target: {
      source: `../sources/${source.id}.txt`,
      selector: [
        { type: 'TextQuoteSelector', ...quote },
        {
          type: 'TextPositionSelector',
          // Unicode code points, as the model defines position; not UTF-16 units or bytes.
          start: codePointOffset(raw, span.start),
          end: codePointOffset(raw, span.end),
        },
      ],
    },
  };
  return { annotation };
}

/** Re-anchors one annotation's selectors in the text; a message when they fail or disagree. */
export function checkAnchor(annotation: Record<string, unknown>, raw: string): string | null {
  const target = annotation.target as { selector: Record<string, unknown>[] };
  const quote = target.selector.find((s) => s.type === 'TextQuoteSelector') as
    { exact: string; prefix?: string; suffix?: string } | undefined;
  const position = target.selector.find((s) => s.type === 'TextPositionSelector') as
    { start: number; end: number } | undefined;
  if (!quote || !position) return 'lacks a TextQuoteSelector or a TextPositionSelector';
  const start = utf16Offset(raw, position.start);
  const end = utf16Offset(raw, position.end);
  const found = anchorQuote(raw, quote, start);
  if (!found) return `its exact text does not occur in the source`;
  if (found.start !== start || found.end !== end)
    return `the quote anchors at ${found.start}–${found.end}, the position says ${start}–${end}`;
  if (raw.slice(start, end) !== quote.exact) return 'the position does not hold the exact text';
  return null;
}

/**
 * The AnnotationCollection (one page holding every annotation), and the problems: a passage
 * not found in its source, or a selector that does not re-anchor where it was made.
 */
export function buildAnnotations(
  data: GraphData,
  texts: Readonly<Record<string, string>>,
  date: string,
): { collection: Record<string, unknown>; problems: AnchorProblem[]; warnings: string[] } {
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const wikidata = new Map(data.nodes.map((n) => [n.id, n.wikidata]));
  const wikidataOf = (id: string) => wikidata.get(id) ?? undefined;
  const problems: AnchorProblem[] = [];
  const warnings: string[] = [];
  const items: Record<string, unknown>[] = [];
  for (const r of passageRecords(data)) {
    const source = sources.get(r.passage.source);
    const raw = source ? texts[source.file] : undefined;
    if (!source || raw === undefined) {
      problems.push({ record: r.id, message: `cites ${r.passage.source}, which has no text` });
      continue;
    }
    const built = annotate(r, source, raw, wikidataOf, (m) => warnings.push(m));
    if ('message' in built) {
      problems.push(built);
      continue;
    }
    const failed = checkAnchor(built.annotation, raw);
    if (failed) problems.push({ record: r.id, message: `selector does not re-anchor: ${failed}` });
    items.push(built.annotation);
  }
  const collection = {
    '@context': [ANNO_CONTEXT, LOCAL_CONTEXT],
    id: '',
    type: 'AnnotationCollection',
    label: `${MAP_TITLE}: every passage, anchored in its source text`,
    issued: date,
    rights: LICENCE_URL,
    creditText: CREDIT,
    mappingNote: WIKIDATA_MAPPING,
    total: items.length,
    first: {
      id: '#page-1',
      type: 'AnnotationPage',
      startIndex: 0,
      items,
    },
  };
  return { collection, problems, warnings };
}
