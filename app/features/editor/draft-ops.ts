// What the editor does to a draft, as pure functions from one package to the next (so every
// step can be undone). A passage is made only from a span of its source's text: its words
// are the source's own characters, verbatim by construction, with the anchor to find them
// again. Metadata is only what the author types; an empty field is "not stated" (null).
import type { Span } from '@/lib/open-data/anchor';
import { proposeLabel } from '@/model/claims';
import {
  anchorAt,
  type MapPackage,
  type PackageEdge,
  type PackageNode,
  type PackagePassage,
} from '@/model/map-package';
import { edgeKey, type NodeKind, type Passage, type Relation } from '@/model/schema';

export interface SourceInput {
  text: string;
  label: string;
  genre: string;
  title: string;
  author: string;
  outlet: string;
  date: string;
  url: string;
  speakersCheckable: boolean;
}

export interface NewEntity {
  label: string;
  kind: NodeKind;
  aliases: string[];
  wikidata: string;
  /** Where the QID was taken from (a citable list or page). */
  wikidataSource: string;
  description: string;
  focal: boolean;
}

/** An existing entity by id, or one to create. */
export type EntityChoice = { id: string } | { create: NewEntity };

export interface EvidenceInput {
  source: string;
  span: Span;
  from: EntityChoice;
  to: EntityChoice;
  relation: Relation;
  summary: string;
  stance: Passage['stance'];
  voice: Passage['voice'];
  modality: Passage['modality'];
  speaker: { name: string; role: string; mode: 'quoted' | 'reported' } | null;
  terms: string[];
  note: string;
}

const stated = (s: string): string | null => (s.trim() ? s.trim() : null);

/** A lowercase, hyphenated id from a name, unique among `taken`. */
export function makeId(name: string, taken: ReadonlySet<string>, fallback: string): string {
  const base =
    name
      .normalize('NFKD')
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, '-')
      .replace(/^-+|-+$/g, '')
      .slice(0, 48)
      .replace(/-+$/, '') || fallback;
  let id = base;
  for (let n = 2; taken.has(id); n++) id = `${base}-${n}`;
  return id;
}

export function addSource(pkg: MapPackage, input: SourceInput): MapPackage {
  const id = makeId(
    input.label || input.title,
    new Set(pkg.sources.map((s) => s.id)),
    `source-${pkg.sources.length + 1}`,
  );
  const url = input.url.trim();
  return {
    ...pkg,
    sources: [
      ...pkg.sources,
      {
        id,
        file: `${id}.txt`,
        text: input.text,
        label: input.label.trim() || input.title.trim(),
        genre: input.genre.trim(),
        title: stated(input.title),
        author: stated(input.author),
        outlet: stated(input.outlet),
        date: stated(input.date),
        speakersCheckable: input.speakersCheckable,
        ...(url ? { url } : {}),
      },
    ],
  };
}

function createNode(pkg: MapPackage, e: NewEntity): PackageNode {
  const taken = new Set(pkg.nodes.map((n) => n.id));
  const wikidata = e.wikidata.trim();
  return {
    id: makeId(e.label, taken, `entity-${pkg.nodes.length + 1}`),
    label: e.label.trim(),
    kind: e.kind,
    aliases: e.aliases.map((a) => a.trim()).filter(Boolean),
    description: e.description.trim(),
    passages: [],
    ...(e.focal && !pkg.nodes.some((n) => n.focal) ? { focal: true } : {}),
    ...(wikidata ? { wikidata, wikidataSource: e.wikidataSource.trim() } : {}),
  };
}

/** The entity's id, creating it first when it is new. */
function resolve(pkg: MapPackage, choice: EntityChoice): [MapPackage, string] {
  if ('id' in choice) return [pkg, choice.id];
  const node = createNode(pkg, choice.create);
  return [{ ...pkg, nodes: [...pkg.nodes, node] }, node.id];
}

/** The line's label follows its evidence: the firmest supporting passage's own words. */
function withLabel(pkg: MapPackage, edge: Omit<PackageEdge, 'label'>): PackageEdge {
  const sourceById = new Map(pkg.sources.map((s) => [s.id, s]));
  return { ...edge, label: proposeLabel(edge, sourceById) };
}

