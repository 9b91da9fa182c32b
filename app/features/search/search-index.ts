// What the search box finds: entities by name, short name and alias ("EEU", "USA"), and
// passages by the words in them. Pure and unit-tested. Names come from the index (already in
// the interface language); the words of the detail lines come from the catalogue passed in.
import type { Catalogue } from '@/i18n/en';
import { edgeName, type GraphIndex } from '@/model/graph-index';
import type { Passage } from '@/model/schema';
import { reliabilityOf, type Reliability } from '@/model/strength';

/** The catalogue texts a search result is worded with. */
export type SearchLabels = Pick<Catalogue, 'kind' | 'search'>;

export interface SearchResult {
  key: string;
  kind: 'entity' | 'passage';
  /** What the option says; for a passage, an excerpt of its words. */
  title: string;
  /** Where it leads: the entity's kind, or the relations the passage is evidence for. */
  detail: string;
  /** The selection it makes (one id: an entity; two: a relation, the first that cites it). */
  select: string[];
  /** For a passage: every relation (or entity) that cites it, by name, in data order. */
  cites?: string[];
  /** For a passage: how far its source can be checked (marked where it is not attributed). */
  reliability?: Reliability;
}

const fold = (s: string) =>
  s.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase().replace(/[’‘]/g, "'");

export function search(
  index: GraphIndex,
  query: string,
  labels: SearchLabels,
  maxPassages = 6,
): SearchResult[] {
  const q = fold(query.trim());
  if (!q) return [];
  const scored: { r: SearchResult; score: number }[] = [];
  for (const n of index.data.nodes) {
    const names = [n.label, n.short, ...n.aliases].filter((s): s is string => !!s).map(fold);
    const score = names.some((s) => s === q)
      ? 0
      : names.some((s) => s.startsWith(q))
        ? 1
        : names.some((s) => s.split(/[\s-]+/).some((w) => w.startsWith(q)))
          ? 2
          : -1;
    if (score < 0) continue;
    const alias = n.aliases.find((a) => fold(a) === q && a !== n.label);
    scored.push({
      score,
      r: {
        key: `entity:${n.id}`,
        kind: 'entity',
        title: n.label,
        detail: alias
          ? `${labels.kind[n.kind]}, ${labels.search.alsoCalled(alias)}`
          : labels.kind[n.kind],
        select: [n.id],
      },
    });
  }
  const entities = scored.sort((a, b) => a.score - b.score).map((s) => s.r);

  const words = q.split(/\s+/).filter((w) => w.length > 1);
  const passages: SearchResult[] = [];
  if (words.length) {
    // One result per passage: a passage several relations cite (one names Russia, China, the
    // United States, the EU, NATO and the OSCE at once) was listed once per relation, six
    // near-identical options. Now it is one option that names every relation it bears on.
    const byText = new Map<string, SearchResult>();
    const consider = (p: Passage, select: string[], name: string) => {
      const text = p.text;
      const t = text.replace(/\s+/g, ' ').trim();
      const known = byText.get(t);
      if (known) {
        if (!known.cites!.includes(name)) known.cites!.push(name);
        known.detail = known.cites!.join('; ');
        return;
      }
      const f = fold(t);
      if (!words.every((w) => f.includes(w))) return;
      const result: SearchResult = {
        key: `passage:${passages.length}`,
        kind: 'passage',
        title: excerpt(t, f.indexOf(words[0]!)),
        detail: name,
        select,
        cites: [name],
      };
      const source = index.source.get(p.source);
      if (source) result.reliability = reliabilityOf(source);
      byText.set(t, result);
      passages.push(result);
    };
    for (const e of index.data.edges) {
      for (const p of e.passages) consider(p, [e.source, e.target], edgeName(index, e));
    }
    for (const n of index.data.nodes) for (const p of n.passages) consider(p, [n.id], n.label);
  }
  return [...entities, ...passages.slice(0, maxPassages)];
}

/** About 90 characters of the passage around the first match, marked with ellipses. */
function excerpt(text: string, at: number): string {
  // Cut at spaces, so that no word is shown broken.
  let start = Math.max(0, at - 30);
  if (start > 0) start = text.indexOf(' ', start) + 1 || at;
  if (start > at) start = at;
  let end = Math.min(text.length, start + 90);
  if (end < text.length)
    end = text.lastIndexOf(' ', end) > start ? text.lastIndexOf(' ', end) : end;
  return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
}
