// Every passage as a W3C Web Annotation (Web Annotation Data Model, JSON-LD): the target is
// the source text as the site ships it (data/sources/<id>.txt) with a TextQuoteSelector and a
// TextPositionSelector; the body says which relation (or entity) the passage bears on, and how:
// stance, voice, modality, speaker, terms, reliability. Every annotation, its body, the page and
// the collection have their own IRI (site-url.ts says where they point). Built at build time
// from data/ (scripts/); the build fails when a selector does not re-anchor (checkAnchor).
import type { GraphData, Source } from '../../model/schema.ts';
import {
  anchorQuote,
  codePointOffset,
  findPassage,
  quoteSelectorAt,
  utf16Offset,
} from './anchor.ts';
import { CREDIT, LICENCE_URL, MAP_TITLE, WIKIDATA_MAPPING } from './credit.ts';
import { annotationBody, LOCAL_CONTEXT } from './annotation-body.ts';
import { passageRecords, type PassageRecord } from './records.ts';

export const ANNO_CONTEXT = 'http://www.w3.org/ns/anno.jsonld';

export interface AnchorProblem {
  record: string;
  message: string;
}

/** Where the file and the texts are: absolute under SITE_URL, else relative to the file. */
export function annotationIris(site: string | null) {
  const file = site ? `${site}data/export/annotations.jsonld` : 'annotations.jsonld';
  return {
    file,
    page: `${file}#page-1`,
    record: (id: string) => `${file}#${id}`,
    body: (id: string) => `${file}#${id}-body`,
    source: (id: string) => (site ? `${site}data/sources/${id}.txt` : `../sources/${id}.txt`),
  };
}

type Iris = ReturnType<typeof annotationIris>;

function annotate(
  r: PassageRecord,
  source: Source,
  raw: string,
  iris: Iris,
  wikidataOf: (id: string) => string | undefined,
  warn: (message: string) => void,
): { annotation: Record<string, unknown> } | AnchorProblem {
  const spans = findPassage(raw, r.passage.text);
  const span = spans[0];
  if (!span) return { record: r.id, message: `not found in ${source.file}, whitespace aside` };
  // The data says which words, not where: with two occurrences the first is taken, and the
  // prefix and suffix record that choice for every reader (the source view included).
  if (spans.length > 1)
    warn(`${r.id}: occurs ${spans.length} times in ${source.file}; the first is annotated`);
  const quote = quoteSelectorAt(raw, span);
  const annotation = {
    id: iris.record(r.id),
    type: 'Annotation',
    motivation: 'linking',
    body: annotationBody(r, iris.body(r.id), source, wikidataOf),
    target: {
      source: iris.source(source.id),
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
  site: string | null = null,
): { collection: Record<string, unknown>; problems: AnchorProblem[]; warnings: string[] } {
  const iris = annotationIris(site);
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
    const built = annotate(r, source, raw, iris, wikidataOf, (m) => warnings.push(m));
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
    id: iris.file,
    type: 'AnnotationCollection',
    label: `${MAP_TITLE}: every passage, anchored in its source text`,
    issued: date,
    rights: LICENCE_URL,
    creditText: CREDIT,
    mappingNote: WIKIDATA_MAPPING,
    total: items.length,
    // One page, embedded, as the model allows (§5.1); it says which collection it is part of.
    first: {
      id: iris.page,
      type: 'AnnotationPage',
      partOf: iris.file,
      startIndex: 0,
      items,
    },
    last: iris.page,
  };
  return { collection, problems, warnings };
}
