// The map described as a schema.org Dataset (https://schema.org/Dataset): name, description,
// creator, licence, the source texts it is based on, and one DataDownload per export. Typed
// with schema-dts (the vocabulary as TypeScript types), so a property with the wrong range, or
// one that does not exist, fails the type check. Written twice: as data/export/dataset.jsonld
// (URLs relative to that file) and inside index.html's <head> (relative to the page), which is
// where search engines read structured data. Absolute everywhere when SITE_URL is set.
import type { DataDownload, Dataset, WithContext } from 'schema-dts';
import type { GraphData, Source } from '../../model/schema.ts';
import { reliabilityOf } from '../../model/strength.ts';
import { CREDIT, CURATORS, LICENCE_URL, MAP_TITLE, WIKIDATA_MAPPING } from './credit.ts';
import { EXPORT_DIR, EXPORT_FILES, EXTRA_FILES } from './files.ts';
import { distinctPassageCount } from './records.ts';

const FORMAT_NAMES: Record<(typeof EXPORT_FILES)[number]['key'], string> = {
  jgf: 'JSON Graph Format v2',
  gexf: 'GEXF 1.3 (relations-1.2.gexf beside it for readers of GEXF 1.2)',
  graphml: 'GraphML',
  csv: 'CSV, one row per relation × passage (CSVW metadata beside it)',
  csl: 'CSL-JSON: the source texts, with only the metadata they state',
  annotations: 'W3C Web Annotation collection: every passage anchored in its source text',
};

/** Where the description sits: its URLs are relative to it unless the site's address is known. */
export type DatasetPlace = 'file' | 'page';

function basedOn(s: Source, url: (path: string) => string) {
  return {
    '@type': 'CreativeWork' as const,
    // An untitled text gets no name: our label is a description, and says so.
    ...(s.title ? { name: s.title } : {}),
    description: `${s.title ? '' : 'Untitled. '}Our description: ${s.label}. Reliability (ours): ${reliabilityOf(s)}.`,
    ...(s.author ? { author: { '@type': 'Person' as const, name: s.author } } : {}),
    ...(s.outlet ? { publisher: { '@type': 'Organization' as const, name: s.outlet } } : {}),
    // The copy of the text the map ships, which every passage quotes.
    encoding: {
      '@type': 'MediaObject' as const,
      contentUrl: url(`data/sources/${s.id}.txt`),
      encodingFormat: 'text/plain',
    },
  };
}

export function datasetDescription(
  data: GraphData,
  date: string,
  site: string | null,
  place: DatasetPlace,
): WithContext<Dataset> {
  // A path from the site's root ("data/…") as a URL that resolves from where the description
  // sits: the page is at the root, the file in data/export/.
  const url = (path: string) => {
    if (site) return site + path;
    if (place === 'page') return path;
    return path.startsWith(EXPORT_DIR) ? path.slice(EXPORT_DIR.length) : `../${path.slice(5)}`;
  };
  const passages = distinctPassageCount(data);
  const files = [
    ...EXPORT_FILES.map((f) => ({ ...f, description: FORMAT_NAMES[f.key] })),
    ...EXTRA_FILES,
  ];
  const distribution: DataDownload[] = files.map((f) => ({
    '@type': 'DataDownload',
    name: f.name,
    description: f.description,
    encodingFormat: f.type.split(';')[0]!,
    contentUrl: url(EXPORT_DIR + f.name),
  }));
  return {
    '@context': 'https://schema.org',
    '@type': 'Dataset',
    name: MAP_TITLE,
    description: `Kazakhstan’s foreign and security relations as a graph of ${data.nodes.length} entities and ${data.edges.length} relations, each resting on passages (${passages} distinct passages in all) quoted word for word from ${data.sources.length} source texts, with who speaks, how firmly, whether the passage supports or qualifies the relation, and how far its source can be checked. ${WIKIDATA_MAPPING}`,
    creator: { '@type': 'Organization', name: CURATORS },
    license: LICENCE_URL,
    creditText: CREDIT,
    dateModified: date,
    isAccessibleForFree: true,
    keywords: ['Kazakhstan', 'foreign policy', 'security', 'evidence map', 'Web Annotation'],
    ...(site ? { url: site } : {}),
    about: data.nodes
      .filter((n) => n.wikidata)
      .map((n) => ({
        '@type': 'Thing',
        name: n.label,
        sameAs: `http://www.wikidata.org/entity/${n.wikidata}`,
      })),
    isBasedOn: data.sources.map((s) => basedOn(s, url)),
    distribution,
  };
}

export function buildDataset(data: GraphData, date: string, site: string | null = null): string {
  return JSON.stringify(datasetDescription(data, date, site, 'file'), null, 2) + '\n';
}

/**
 * The description for a <script type="application/ld+json"> in the page: a data block, which
 * the browser never runs (so the CSP's script-src does not apply). "<" is written as \u003c,
 * so no text in it can close the element or open a comment.
 */
export function datasetScript(data: GraphData, date: string, site: string | null): string {
  return JSON.stringify(datasetDescription(data, date, site, 'page')).replace(/</g, '\\u003c');
}
