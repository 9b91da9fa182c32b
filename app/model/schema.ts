// The single source of truth for the curated data: every type the app uses for nodes, edges,
// passages and sources comes from these schemas through z.infer. Parse at the boundary
// (build plugin, data test, fetch) and nowhere else.
//
// zod/mini rather than classic zod: the same schemas and z.infer types, but functional checks
// that tree-shake, which takes about 40 KB gzip off the first load (see scripts/bench.mjs).
// Mini ships no error messages, so the English locale is configured here, once, for everyone
// who parses (the app, the build plugin and the tests).
import { z } from 'zod/mini';
import en from 'zod/v4/locales/en.js';
import { ID_PATTERN, MODALITIES, NODE_KINDS, RELATIONS, VOICES } from './ids.ts';

// jitless: zod would otherwise probe for eval (new Function), which the CSP forbids.
z.config({ ...en(), jitless: true });

/**
 * 2 added each passage's voice, modality and terms, and each source's speakersCheckable;
 * 3 added each edge's drawn label (the firmest claim's own words, see claims.ts).
 */
export const SCHEMA_VERSION = 3;

/** Far beyond any curated map (the benchmark draws 5,000 nodes); more is refused as bad data. */
export const MAX_NODES = 10_000;
export const MAX_EDGES = 50_000;

const id = z.string().check(z.regex(ID_PATTERN, 'must be a lowercase, hyphenated id'));
const text = z.string().check(z.trim(), z.minLength(1, 'must not be empty'));

/** Metadata as the text itself states it; null means the text does not say. */
export const sourceSchema = z.strictObject({
  id,
  file: z.string().check(z.regex(/^[\w.-]+\.txt$/, 'must be a .txt file name in data/sources/')),
  /** The title as printed in the text, or null when it has none. */
  title: z.nullable(text),
  /** Our own short label for lists and citations; shown as ours when the text has no title. */
  label: text,
  /** What kind of text this is, in our words (news report, commentary, essay…). */
  genre: text,
  author: z.nullable(text),
  /** The author's role as the text states it (for example "director of IWEP"). */
  authorRole: z.optional(z.nullable(text)),
  outlet: z.nullable(text),
  date: z.nullable(text),
  /** Parts of the file that are not evidence (captions, epigraph, footer), described by us. */
  notes: z.optional(text),
  /** Why a source supports no passage, when it supports none. */
  unusedReason: z.optional(text),
  /**
   * Whether the people the text quotes or names can be checked from the texts themselves (the
   * same person named in another text, an office whose holder another text names). With no
   * byline, outlet or date as well, the text is unverified (see reliabilityOf in strength.ts).
   */
  speakersCheckable: z.boolean(),
});

export const speakerSchema = z.strictObject({
  /** The speaker as the text names them: a person, an office or a document. */
  name: text,
  /** Their role as the text gives it. */
  role: z.optional(text),
  /** quoted: the passage gives their words; reported: the text reports their position. */
  mode: z.enum(['quoted', 'reported']),
});

/**
 * Who speaks in a passage, firmest first (strength.ts ranks by this order). document: a policy document, quoted or reported; official: a named
 * office-holder; official-unnamed: an official or office the text does not name ("a senior
 * ministry official", "the Ministry"); analyst: a named analyst or scholar, or an essayist in
 * their own voice; journalist: the reporting text's own framing; unattributed: the framing of a
 * text with no byline, outlet or date.
 */
export const voiceSchema = z.enum(VOICES);

/**
 * How firmly the voice makes the claim, firmest first. states: asserts it in its own words; reports: the text
 * relays the voice's position second-hand; recommends: calls for it, says it is necessary;
 * hedges: may, could, conditional, or denies a reading rather than asserting one.
 */
export const modalitySchema = z.enum(MODALITIES);

export const passageSchema = z.strictObject({
  source: id,
  /** Copied verbatim from the source file; only runs of whitespace may differ. */
  text,
  speaker: z.optional(speakerSchema),
  voice: voiceSchema,
  modality: modalitySchema,
  /**
   * The words in this passage that name the relation ("allied relations", "strategic
   * partnerships"), each verbatim in the passage; the panel lists them with who uses them.
   */
  terms: z._default(z.array(text), []),
  /** supports: states the relation; qualifies: hedges, limits or shifts it. */
  stance: z.enum(['supports', 'qualifies']),
  /** Our note on how the passage bears on the relation (labelled as ours in the app). */
  note: z.optional(text),
});

export const nodeKindSchema = z.enum(NODE_KINDS);

export const nodeSchema = z.strictObject({
  id,
  label: text,
  /** The short form for tight spaces ("CSTO"); defaults to label. */
  short: z.optional(text),
  kind: nodeKindSchema,
  aliases: z._default(z.array(text), []),
  /** Our own neutral description, labelled as ours in the app. */
  description: text,
  /** The country the map is about; it needs no passage of its own. */
  focal: z.optional(z.boolean()),
  /** Passages about the entity itself rather than about one relation. */
  passages: z._default(z.array(passageSchema), []),
  /** Its Wikidata item (an identifier for other tools only: no relation rests on Wikidata). */
  wikidata: z.optional(z.string().check(z.regex(/^Q[1-9]\d*$/, 'must be a Wikidata QID'))),
  /** Where that QID was taken from (a citable list), so it can be checked. */
  wikidataSource: z.optional(text),
});

export const relationSchema = z.enum(RELATIONS);

export const edgeSchema = z.strictObject({
  source: id,
  target: id,
  /** The family the line belongs to: its colour, its place in the legend and the filters. */
  relation: relationSchema,
  /**
   * The words drawn on the line: a term of its firmest supporting passage, or part of one
   * (claims.ts labelProblem), in the source's language; translations are ours.
   */
  label: text,
  /** Our one-sentence summary of what the passages say, labelled as ours. */
  summary: text,
  passages: z.array(passageSchema).check(z.minLength(1, 'an edge needs at least one passage')),
});

export const graphSchema = z.strictObject({
  schemaVersion: z.literal(SCHEMA_VERSION),
  sources: z.array(sourceSchema).check(z.minLength(1)),
  nodes: z.array(nodeSchema).check(z.minLength(1), z.maxLength(MAX_NODES)),
  edges: z.array(edgeSchema).check(z.maxLength(MAX_EDGES)),
  /** Relations we considered and left out because no text states them. */
  leftOut: z._default(z.array(z.strictObject({ relation: text, reason: text })), []),
});

export type Source = z.infer<typeof sourceSchema>;
export type Speaker = z.infer<typeof speakerSchema>;
export type Voice = z.infer<typeof voiceSchema>;
export type Modality = z.infer<typeof modalitySchema>;
export type Passage = z.infer<typeof passageSchema>;
export type NodeKind = z.infer<typeof nodeKindSchema>;
export type GraphNode = z.infer<typeof nodeSchema>;
export type Relation = z.infer<typeof relationSchema>;
export type GraphEdge = z.infer<typeof edgeSchema>;
export type GraphData = z.infer<typeof graphSchema>;

export { edgeKey } from './ids.ts';
