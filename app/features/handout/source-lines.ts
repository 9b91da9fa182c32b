// The source line under an exported or printed map: what the map is, where it lives, what it
// rests on and when it was taken. Pure apart from mapAddress, so it is unit-tested.
import type { Catalogue } from '@/i18n/en';
import { lineEvidence } from '@/model/counts';
import type { GraphIndex } from '@/model/graph-index';

/** Where the map is published: the page's address without its query. */
export function mapAddress(): string {
  return `${window.location.origin}${window.location.pathname}`;
}

/**
 * The source line under an exported map, in the interface language. Titles stay as the texts
 * state them (in English); a text without a title goes by our label, marked as ours.
 */
export function sourceLines(index: GraphIndex, ui: Catalogue, where: string, date: Date): string[] {
  const lines = lineEvidence(index.data);
  const cited = new Set(index.data.edges.flatMap((e) => e.passages.map((p) => p.source)));
  const titles = index.data.sources
    .filter((s) => cited.has(s.id))
    .map((s) => s.title ?? `${s.label} ${ui.evidence.untitled}`);
  return [
    ui.handout.exportSource(
      ui.handout.mapTitle,
      where,
      lines.sources,
      lines.passages,
      titles.join('; '),
    ),
    ui.handout.exported(date.toISOString().slice(0, 10)),
  ];
}
