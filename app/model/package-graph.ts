// From a map package to what the app and the build already understand: the graph the map
// draws (only passages anchored in their text), the texts by file name, and the data rules
// of the build (validate.ts, tour-schema.ts) applied to the package, plus the one rule a
// package adds — every passage anchors in its source's text. Re-anchoring keeps passages in
// place when a source is re-pasted with small changes, and flags, never drops, the ones lost.
import { anchorQuote, findPassage, utf16Offset, type Span } from '../lib/open-data/anchor.ts';
import {
  anchorAt,
  type MapPackage,
  type PackagePassage,
  type PackageProblem,
} from './map-package.ts';
import type { GraphData, Passage } from './schema.ts';
import { checkTours } from './tour-schema.ts';
import { checkIntegrity, normaliseWhitespace, parseGraph } from './validate.ts';

/** A copy of `record` without `keys` (the package's own fields, which the graph has not). */
function without<T extends object, K extends keyof T>(record: T, ...keys: K[]): Omit<T, K> {
  const copy = { ...record };
  for (const k of keys) delete copy[k];
  return copy;
}

const stripPassage = (p: PackagePassage): Passage => without(p, 'anchor', 'unanchored');

/** Every passage as the graph schema has it; nothing dropped, so paths match the package's. */
function wholeGraph(pkg: MapPackage): GraphData {
  return {
    schemaVersion: pkg.schemaVersion,
    sources: pkg.sources.map((s) => without(s, 'text', 'url')),
    nodes: pkg.nodes.map((n) => ({ ...n, passages: n.passages.map(stripPassage) })),
    edges: pkg.edges.map((e) => ({ ...e, passages: e.passages.map(stripPassage) })),
    leftOut: pkg.leftOut,
  };
}

/** The source texts keyed by file name, as checkIntegrity and the build read them. */
export function textsByFile(pkg: MapPackage): Record<string, string> {
  return Object.fromEntries(pkg.sources.map((s) => [s.file, s.text]));
}

/**
 * The graph the map draws from a package: passages that no longer anchor are left out (they
 * are flagged in the editor), and so is a line left with no passage or a missing end.
 */
export function packageToGraph(pkg: MapPackage): GraphData {
  const whole = wholeGraph(pkg);
  const ids = new Set(whole.nodes.map((n) => n.id));
  const anchored = (list: PackagePassage[]) => list.filter((p) => !p.unanchored).map(stripPassage);
  return {
    ...whole,
    nodes: pkg.nodes.map((n) => ({ ...n, passages: anchored(n.passages) })),
    edges: pkg.edges
      .map((e) => ({ ...e, passages: anchored(e.passages) }))
      .filter((e) => e.passages.length > 0 && ids.has(e.source) && ids.has(e.target)),
  };
}

/** Where a passage's anchor points in `text` now (UTF-16), or null when it is not there. */
export function locateAnchor(text: string, p: PackagePassage): Span | null {
  const hint = utf16Offset(text, p.anchor.position.start);
  const quoted = anchorQuote(text, p.anchor.quote, hint);
  if (quoted) return quoted;
  // Whitespace aside (a re-paste may rewrap lines): the occurrence nearest the old place.
  const spans = findPassage(text, p.text);
  spans.sort((a, b) => Math.abs(a.start - hint) - Math.abs(b.start - hint));
  return spans[0] ?? null;
}

function isAnchored(text: string, p: PackagePassage): boolean {
  if (p.unanchored) return false;
  const start = utf16Offset(text, p.anchor.position.start);
  const end = utf16Offset(text, p.anchor.position.end);
  const exact = text.slice(start, end);
  const at = exact === p.anchor.quote.exact ? { start, end } : locateAnchor(text, p);
  if (!at) return false;
  return normaliseWhitespace(text.slice(at.start, at.end)) === normaliseWhitespace(p.text);
}

export interface Reanchored {
  pkg: MapPackage;
  moved: number;
  lost: number;
}

/** Replaces a source's text and re-anchors every passage quoting it. */
export function reanchorSource(pkg: MapPackage, sourceId: string, text: string): Reanchored {
  let moved = 0;
  let lost = 0;
  const fix = (p: PackagePassage): PackagePassage => {
    if (p.source !== sourceId) return p;
    const at = locateAnchor(text, p);
    if (!at) {
      lost++;
      return { ...p, unanchored: true };
    }
    const anchor = anchorAt(text, at);
    if (anchor.position.start !== p.anchor.position.start || p.unanchored) moved++;
    return { ...without(p, 'unanchored'), text: text.slice(at.start, at.end), anchor };
  };
  return {
    pkg: {
      ...pkg,
      sources: pkg.sources.map((s) => (s.id === sourceId ? { ...s, text } : s)),
      nodes: pkg.nodes.map((n) => ({ ...n, passages: n.passages.map(fix) })),
      edges: pkg.edges.map((e) => ({ ...e, passages: e.passages.map(fix) })),
    },
    moved,
    lost,
  };
}

/**
 * The build's data rules applied to a package (paths like "map: edges[0] (a–b).summary"), and
 * every passage anchored. An empty list means the package would build.
 */
export function checkPackage(pkg: MapPackage, file = 'map'): PackageProblem[] {
  const whole = wholeGraph(pkg);
  const problems: PackageProblem[] = [];
  const parsed = parseGraph(whole, file);
  if (!parsed.ok) problems.push(...parsed.problems);
  problems.push(...checkIntegrity(whole, textsByFile(pkg), file));
  const texts = new Map(pkg.sources.map((s) => [s.id, s.text]));
  const check = (list: PackagePassage[], path: string) =>
    list.forEach((p, j) => {
      const text = texts.get(p.source);
      if (text !== undefined && !isAnchored(text, p)) {
        problems.push({
          where: `${file}: ${path}.passages[${j}]`,
          message: 'no longer anchors in its source text: select the passage again, or delete it',
        });
      }
    });
  pkg.nodes.forEach((n, i) => check(n.passages, `nodes[${i}] (${n.id})`));
  pkg.edges.forEach((e, i) => check(e.passages, `edges[${i}] (${e.source}–${e.target})`));
  // The open-data build's rule (lib/open-data/build-exports.ts): a QID says where it came from.
  pkg.nodes.forEach((n, i) => {
    if (n.wikidata && !n.wikidataSource?.trim()) {
      problems.push({
        where: `${file}: nodes[${i}] (${n.id}).wikidataSource`,
        message: 'a Wikidata QID needs the reference it came from',
      });
    }
  });
  problems.push(...checkTours(pkg.tours, whole, `${file}: tours`));
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = `${p.where}\n${p.message}`;
    return seen.has(key) ? false : (seen.add(key), true);
  });
}
