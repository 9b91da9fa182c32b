// English texts of the features that load on demand (tour, source view, table, handout): kept
// out of the first view's script and loaded with those features (see loadEnglishMore in
// catalogue.ts). Part of the English catalogue, like en.ts; kk.ts and ru.ts hold these sections too.
import { plural } from './format';

export const enMore = {
  // ── tour: app/features/tour/*
  tour: {
    region: 'Guided tour',
    stepOf: (step: number, count: number) => `Step ${step} of ${count}`,
    /** For screen readers, after the step's title: what the map now shows. */
    showing: (what: string) => `Showing ${what}.`,
    ourTitle: 'our title',
    ourCaption: 'Our caption',
    previous: '← Previous',
    next: 'Next →',
    present: 'Present',
    end: 'End tour',
    keys: 'Keys: → or PageDown next · ← or PageUp back · Home/End · B blank · F present · Esc end',
    loadFailed: 'The tour could not be loaded.',
    tryAgain: 'Try again',
    close: 'Close tour',
    loading: 'Loading the tour…',
    blanked: 'The screen is blank. Press B, full stop or any slide key to show it again.',
  },

  // ── sources: app/features/sources/*
  sources: {
    back: '← Back to the map',
    all: 'All sources',
    allCount: (n: number) => `All sources (${n})`,
    ourLabel: '(our label)',
    relationsIn: (label: string) => `Relations in ${label}`,
    supportsCount: (n: number) => `supports ${n}`,
    qualifiesCount: (n: number) => `qualifies ${n}`,
    ours: 'Ours',
    noneUsed: 'No passage from this text is used in the map.',
    kicker: 'Source text, as received',
    quotedAndMarked: (n: number) =>
      `${n === 1 ? '1 passage of this text is' : `${n} passages of this text are`} quoted in the map and marked:`,
    noneQuoted: 'No passage of this text is quoted in the map.',
    markSupports: 'supports',
    markQualifies: 'qualifies',
    markCurrent: 'the passage you came from',
    goToPassage: 'Go to that passage',
    loading: 'Loading the text…',
    tryAgain: 'Try again',
    notLocated: (n: number) =>
      `${plural('en', n, { one: '# quoted passage', other: '# quoted passages' })} could not be located in this copy of the text.`,
  },

  // ── table: app/features/table/*
  table: {
    title: 'Relations as a table',
    scrollLabel: 'Relations table, scrollable',
    filtered: (shown: number, total: number) => `${shown} of ${total} relations (filters on).`,
    all: (total: number) => `All ${total} relations in the map.`,
    choose: 'Choose a pair to read its evidence.',
    entities: 'Entities',
    relation: 'Relation',
    passages: 'Passages',
    sources: 'Sources',
    empty: 'No relation matches the filters. Clear a filter to see more.',
  },

  // ── handout: app/features/handout/*
  handout: {
    /** The title of the printed handout and of exported images. */
    mapTitle: 'Kazakhstan’s foreign and security relations',
    label: 'Handout',
    heading: (title: string) => `${title}: handout`,
    intro:
      'Every relation on the map rests on passages quoted word for word from the source texts (numbered at the end). Summaries and notes marked “ours” are our words.',
    relations: 'Relations and their evidence',
    sources: 'Sources',
    sourceRef: (n: number) => `Source [${n}]:`,
    /** The source line of an exported image. */
    exportSource: (
      title: string,
      where: string,
      sources: number,
      passages: number,
      titles: string,
    ) =>
      `Source: ${title}, an evidence map (${where}). Every line rests on passages quoted word for word from ${sources} source texts (${passages} passages): ${titles}.`,
    exported: (date: string) =>
      `Exported ${date}. Labels and line types are ours; the passages are the sources’ words.`,
  },

  // ── openData: app/features/open-data/* (the "Download the data" list)
  openData: {
    intro:
      'Every relation and passage, for other tools. Free to reuse with credit (CC BY 4.0); the passages stay their authors’ words.',
    jgf: 'JSON Graph Format: entities and relations, with their evidence counts.',
    gexf: 'GEXF for Gephi and Gephi Lite: relation type, stance counts, strength of the basis.',
    graphml: 'GraphML for yEd, Cytoscape, NetworkX and igraph.',
    csv: 'Spreadsheet (CSV): one row per relation and passage, with who speaks and how firmly.',
    csl: 'The five source texts as citations (CSL-JSON, for Zotero and Pandoc).',
    annotations: 'Every passage as a W3C Web Annotation, anchored in its source text.',
    about: 'About these files: the dataset description (schema.org)',
  },

  // ── present: presentation-mode page (app/features/tour/*), issue 13
  present: {
    tools: 'Tools',
    toolsHint: 'Show the search, filters and legend',
  },
};

export type EnMore = typeof enMore;