/** The selected words become a passage of the relation between the two entities. */
export function addEvidence(pkg: MapPackage, input: EvidenceInput): MapPackage {
  const source = pkg.sources.find((s) => s.id === input.source);
  if (!source) return pkg;
  const [withFrom, from] = resolve(pkg, input.from);
  const [next, to] = resolve(withFrom, input.to);
  const speaker = input.speaker?.name.trim()
    ? {
        name: input.speaker.name.trim(),
        ...(input.speaker.role.trim() ? { role: input.speaker.role.trim() } : {}),
        mode: input.speaker.mode,
      }
    : undefined;
  const passage: PackagePassage = {
    source: source.id,
    text: source.text.slice(input.span.start, input.span.end),
    voice: input.voice,
    modality: input.modality,
    terms: input.terms.map((t) => t.trim()).filter(Boolean),
    stance: input.stance,
    anchor: anchorAt(source.text, input.span),
    ...(speaker ? { speaker } : {}),
    ...(input.note.trim() ? { note: input.note.trim() } : {}),
  };
  const key = edgeKey(from, to);
  const at = next.edges.findIndex((e) => edgeKey(e.source, e.target) === key);
  const labelled = (e: Omit<PackageEdge, 'label'>) => withLabel(next, e);
  if (at < 0) {
    const edge = labelled({
      source: from,
      target: to,
      relation: input.relation,
      summary: input.summary.trim(),
      passages: [passage],
    });
    return { ...next, edges: [...next.edges, edge] };
  }
  return {
    ...next,
    edges: next.edges.map((e, i) =>
      i === at
        ? labelled({
            ...e,
            relation: input.relation,
            summary: input.summary.trim() || e.summary,
            passages: [...e.passages, passage],
          })
        : e,
    ),
  };
}

export function removePassage(pkg: MapPackage, edge: number, passage: number): MapPackage {
  return {
    ...pkg,
    edges: pkg.edges.map((e, i) =>
      i === edge
        ? withLabel(pkg, { ...e, passages: e.passages.filter((_, j) => j !== passage) })
        : e,
    ),
  };
}

export function removeEdge(pkg: MapPackage, edge: number): MapPackage {
  return { ...pkg, edges: pkg.edges.filter((_, i) => i !== edge) };
}

/** Removes an entity with the lines that touch it. */
export function removeNode(pkg: MapPackage, id: string): MapPackage {
  return {
    ...pkg,
    nodes: pkg.nodes.filter((n) => n.id !== id),
    edges: pkg.edges.filter((e) => e.source !== id && e.target !== id),
  };
}

/** Removes a source and every passage quoting it. */
export function removeSource(pkg: MapPackage, id: string): MapPackage {
  const keep = (p: PackagePassage) => p.source !== id;
  return {
    ...pkg,
    sources: pkg.sources.filter((s) => s.id !== id),
    nodes: pkg.nodes.map((n) => ({ ...n, passages: n.passages.filter(keep) })),
    edges: pkg.edges.map((e) => ({ ...e, passages: e.passages.filter(keep) })),
  };
}

/** Changes fields of a record the author edits in place (our words, or metadata as typed). */
export function patchSource(
  pkg: MapPackage,
  id: string,
  patch: Partial<MapPackage['sources'][number]>,
): MapPackage {
  return { ...pkg, sources: pkg.sources.map((s) => (s.id === id ? { ...s, ...patch } : s)) };
}

export function patchEdge(
  pkg: MapPackage,
  edge: number,
  patch: Partial<Pick<MapPackage['edges'][number], 'relation' | 'summary'>>,
): MapPackage {
  return { ...pkg, edges: pkg.edges.map((e, i) => (i === edge ? { ...e, ...patch } : e)) };
}

export function patchNode(
  pkg: MapPackage,
  id: string,
  patch: Partial<Pick<PackageNode, 'label' | 'description' | 'kind' | 'aliases'>>,
): MapPackage {
  return { ...pkg, nodes: pkg.nodes.map((n) => (n.id === id ? { ...n, ...patch } : n)) };
}
