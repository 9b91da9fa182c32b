// The files under data/export/ (their names are fixed in docs/contract.md, "Open data"), in the
// order the download menu and the dataset description list them. No Node, no React: the menu
// imports this too.

export const EXPORT_DIR = 'data/export/';

export const EXPORT_FILES = [
  { name: 'relations.jgf.json', key: 'jgf', type: 'application/json' },
  { name: 'relations.gexf', key: 'gexf', type: 'application/xml' },
  { name: 'relations.graphml', key: 'graphml', type: 'application/xml' },
  { name: 'relations-passages.csv', key: 'csv', type: 'text/csv; charset=utf-8' },
  { name: 'sources.csl.json', key: 'csl', type: 'application/json' },
  { name: 'annotations.jsonld', key: 'annotations', type: 'application/ld+json' },
] as const;

export type ExportKey = (typeof EXPORT_FILES)[number]['key'];

/** The schema.org description of the map as a dataset, linked from index.html. */
export const DATASET_FILE = 'dataset.jsonld';

/** Files beside those in the menu, for the tools that need them (the dataset lists them too). */
export const EXTRA_FILES = [
  // GEXF 1.2 for readers that refuse 1.3 (networkx before 3.6 finds "no <graph> element").
  {
    name: 'relations-1.2.gexf',
    description: 'GEXF 1.2, for readers of GEXF 1.2',
    type: 'application/xml',
  },
  {
    name: 'relations-passages.csv-metadata.json',
    description: 'CSV on the Web metadata for relations-passages.csv',
    type: 'application/csvm+json',
  },
] as const;
