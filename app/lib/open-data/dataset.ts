// The map described as a schema.org Dataset, with one DataDownload per export. index.html
// links to it (<link rel="alternate" type="application/ld+json">) rather than inlining it in a
// <script type="application/ld+json">: the page's Content-Security-Policy (script-src 'self')
// refuses inline scripts, and loosening it for metadata would weaken it for everything.
import type { GraphData } from '../../model/schema.ts';
import { CREDIT, LICENCE_URL, MAP_TITLE, WIKIDATA_MAPPING } from './credit.ts';
import { EXPORT_FILES } from './files.ts';

const FORMAT_NAMES: Record<(typeof EXPORT_FILES)[number]['key'], string> = {
  jgf: 'JSON Graph Format v2',
  gexf: 'GEXF 1.3',
  graphml: 'GraphML',
  csv: 'CSV, one row per relation × passage (CSVW metadata beside it)',
  csl: 'CSL-JSON: the source texts, with only the metadata they state',
  annotations: 'W3C Web Annotation collection: every passage anchored in its source text',
};

export function buildDataset(data: GraphData, date: string): string {
  const passages =
    data.edges.reduce((n, e) => n + e.passages.length, 0) +
    data.nodes.reduce((n, x) => n + x.passages.length, 0);
  const dataset = {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: MAP_TITLE,
    description: `Kazakhstan’s foreign and security relations as a graph of ${data.nodes.length} entities and ${data.edges.length} relations, each resting on passages (${passages} in all) quoted word for word from ${data.sources.length} source texts, with who speaks, how firmly, and whether the passage supports or qualifies the relation.`,
    license: LICENCE_URL,
    creditText: CREDIT,
    dateModified: date,
    isAccessibleForFree: true,
    keywords: ['Kazakhstan', 'foreign policy', 'security', 'evidence map', 'Web Annotation'],
    about: data.nodes
      .filter((n) => n.wikidata)
      .map((n) => ({
        '@type': 'Thing',
        name: n.label,
        sameAs: `http://www.wikidata.org/entity/${n.wikidata}`,
      })),
    comment: WIKIDATA_MAPPING,
    distribution: EXPORT_FILES.map((f) => ({
      '@type': 'DataDownload',
      name: f.name,
      description: FORMAT_NAMES[f.key],
      encodingFormat: f.type.split(';')[0],
      // Relative to this file, which sits beside the exports in data/export/.
      contentUrl: f.name,
    })),
  };
  return JSON.stringify(dataset, null, 2) + '\n';
}
