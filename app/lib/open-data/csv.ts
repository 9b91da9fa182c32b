// One row per relation × passage (and entity × passage), UTF-8 with a header row, quoted as
// RFC 4180 says (a field with a comma, quote or line break is quoted, quotes doubled, CRLF
// between records). CSV has no place for metadata, so the licence, credit and build date go in
// the W3C "CSV on the Web" metadata file beside it (<file>-metadata.json, the name CSVW
// readers look for).
//
// Spreadsheets run a cell that begins with =, +, -, @, a tab or a carriage return as a
// formula (CSV injection). As OWASP's guidance says, such a cell gets a leading apostrophe
// (which spreadsheets show as text and do not run) and is quoted; the metadata says so.
import type { GraphData } from '../../model/schema.ts';
import { reliabilityOf } from '../../model/strength.ts';
import { findPassage, codePointOffset } from './anchor.ts';
import { CREDIT, LICENCE_URL, MAP_TITLE } from './credit.ts';
import { passageRecords } from './records.ts';

export const CSV_COLUMNS = [
  ['record_id', 'Our id for this use of the passage'],
  ['source_id', 'Entity id: the relation’s first end, or the entity a passage is about'],
  ['target_id', 'Entity id: the relation’s other end (empty for a passage about an entity)'],
  ['relation', 'The relation’s family id: its colour and place in the legend'],
  ['label', 'The words drawn on the line: its firmest verifiable claim’s own words'],
  ['stance', 'supports or qualifies'],
  ['voice', 'document, official, official-unnamed, analyst, journalist, unattributed'],
  ['modality', 'states, reports, recommends, hedges'],
  ['speaker', 'The speaker as the text names them (empty if it names none)'],
  ['speaker_role', 'Their role as the text gives it'],
  ['speaker_mode', 'quoted or reported'],
  ['terms', 'The passage’s words for the relation, separated by " | "'],
  ['source_id_text', 'Source text id (data/sources/<id>.txt)'],
  ['reliability', 'How far the source can be checked: attributed, unattributed or unverified'],
  ['start', 'Start of the passage in the source file, in Unicode code points'],
  ['end', 'End of the passage in the source file, in Unicode code points (exclusive)'],
  ['passage', 'The passage, exactly the source file’s characters from start to end'],
] as const;

/** What the CSVW metadata says about neutralised cells. */
export const FORMULA_NOTE =
  "A cell that would begin with =, +, -, @, a tab or a carriage return begins with an added apostrophe ('), so spreadsheets show it as text instead of running it as a formula (OWASP, CSV injection); remove that apostrophe to get the value.";

/** A cell a spreadsheet would run as a formula, prefixed so it is shown as text. */
export function neutralise(s: string): string {
  return /^[=+\-@\t\r]/.test(s) ? `'${s}` : s;
}

export function csvField(value: string | number): string {
  const s = typeof value === 'number' ? String(value) : neutralise(value);
  return /[",\r\n]/.test(s) || s !== String(value) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function buildCsv(data: GraphData, texts: Readonly<Record<string, string>>): string {
  const files = new Map(data.sources.map((s) => [s.id, s.file]));
  const sources = new Map(data.sources.map((s) => [s.id, s]));
  const rows = passageRecords(data).map((r) => {
    const p = r.passage;
    const raw = texts[files.get(p.source) ?? ''] ?? '';
    const span = findPassage(raw, p.text)[0];
    const source = sources.get(p.source);
    return [
      r.id,
      r.edge?.source ?? r.node?.id ?? '',
      r.edge?.target ?? '',
      r.edge?.relation ?? '',
      r.edge?.label ?? '',
      p.stance,
      p.voice,
      p.modality,
      p.speaker?.name ?? '',
      p.speaker?.role ?? '',
      p.speaker?.mode ?? '',
      p.terms.join(' | '),
      p.source,
      source ? reliabilityOf(source) : '',
      span ? codePointOffset(raw, span.start) : '',
      span ? codePointOffset(raw, span.end) : '',
      // The source's own characters (a no-break space stays one), so the cell is what the
      // offsets select. (The build fails before this if a passage is not found.)
      span ? raw.slice(span.start, span.end) : p.text,
    ];
  });
  const header = CSV_COLUMNS.map(([name]) => name);
  return [header, ...rows].map((row) => row.map(csvField).join(',')).join('\r\n') + '\r\n';
}

/** The CSVW metadata (https://www.w3.org/TR/tabular-metadata/) for the CSV file. */
export function buildCsvMetadata(csvName: string, date: string): string {
  const meta = {
    '@context': 'http://www.w3.org/ns/csvw',
    '@type': 'Table',
    url: csvName,
    'dc:title': `${MAP_TITLE}: passages by relation`,
    'dc:license': { '@id': LICENCE_URL },
    'dc:rights': CREDIT,
    'dc:created': date,
    'rdfs:comment': FORMULA_NOTE,
    dialect: { encoding: 'utf-8', header: true, lineTerminators: ['\r\n'] },
    tableSchema: {
      columns: CSV_COLUMNS.map(([name, titles]) => ({
        name,
        titles: name,
        'dc:description': titles,
        datatype: name === 'start' || name === 'end' ? 'integer' : 'string',
      })),
    },
  };
  return JSON.stringify(meta, null, 2) + '\n';
}
