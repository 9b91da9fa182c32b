// Our own words in the data (entity names, descriptions, summaries, notes, source labels,
// tour captions) in the interface language, and our translations of the words drawn on each
// line (a label is the source's own English words; the panel quotes them as written). The data stays in English; a language's
// translations are keyed by the English text, so an edited English text shows up as missing
// in localize.test.ts rather than silently keeping an old translation.
//
// Never touched: passages (verbatim, in the language of their source), speakers, and the
// metadata a text states about itself (title, author, role, outlet, date).
import type { GraphData, Passage } from '@/model/schema';
import type { ToursData } from '@/model/tour-schema';

type Translations = Readonly<Record<string, string>>;

/** Every text of ours that the interface shows, in the order it appears in the data. */
export function dataTexts(graph: GraphData, tours?: ToursData): string[] {
  const out: string[] = [];
  const add = (s: string | null | undefined) => {
    if (s) out.push(s);
  };
  const notes = (ps: Passage[]) => ps.forEach((p) => add(p.note));
  for (const s of graph.sources) {
    add(s.label);
    add(s.genre);
    add(s.notes);
    add(s.unusedReason);
  }
  for (const n of graph.nodes) {
    add(n.label);
    add(n.short);
    add(n.description);
    notes(n.passages);
  }
  for (const e of graph.edges) {
    add(e.label);
    add(e.summary);
    notes(e.passages);
  }
  for (const l of graph.leftOut) {
    add(l.relation);
    add(l.reason);
  }
  for (const t of tours?.tours ?? []) {
    add(t.title);
    add(t.description);
    t.steps.forEach((s) => (add(s.title), add(s.caption)));
  }
  return [...new Set(out)];
}

export function localizeGraph(graph: GraphData, tr: Translations): GraphData {
  if (!Object.keys(tr).length) return graph;
  const t = (s: string) => tr[s] ?? s;
  const opt = <T extends string | null | undefined>(s: T) => (s ? t(s) : s);
  const passages = (ps: Passage[]) => ps.map((p) => (p.note ? { ...p, note: t(p.note) } : p));
  return {
    ...graph,
    sources: graph.sources.map((s) => ({
      ...s,
      label: t(s.label),
      genre: t(s.genre),
      notes: opt(s.notes),
      unusedReason: opt(s.unusedReason),
    })),
    nodes: graph.nodes.map((n) => ({
      ...n,
      label: t(n.label),
      short: opt(n.short),
      description: t(n.description),
      // The English names stay searchable ("Russia" finds Ресей).
      aliases: [...n.aliases, n.label, ...(n.short ? [n.short] : [])],
      passages: passages(n.passages),
    })),
    edges: graph.edges.map((e) => ({
      ...e,
      label: t(e.label),
      summary: t(e.summary),
      passages: passages(e.passages),
    })),
    leftOut: graph.leftOut.map((l) => ({ relation: t(l.relation), reason: t(l.reason) })),
  };
}
