// The CSV, read with a strict RFC 4180 reader: one row per relation × passage, each passage
// cell exactly the source text's characters between its offsets, a reliability column, and
// no cell a spreadsheet would run as a formula. Its CSV on the Web metadata expands with
// jsonld.js in safe mode against the W3C CSVW context.
import { describe, expect, it } from 'vitest';
import { utf16Offset } from './anchor';
import { buildExports } from './build-exports';
import { CSV_COLUMNS, csvField } from './csv';
import { data, DATE, expandSafe, exportsFor, recordCount, texts } from './test-exports';

/** A strict RFC 4180 reader: quoted fields, doubled quotes, CRLF record ends. */
function readCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < text.length) {
    let field = '';
    if (text[i] === '"') {
      i++;
      for (;;) {
        if (i >= text.length) throw new Error('unterminated quoted field');
        if (text[i] === '"' && text[i + 1] === '"') {
          field += '"';
          i += 2;
        } else if (text[i] === '"') {
          i++;
          break;
        } else field += text[i++];
      }
    } else {
      while (i < text.length && text[i] !== ',' && text[i] !== '\r') {
        if (text[i] === '"' || text[i] === '\n') throw new Error(`bare ${text[i]} at ${i}`);
        field += text[i++];
      }
    }
    row.push(field);
    if (text[i] === ',') i++;
    else if (text.startsWith('\r\n', i)) {
      rows.push(row);
      row = [];
      i += 2;
    } else if (i < text.length) throw new Error(`unexpected ${text[i]} at ${i}`);
  }
  return rows;
}

const FORMULA = /^[=+\-@\t\r]/;

describe('the CSV', () => {
  const rows = readCsv(exportsFor().body('relations-passages.csv'));
  const col = (name: string) => rows[0]!.indexOf(name);

  it('has a header and one row per relation × passage, each passage its source slice', () => {
    expect(rows[0]).toEqual(CSV_COLUMNS.map(([n]) => n));
    expect(rows).toHaveLength(recordCount + 1);
    for (const row of rows.slice(1)) {
      expect(row).toHaveLength(CSV_COLUMNS.length);
      const source = data.sources.find((s) => s.id === row[col('source_id_text')])!;
      const raw = texts[source.file]!;
      const [start, end] = [Number(row[col('start')]), Number(row[col('end')])];
      // Offsets in code points; the cell is exactly those characters (no-break spaces too).
      expect(row[col('passage')]).toBe(raw.slice(utf16Offset(raw, start), utf16Offset(raw, end)));
      expect(row[col('reliability')]).toMatch(/^(attributed|unattributed|unverified)$/);
      // A relation's row carries its family and the words drawn on its line.
      const edge = data.edges.find(
        (e) =>
          e.source === row[col('source_id')] &&
          e.target === row[col('target_id')] &&
          e.relation === row[col('relation')],
      );
      expect(row[col('label')]).toBe(edge?.label ?? '');
      for (const cell of row) expect(cell).not.toMatch(FORMULA);
    }
  });

  it('neutralises a cell a spreadsheet would run as a formula, as OWASP advises', () => {
    expect(csvField('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
    for (const c of ['+', '-', '@', '\t', '\r']) expect(csvField(`${c}1`)).toBe(`"'${c}1"`);
    expect(csvField('a=b')).toBe('a=b');
    expect(csvField(-1)).toBe('-1');
    // In a whole export: a speaker and a term that begin like formulas.
    const dirty = structuredClone(data);
    const p = dirty.edges[0]!.passages[0]!;
    p.speaker = { name: '=1+1', mode: 'reported' };
    p.terms = ['@SUM(A1)', '-2+3'];
    const built = buildExports(dirty, texts, DATE).files.find((f) => f.fileName.endsWith('.csv'))!;
    const row = readCsv(built.body)[1]!;
    expect(row[col('speaker')]).toBe("'=1+1");
    expect(row[col('terms')]).toBe("'@SUM(A1) | -2+3");
    for (const cell of row) expect(cell).not.toMatch(FORMULA);
  });

  it('has CSVW metadata that expands in jsonld.js safe mode, with the licence', async () => {
    const meta = JSON.parse(exportsFor().body('relations-passages.csv-metadata.json'));
    expect(meta.url).toBe('relations-passages.csv');
    const [table] = await expandSafe({ ...meta, url: 'https://example.org/x.csv' });
    const CSVW = 'http://www.w3.org/ns/csvw#';
    expect(table!['@type']).toEqual([`${CSVW}Table`]);
    expect(JSON.stringify(table)).toMatch(/creativecommons\.org\/licenses\/by\/4\.0/);
    const schema = (table![`${CSVW}tableSchema`] as Record<string, unknown>[])[0]!;
    const columns = (schema[`${CSVW}column`] as { '@list': unknown[] }[])[0]!['@list'];
    expect(columns).toHaveLength(CSV_COLUMNS.length);
  });
});
