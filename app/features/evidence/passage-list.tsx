import { useState } from 'react';
import { useT } from '@/i18n/catalogue';
import type { GraphIndex } from '@/model/graph-index';
import type { Passage } from '@/model/schema';
import { useUi } from '@/store/store';
import { PassageFigure } from './passage-figure';
import { SourceCitation } from './source-citation';

/** Passages grouped by source, sources in order of first appearance, with counts. */
/** `limit` keeps an embed slim: the first few passages, then a button for the rest. */
export function PassageList(props: { passages: Passage[]; index: GraphIndex; limit?: number }) {
  const { index, limit } = props;
  const t = useT();
  // The stance filter ("qualifying evidence only") applies to the passages listed, too.
  const stance = useUi((s) => s.filters.stance);
  const passages = stance ? props.passages.filter((p) => p.stance === stance) : props.passages;
  const hidden = props.passages.length - passages.length;
  const [showAll, setShowAll] = useState(false);
  const shown = limit && !showAll ? passages.slice(0, limit) : passages;
  const groups = new Map<string, Passage[]>();
  for (const p of shown) groups.set(p.source, [...(groups.get(p.source) ?? []), p]);
  const sourceCount = new Set(passages.map((p) => p.source)).size;
  const qualifying = passages.filter((p) => p.stance === 'qualifies').length;
  return (
    <>
      <p className="passage-count">
        {t.evidence.passagesFromSources(passages.length, sourceCount)}
        {qualifying ? ` · ${t.evidence.stanceSplit(passages.length - qualifying, qualifying)}` : ''}
        {hidden
          ? ` · ${stance === 'qualifies' ? t.evidence.hiddenSupporting(hidden) : t.evidence.hiddenQualifying(hidden)}`
          : ''}
      </p>
      {[...groups].map(([sourceId, list]) => {
        const source = index.source.get(sourceId);
        if (!source) return null;
        return (
          <section
            key={sourceId}
            className="source-group"
            aria-label={t.evidence.fromSource(source.label)}
          >
            <SourceCitation source={source} />
            {list.map((p, i) => (
              <PassageFigure key={i} passage={p} source={source} />
            ))}
          </section>
        );
      })}
      {shown.length < passages.length ? (
        <button type="button" className="button show-all" onClick={() => setShowAll(true)}>
          {t.evidence.showAll(passages.length)}
        </button>
      ) : null}
    </>
  );
}
