import type { GraphIndex } from '@/model/graph-index';
import type { Passage } from '@/model/schema';
import { useUi } from '@/store/store';
import { PassageFigure } from './passage-figure';
import { SourceCitation } from './source-citation';

/** Passages grouped by source, sources in order of first appearance, with counts. */
export function PassageList(props: { passages: Passage[]; index: GraphIndex }) {
  const { index } = props;
  // The stance filter ("qualifying evidence only") applies to the passages listed, too.
  const stance = useUi((s) => s.filters.stance);
  const passages = stance ? props.passages.filter((p) => p.stance === stance) : props.passages;
  const hidden = props.passages.length - passages.length;
  const groups = new Map<string, Passage[]>();
  for (const p of passages) groups.set(p.source, [...(groups.get(p.source) ?? []), p]);
  const qualifying = passages.filter((p) => p.stance === 'qualifies').length;
  return (
    <>
      <p className="passage-count">
        {plural(passages.length, 'passage')} from {plural(groups.size, 'source')}
        {qualifying ? ` · ${passages.length - qualifying} support, ${qualifying} qualify` : ''}
        {hidden
          ? ` · ${hidden} ${stance === 'qualifies' ? 'supporting' : 'qualifying'} hidden by the filter`
          : ''}
      </p>
      {[...groups].map(([sourceId, list]) => {
        const source = index.source.get(sourceId);
        if (!source) return null;
        return (
          <section key={sourceId} className="source-group" aria-label={`From ${source.label}`}>
            <SourceCitation source={source} />
            {list.map((p, i) => (
              <PassageFigure key={i} passage={p} source={source} />
            ))}
          </section>
        );
      })}
    </>
  );
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
