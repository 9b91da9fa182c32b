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
