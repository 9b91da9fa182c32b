// The English interface: the source of truth for every catalogue's shape. kk.ts and ru.ts are
// typed as Catalogue, so a missing or extra key fails the type check, and catalogues.test.ts
// fails on any key missing at run time. Texts that take values are functions.
//
// What is NOT here: the passages (verbatim, never translated) and the metadata a text states
// about itself (title, author, outlet, date). Our own words in the data (entity names,
// descriptions, summaries, notes, tour captions) are translated in data-kk.ts / data-ru.ts.
import type { EnMore } from './en-more';
import { plural } from './format';

export const en = {
  meta: {
    /** The document title. */
    title: 'Kazakhstan’s foreign and security relations — an evidence map',
  },

  language: {
    label: 'Language',
  },

  /**
   * The families of relation: a line's colour, its legend entry and its filter. Ours, and kept
   * no stronger than the words they gather; a line's own label is its firmest claim's words.
   */
  relation: {
    ally: 'alliance',
    'strategic-partner': 'strategic ties',
    'constructive-partner': 'constructive ties',
    // No text says "member": they speak of Kazakhstan's role in, and cooperation within, them.
    member: 'participation',
    'regional-cooperation': 'regional cooperation',
    'conflict-settlement': 'conflict settlement',
    engagement: 'engagement',
  },

  kind: {
    country: 'Country',
    organisation: 'Organisation',
    region: 'Region or grouping',
  },

  error: {
    graphNetwork: () => 'The map data could not be loaded: the network request failed.',
    graphHttp: (status: number) => `The map data could not be loaded (HTTP ${status}).`,
    graphTooLarge: () => 'The map data is too large to be the curated graph, so it was not read.',
    graphJson: () => 'The map data is not valid JSON.',
    graphShape: () => 'The map data does not have the expected shape.',
    unknown: () => 'Something went wrong while loading.',
  },

  // ── shell: app/shell/*, app/app.tsx (header, classroom tools, reading toolbar, load states, skip link)
  shell: {
    heading: 'Kazakhstan’s foreign and security relations',
    standfirst:
      'An evidence map: every line rests on passages quoted word for word from the source texts.',
    skipToMap: 'Skip to the map',
    theme: 'Theme',
    themeSystem: 'System',
    themeLight: 'Light',
    themeDark: 'Dark',
    themeContrast: 'High contrast',
    classroom: 'Classroom',
    startTour: 'Start tour',
    present: 'Present',
    exportSvg: 'Export SVG',
    exportPng: 'Export PNG',
    printHandout: 'Print handout',
    readingTools: 'Search, filter and cite',
    table: 'Table',
    sources: 'Sources',
    downloadData: 'Download the data',
    openingSource: 'Opening the source…',
    loading: 'Loading the map…',
    loadFailed: 'The map could not be shown',
    tryAgain: 'Try again',
    tryingAgain: 'Trying again…',
  },

  // ── graph: app/features/graph/* (map, legend, zoom, canvas view)
  graph: {
    /** The map's region: docs/contract.md requires the word "graph" in English. */
    region: 'Relations graph',
    svgLabel: 'Relations graph of Kazakhstan’s foreign and security ties',
    keysHint: 'On an entity, the arrow keys move between its neighbours; Up returns.',
    legend: 'Legend',
    entityKinds: 'Kinds of entity',
    zoom: 'Zoom',
    zoomIn: 'Zoom in',
    zoomOut: 'Zoom out',
    fitLabel: 'Fit to view',
    fitTitle: 'Fit the whole map in view',
    // Map legend: colour families and the strength of evidence.
    relationColours: 'Colours: the family of the texts’ words',
    strength: 'Strength of evidence',
    strengthSeveral: 'two or more verifiable sources',
    strengthSingle: 'one verifiable source',
    strengthUnverified: 'only an unverified text',
  },

  // ── search: app/features/search/*
  search: {
    label: 'Search entities and passages',
    placeholder: 'Search: EEU, Russia, “security”…',
  },

  // ── filters: app/features/filters/*
  filters: {
    summary: 'Filters',
    summaryOn: (n: number) => `Filters (${n} on)`,
    showing: (shown: number, total: number) =>
      `Showing ${shown} of ${plural('en', total, { one: '# relation', other: '# relations' })}.`,
  },

  // ── embed: app/features/embed/*
  embed: {
    button: 'Embed',
    openFullView: 'Open full view',
  },

  // ── evidence: app/features/evidence/*, app/features/citations/*
  // Also the words every view of a passage or a source shares (stance, speaker, metadata
  // terms): the source view, the table and the handout use them too, so they read alike.
  evidence: {
    panel: 'Evidence',
    details: 'Evidence details',
    close: 'Close evidence',
    closeTitle: 'Close (Esc)',
    /** Before the words drawn on a selected line: its firmest claim's own. */
    relationIs: 'Drawn as:',
    /** The intro up to the "Qualifies" badge that ends it. */
    intro: (lineSources: number, sources: number, passages: number) =>
      `Select a country, an organisation or a line between them to read the passages that justify it. Every line rests on words quoted word for word from ${lineSources} of the ${sources} source texts (${passages} distinct passages, some cited under more than one line); passages that hedge or limit a relation are marked`,
    focalRelations: (name: string) => `${name}’s relations`,
    relations: 'Relations',
    otherTies: 'Other ties the sources state',
    selectedNode: (name: string) => `${name} selected.`,
    selectedEdge: (name: string, passages: number) =>
      `${name} selected, ${plural('en', passages, { one: '# passage', other: '# passages' })}.`,
    passages: (n: number) => plural('en', n, { one: '# passage', other: '# passages' }),
    /** After a passage count: how many of them qualify. */
    qualifyingCount: (n: number) => `(${n} qualifying)`,
    stanceBadge: { supports: 'Supports', qualifies: 'Qualifies' },
    citeView: 'Cite this view',
    linkCopied: 'Link copied',
    linkCopyFailed: 'Could not copy the link',
  },

  /** Who speaks in a passage, how firmly, how solid a line's basis is. */
  honesty: {
    level: {
      several: 'Two or more verifiable sources',
      single: 'One verifiable source',
      unverified: 'Only an unverified text',
    },
  },

  // ── surfaces (skip to evidence, embed credit line, filters in the panel)
  surfaces: {
    skipToEvidence: 'Skip to the evidence',
  },
};

/** Every catalogue's shape: the first view's texts here, and the lazily loaded features' texts
 *  in en-more.ts (kk.ts and ru.ts hold both, since they load whole). */
export type Catalogue = typeof en & EnMore;
