// English texts of the features that load on demand (tour, source view, table, handout): kept
// out of the first view's script and loaded with those features (see loadEnglishMore in
// catalogue.ts). Part of the English catalogue, like en.ts; kk.ts and ru.ts hold these sections too.
import { plural } from './format';
import { orList } from './quotes';

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
      `Source: ${title}, an evidence map (${where}). Every line rests on passages quoted word for word from ${sources} source texts (${passages} distinct passages): ${titles}.`,
    exported: (date: string) =>
      `Exported ${date}. Line colours and summaries are ours; the words on the lines and the passages are the sources’.`,
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

  // ── texts of first-view sections that only on-demand parts show (evidence details, the
  // arrow keys, the canvas view, the embed dialog and bar): merged into their sections on load.
  language: {
    /** Beside every quotation when the interface is not in the quotation's language. */
    quotedInOriginal: 'Quoted in the original English',
    /** Beside source metadata (title, author, outlet) kept as the text states it. */
    asStatedInOriginal: 'As the text states it, in English',
  },

  graph: {
    /** A map with no entity yet (a new draft in the editor). */
    empty: 'Nothing to draw yet: this map has no entities.',
    /** Not shown at present; kept so every catalogue has it. */
    relationKinds: 'Kinds of relation',
    /** Arrow Up on a node with no hub to return to. */
    neighboursHint: (name: string) => `${name}. Use Right or Left to move between its neighbours.`,
    noNeighbours: (name: string) => `${name} has no neighbours shown.`,
    /** Where an arrow key moved focus: the neighbour, its relation, its place around the hub. */
    neighbour: (name: string, relation: string, position: number, count: number, hub: string) =>
      `${name}: ${relation}, neighbour ${position} of ${count} of ${hub}.`,
    backTo: (name: string) => `Back to ${name}.`,
    canvasLabel: (entities: number, relations: number) =>
      `Relations graph of ${plural('en', entities, { one: '# entity', other: '# entities' })} and ${plural('en', relations, { one: '# relation', other: '# relations' })}; choose an entity from the list that follows`,
    canvasEntities: 'Entities in the graph',
    canvasRelations: 'Relations in the graph',
  },

  embed: {
    /** The iframe's title in the embed code: how a screen reader names the embedded map. */
    iframeTitle: 'Kazakhstan’s foreign and security relations: an evidence map',
    dialogTitle: 'Embed this map',
    introSelection:
      'Paste this into an article. The map opens on the current selection, resizes itself with the script line, and makes no requests to any other site.',
    introWhole:
      'Paste this into an article. The map opens on the whole map, resizes itself with the script line, and makes no requests to any other site.',
    code: 'Embed code',
    copy: 'Copy',
    close: 'Close',
    copied: 'Copied to the clipboard.',
    copyBlocked: 'Copying was blocked; the code is selected, press Ctrl+C or ⌘C.',
  },

  evidence: {
    embedHint: 'Select a country, an organisation or a line to read the passages that justify it.',
    focalKicker: 'The country this map is about',
    ourDescription: 'Our description',
    ourSummary: 'Our summary',
    ourNote: 'Our note',
    relationsInMap: (n: number) => `Relations in this map (${n})`,
    aboutItself: (name: string) => `What the sources say about ${name} itself`,
    passagesFromSources: (passages: number, sources: number) =>
      `${plural('en', passages, { one: '# passage', other: '# passages' })} from ${plural('en', sources, { one: '# source', other: '# sources' })}`,
    stanceSplit: (supports: number, qualifies: number) =>
      `${supports} support, ${qualifies} qualify`,
    hiddenSupporting: (n: number) => `${n} supporting hidden by the filter`,
    hiddenQualifying: (n: number) => `${n} qualifying hidden by the filter`,
    showAll: (n: number) => `Show all ${n} passages`,
    fromSource: (label: string) => `From ${label}`,
    stance: { supports: 'Supports the relation', qualifies: 'Qualifies the relation' },
    /** Before a speaker's name: quoted in their own words, or their position as reported. */
    speaker: { quoted: 'Speaker:', reported: 'Reported position of' },
    source: 'Source:',
    readInSource: 'Read in source',
    copyCitation: 'Copy citation',
    citationCopied: 'Citation copied',
    copyFailed: 'Could not copy: select the text instead',
    notStated: 'not stated',
    untitled: '(untitled; our label)',
    author: 'Author',
    outlet: 'Outlet',
    date: 'Date',
    kindOurs: 'Kind (ours)',
    /** The framing words of a copied citation; the quotation and metadata stay as stated. */
    citation: {
      reportedPosition: (who: string) => `Position of ${who}, as reported`,
      sourceLine: (parts: string) => `Source: ${parts}`,
    },
  },

  honesty: {
    /** The row in a source's metadata that gives our reliability note. */
    provenance: 'Provenance (ours)',
    voice: {
      document: 'an official document',
      official: 'a named official',
      'official-unnamed': 'an unnamed official',
      analyst: 'an analyst',
      journalist: 'the journalist’s own framing',
      unattributed: 'an unattributed writer',
    },
    modality: {
      states: 'states',
      reports: 'reports',
      recommends: 'recommends',
      hedges: 'hedges or denies',
    },
    /** In a passage's caption: "Voice: an analyst · recommends". */
    voiceLine: (voice: string, modality: string) => `Voice: ${voice} · ${modality}`,
    reliability: {
      attributed: 'Attributed: the text names its author or outlet',
      unattributed: 'Unattributed: no byline or outlet; the people it quotes appear in other texts',
      unverified:
        'Unverified: no byline, outlet or date, and the people it quotes cannot be checked from the texts',
    },
    /** The short mark beside a passage or a source from such a text. */
    mark: { unattributed: 'Unattributed text', unverified: 'Unverified text' },
    basis: 'How solid this line is',
    /** "Firmest support: an analyst recommends (Essay on …)". */
    firmest: (voice: string, modality: string, source: string) =>
      `Firmest support: ${voice}, ${modality} (${source})`,
    noSupport: 'No passage supports this line outright; every passage qualifies it.',
    unverifiedCount: (n: number, total: number) =>
      n === total
        ? 'Every passage comes from an unverified text.'
        : `${n} of the ${total} passages come from an unverified text.`,
    /** Every claim on a line side by side: the words, who speaks, how firmly, which text. */
    voices: 'How the voices put it',
    contested: 'Voices differ.',
    contestedWhy:
      'The texts put this relation in words of different kinds, or a second text qualifies it: compare them before relying on the line.',
    /** Beside the firmest supporting claim, whose words label the line. */
    drawnOnLine: 'firmest: its words are on the line',
    /** After "One verifiable source": supporting texts that could not raise the level. */
    plusUnverified: (n: number) =>
      n === 1 ? 'plus an unverified text' : `plus ${n} unverified texts`,
    /** Short, in lists and the table. */
    contestedShort: 'voices differ',
    /** The fold on a phone that holds the terms and our summary, above the passages. */
    aboutLine: 'The texts’ words and our summary',
  },

  surfaces: {
    /** The embed's credit line, before the link to the map. */
    /** After the credit line: the relations and their passages as a spreadsheet. */
    embedData: 'Get the data (CSV)',
    embedCredit: (sources: number, passages: number) =>
      `Source: Kazakhstan’s foreign and security relations, an evidence map. Every line rests on ${plural('en', passages, { one: '# distinct passage', other: '# distinct passages' })} quoted word for word from ${plural('en', sources, { one: '# text', other: '# texts' })}:`,
    /** Under an entity's list of relations, while filters leave some out. */
    hiddenByFilters: (n: number) =>
      plural('en', n, {
        one: '# more relation is hidden by the filters.',
        other: '# more relations are hidden by the filters.',
      }),
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
    toursNetwork: () => 'The tours could not be loaded: the network request failed.',
    toursHttp: (status: number) => `The tours could not be loaded (HTTP ${status}).`,
    toursTooLarge: () => 'The tours file is too large to read.',
    toursJson: () => 'The tours file is not valid JSON.',
    toursShape: () => 'The tours file does not have the expected shape.',
    sourceNetwork: () => 'The source text could not be loaded: the network request failed.',
    sourceHttp: (status: number) => `The source text could not be loaded (HTTP ${status}).`,
    sourceTooLarge: () => 'The source text is too large to show.',
    sourceNotText: () =>
      'What came back for this source is not plain text (perhaps a web page in its place), so it is not shown as the source.',
  },

  search: {
    /** The list's name, given once it can show (with the matching code and these texts). */
    results: 'Search results',
    /** An entity's detail line: its kind, then the alias the query matched. */
    alsoCalled: (alias: string) => `also “${alias}”`,
    /** A passage's detail line: the relation or entity it is evidence for. */
    passageFor: (what: string) => `Passage · ${what}`,
    noMatch: (query: string) => `Nothing in the map matches “${query}”.`,
    count: (n: number) => plural('en', n, { one: '# result', other: '# results' }),
  },

  filters: {
    relationTypes: 'Relation types',
    entityKinds: 'Kinds of entity',
    evidence: 'Evidence',
    anyPassage: 'Any passage',
    supporting: 'Has supporting passages',
    qualifying: 'Has qualifying passages',
    hint: 'Nothing ticked in a group shows all of it.',
    clear: 'Clear filters',
  },

  shell: {
    dismissNotice: 'Dismiss notice',
    /** format: "SVG" or "PNG". */
    exportPreparing: (format: string) => `Preparing the ${format}…`,
    exportDone: (format: string) => `The ${format} file has been downloaded.`,
    exportFailed: 'The map could not be exported.',
    exportTimedOut: (format: string) =>
      `The ${format} took too long to prepare and was stopped. Try again, or use Export SVG.`,
  },

  // ── present: presentation-mode page (app/features/tour/*)
  present: {
    tools: 'Tools',
    toolsHint: 'Show the search, filters and legend',
    /** Above a slide's passages: how many of the relation's passages it shows. */
    keyOf: (shown: number, total: number) =>
      shown >= total
        ? plural('en', total, { one: 'The only passage', other: 'All # passages' })
        : `${shown} of ${total} passages, firmest first`,
    allPassages: (n: number) => `All ${n} passages`,
    keyOnly: 'Key passages only',
    /** Presenting a linked selection outside the tour. */
    region: 'Presentation',
  },
};

export type EnMore = typeof enMore;
