// The English interface: the source of truth for every catalogue's shape. kk.ts and ru.ts are
// typed as Catalogue, so a missing or extra key fails the type check, and catalogues.test.ts
// fails on any key missing at run time. Texts that take values are functions.
//
// What is NOT here: the passages (verbatim, never translated) and the metadata a text states
// about itself (title, author, outlet, date). Our own words in the data (entity names,
// descriptions, summaries, notes, tour captions) are translated in data-kk.ts / data-ru.ts.
import { orList, plural } from './format';

export const en = {
  meta: {
    /** The document title. */
    title: 'Kazakhstan’s foreign and security relations — an evidence map',
  },

  language: {
    label: 'Language',
    /** Beside every quotation when the interface is not in the quotation's language. */
    quotedInOriginal: 'Quoted in the original English',
    /** Beside source metadata (title, author, outlet) kept as the text states it. */
    asStatedInOriginal: 'As the text states it, in English',
  },

  relation: {
    ally: 'ally',
    'strategic-partner': 'strategic partner',
    'constructive-partner': 'constructive partner',
    member: 'member',
    'regional-cooperation': 'regional cooperation',
    'conflict-settlement': 'conflict settlement',
    engagement: 'engagement',
  },

  kind: {
    country: 'Country',
    organisation: 'Organisation',
    region: 'Region or grouping',
  },

  notice: {
    badSelect: () => 'The link’s selection could not be read, so nothing is selected.',
    noSuchId: (ids: string[]) => `There is no ${orList('en', ids)} in this map.`,
    noRelation: (a: string, b: string) => `No relation between ${a} and ${b} in this map.`,
    tooMany: () => 'That selection names too many things to show at once.',
    badSource: () => 'The link’s source could not be read, so no source is open.',
    noSuchSource: (id: string) => `There is no source “${id}” in this map.`,
    badFilters: () => 'Some of the link’s filters name nothing in this map and were left out.',
    badStance: () => 'The link’s stance filter could not be read.',
    badTour: () => 'The link’s tour could not be read, so no tour is open.',
    badStep: () => 'The link’s tour step could not be read, so the tour starts at step 1.',
    noSuchTour: (id: string) => `There is no tour “${id}” in this map.`,
    stepClamped: (count: number) =>
      `This tour has ${plural('en', count, { one: '# step', other: '# steps' })}, so it opens at the last one.`,
    badLang: () =>
      'The link’s language is not one this map offers (English, Kazakh, Russian), so it follows your browser.',
    langUnavailable: () =>
      'The interface in that language could not be loaded, so it stays as it is.',
  },

  error: {
    graphNetwork: () => 'The map data could not be loaded: the network request failed.',
    graphHttp: (status: number) => `The map data could not be loaded (HTTP ${status}).`,
    graphTooLarge: () => 'The map data is too large to be the curated graph, so it was not read.',
    graphJson: () => 'The map data is not valid JSON.',
    graphShape: () => 'The map data does not have the expected shape.',
    toursNetwork: () => 'The tours could not be loaded: the network request failed.',
    toursHttp: (status: number) => `The tours could not be loaded (HTTP ${status}).`,
    toursTooLarge: () => 'The tours file is too large to read.',
    toursJson: () => 'The tours file is not valid JSON.',
    toursShape: () => 'The tours file does not have the expected shape.',
    sourceNetwork: () => 'The source text could not be loaded: the network request failed.',
    sourceHttp: (status: number) => `The source text could not be loaded (HTTP ${status}).`,
    sourceTooLarge: () => 'The source text is too large to show.',
    unknown: () => 'Something went wrong while loading.',
  },

  // ── shell: app/shell/*, app/app.tsx (header, classroom tools, reading toolbar, load states, skip link)
  shell: {
    dismissNotice: 'Dismiss notice',
  },

  // ── graph: app/features/graph/* (map, legend, zoom, canvas view)
  graph: {},

  // ── search: app/features/search/*
  search: {},

  // ── filters: app/features/filters/*
  filters: {},

  // ── tour: app/features/tour/*
  tour: {},

  // ── embed: app/features/embed/*
  embed: {},

  // ── evidence: app/features/evidence/*, app/features/citations/*
  evidence: {},

  // ── sources: app/features/sources/*
  sources: {},

  // ── table: app/features/table/*
  table: {},

  // ── handout: app/features/handout/*
  handout: {},
};

export type Catalogue = typeof en;
