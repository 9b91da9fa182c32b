// The printed handout (print stylesheet only): the whole map, then every relation with its
// passages, and the sources with their full citations. It is always in the DOM once loaded,
// hidden on screen, because a print dialog gives no time to fetch or render anything.
import { useEffect, useRef } from 'react';
import { edgeName, type GraphIndex } from '@/model/graph-index';
import type { Passage, Source } from '@/model/schema';
import { MAP_TITLE, sourceLines } from './export-image';
import { buildMapSvg, findLiveGraph } from './map-svg';
import './handout.css';

const STANCE = { supports: 'Supports the relation', qualifies: 'Qualifies the relation' } as const;

export default function PrintHandout({ index }: { index: GraphIndex }) {
  const { edges, sources } = index.data;
  const number = new Map(sources.map((s, i) => [s.id, i + 1]));
  return (
    <section className="handout" aria-label="Handout">
      <h1>{MAP_TITLE}: handout</h1>
      <p className="handout-intro">
        Every relation on the map rests on passages quoted word for word from the source texts
        (numbered at the end). Summaries and notes marked “ours” are our words.
      </p>
      <HandoutMap index={index} />
      <h2>Relations and their evidence</h2>
      {edges.map((e) => (
        <article key={`${e.source},${e.target}`} className="handout-relation">
          <h3>{edgeName(index, e)}</h3>
          <p className="ours">
            <span className="ours-label">Our summary</span> {e.summary}
          </p>
          {e.passages.map((p, i) => (
            <HandoutPassage
              key={i}
              passage={p}
              source={index.source.get(p.source)}
              n={number.get(p.source)}
            />
          ))}
        </article>
      ))}
      <h2>Sources</h2>
      <ol className="handout-sources">
        {sources.map((s) => (
          <li key={s.id}>
            <FullCitation source={s} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** The map as it is laid out on screen, rebuilt just before printing. */
function HandoutMap({ index }: { index: GraphIndex }) {
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const draw = () => {
      const live = findLiveGraph();
      // Under print media the live map is hidden and has no layout: keep the last drawing.
      if (!live || !holder.current || !live.getClientRects().length) return;
      const svg = buildMapSvg(live, {
        fit: 'all',
        inline: false,
        title: MAP_TITLE,
        sourceLines: sourceLines(index),
      });
      svg.setAttribute('width', '100%');
      svg.removeAttribute('height');
      holder.current.replaceChildren(svg);
    };
    draw();
    window.addEventListener('beforeprint', draw);
    return () => window.removeEventListener('beforeprint', draw);
  }, [index]);
  return <div className="handout-map" ref={holder} />;
}

function HandoutPassage(props: {
  passage: Passage;
  source: Source | undefined;
  n: number | undefined;
}) {
  const { passage, source, n } = props;
  return (
    <figure className={`handout-passage handout-passage--${passage.stance}`}>
      <blockquote lang="en">{passage.text.replace(/\s+/g, ' ').trim()}</blockquote>
      <figcaption>
        <strong>{STANCE[passage.stance]}</strong>
        {passage.speaker ? (
          <>
            {' · '}
            {passage.speaker.mode === 'quoted' ? 'Speaker: ' : 'Reported position of '}
            {passage.speaker.name}
            {passage.speaker.role ? `, ${passage.speaker.role}` : ''}
          </>
        ) : null}
        {' · '}Source [{n}]: <cite>{source ? (source.title ?? source.label) : passage.source}</cite>
        {source?.author ? `, ${source.author}` : ''}
      </figcaption>
      {passage.note ? (
        <p className="ours">
          <span className="ours-label">Our note</span> {passage.note}
        </p>
      ) : null}
    </figure>
  );
}

/** Metadata only as the text states it; "not stated" otherwise. */
function FullCitation({ source }: { source: Source }) {
  const stated = (v: string | null | undefined) => v ?? 'not stated';
  return (
    <>
      <cite>{source.title ?? `${source.label} (untitled; our label)`}</cite>. Author:{' '}
      {stated(source.author)}
      {source.author && source.authorRole ? `, ${source.authorRole}` : ''}. Outlet:{' '}
      {stated(source.outlet)}. Date: {stated(source.date)}. Kind (ours): {source.genre}.
    </>
  );
}
