// Every open-data file, built from the validated data and the source texts. Called by the
// build plugin (scripts/open-data-plugin.ts) and by the test that reads the files back with
// real readers (annotations, csl, csv, dataset and graph-exports .test.ts), so both see the same bytes.
import type { GraphData } from '../../model/schema.ts';
import { buildAnnotations } from './annotations.ts';
import { buildCsl } from './csl.ts';
import { buildCsv, buildCsvMetadata } from './csv.ts';
import { buildDataset } from './dataset.ts';
import { EXPORT_DIR, DATASET_FILE } from './files.ts';
import { buildGexf } from './gexf.ts';
import { buildGraphml } from './graphml.ts';
import { buildJgf } from './jgf.ts';

export interface ExportFile {
  fileName: string;
  body: string;
  type: string;
}

export function buildExports(
  data: GraphData,
  texts: Readonly<Record<string, string>>,
  date: string,
  /** The site's public address (SITE_URL), when the build is given one: site-url.ts. */
  site: string | null = null,
): { files: ExportFile[]; problems: string[]; warnings: string[] } {
  const { collection, problems, warnings } = buildAnnotations(data, texts, date, site);
  const messages = problems.map((p) => `data/export/annotations.jsonld: ${p.record}: ${p.message}`);
  for (const n of data.nodes) {
    if (n.wikidata && !n.wikidataSource)
      messages.push(
        `graph.json: nodes (${n.id}).wikidataSource: a QID needs the reference it came from`,
      );
  }
  const file = (name: string, body: string, type: string) => ({
    fileName: EXPORT_DIR + name,
    body,
    type,
  });
  const files = [
    file('relations.jgf.json', buildJgf(data, date), 'application/json'),
    file('relations.gexf', buildGexf(data, date), 'application/xml'),
    file('relations-1.2.gexf', buildGexf(data, date, '1.2'), 'application/xml'),
    file('relations.graphml', buildGraphml(data, date), 'application/xml'),
    file('relations-passages.csv', buildCsv(data, texts), 'text/csv; charset=utf-8'),
    file(
      'relations-passages.csv-metadata.json',
      buildCsvMetadata('relations-passages.csv', date),
      'application/csvm+json',
    ),
    file('sources.csl.json', buildCsl(data, date), 'application/json'),
    file('annotations.jsonld', JSON.stringify(collection, null, 2) + '\n', 'application/ld+json'),
    file(DATASET_FILE, buildDataset(data, date, site), 'application/ld+json'),
  ];
  return { files, problems: messages, warnings };
}
