// The printed handout (print stylesheet only): the whole map, then every relation with its
// passages, and the sources with their full citations. It is always in the DOM once loaded,
// hidden on screen, because a print dialog gives no time to fetch or render anything.
// Its framing words are in the interface language; passages stay verbatim (lang="en"), and
// so do speakers and the metadata a text states about itself.
import { useEffect, useRef } from 'react';
import { useT } from '@/i18n/catalogue';
import type { Catalogue } from '@/i18n/en';
import type { GraphPort } from '@/lib/graph-port';
import { edgeName, type GraphIndex } from '@/model/graph-index';
import type { GraphEdge, Passage, Source } from '@/model/schema';
import { isContested } from '@/model/claims';
import { edgeStrength, reliabilityOf } from '@/model/strength';
import { useUi } from '@/store/store';
import { mapAddress, sourceLines } from './source-lines';
import { buildMapSvg } from './map-svg';
import './handout.css';

export default function PrintHandout(props: { index: GraphIndex; map: GraphPort | null }) {
  const { index, map } = props;
  const t = useT();
  const { edges, sources } = index.data;
  const number = new Map(sources.map((s, i) => [s.id, i + 1]));
  return (
    <section className="handout" aria-label={t.handout.label}>
      <h1>{t.handout.heading(t.handout.mapTitle)}</h1>
      <p className="handout-intro">{t.handout.intro}</p>
      <HandoutMap index={index} map={map} />
      <h2>{t.handout.relations}</h2>
      {edges.map((e) => (
        <article key={`${e.source},${e.target}`} className="handout-relation">
          <h3>{edgeName(index, e)}</h3>
          <HandoutBasis edge={e} index={index} t={t} />
          <p className="ours">
            <span className="ours-label">{t.evidence.ourSummary}</span> {e.summary}
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
      <h2>{t.handout.sources}</h2>
      <ol className="handout-sources">
        {sources.map((s) => (
          <li key={s.id}>
            <FullCitation source={s} t={t} />
          </li>
        ))}
      </ol>
    </section>
  );
}

/** What a line is drawn as and how solid it is, in the same words as the evidence panel. */
function HandoutBasis({ edge, index, t }: { edge: GraphEdge; index: GraphIndex; t: Catalogue }) {
  const s = edgeStrength(edge, index.source);
  const plus = s.level !== 'unverified' ? s.unverifiedSupportingSources : 0;
  return (
    <p className="handout-basis">
      {t.evidence.relationIs} {edge.label} ({t.relation[edge.relation]}) ·{' '}
      {t.honesty.level[s.level]}
      {plus ? `, ${t.honesty.plusUnverified(plus)}` : ''}
      {isContested(edge) ? ` · ${t.honesty.contestedShort}` : ''}
    </p>
  );
}

/** The map as it is laid out on screen, rebuilt just before printing. */
function HandoutMap({ index, map }: { index: GraphIndex; map: GraphPort | null }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const holder = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const draw = () => {
      // Under print media the live map is hidden and has no layout (no snapshot): keep the last
      // drawing.
      const live = map?.snapshot();
      if (!live || !holder.current) return;
      const svg = buildMapSvg(live, {
        fit: 'all',
        inline: false,
        lang,
        title: t.handout.mapTitle,
        sourceLines: sourceLines(index, t, mapAddress(), new Date()),
      });
      svg.setAttribute('width', '100%');
      svg.removeAttribute('height');
      holder.current.replaceChildren(svg);
    };
    draw();
    window.addEventListener('beforeprint', draw);
    return () => window.removeEventListener('beforeprint', draw);
  }, [index, map, t, lang]);
  return <div className="handout-map" ref={holder} />;
}

function HandoutPassage(props: {
  passage: Passage;
  source: Source | undefined;
  n: number | undefined;
}) {
  const { passage, source, n } = props;
  const t = useT();
  const lang = useUi((s) => s.lang);
  const { speaker } = passage;
  const reliability = source ? reliabilityOf(source) : 'attributed';
  return (
    <figure className={`handout-passage handout-passage--${passage.stance}`}>
      <blockquote lang="en">{passage.text.replace(/\s+/g, ' ').trim()}</blockquote>
      <figcaption>
        <strong>{t.evidence.stance[passage.stance]}</strong>
        {' · '}
        {t.honesty.voiceLine(t.honesty.voice[passage.voice], t.honesty.modality[passage.modality])}
        {reliability !== 'attributed' ? (
          <>
            {' · '}
            <strong>{t.honesty.mark[reliability]}</strong>
          </>
        ) : null}
        {speaker ? (
          <>
            {' · '}
            {t.evidence.speaker[speaker.mode]}{' '}
            <span lang="en">
              {speaker.name}
              {speaker.role ? `, ${speaker.role}` : ''}
            </span>
          </>
        ) : null}
        {' · '}
        {t.handout.sourceRef(n ?? 0)}{' '}
        {source?.title ? (
          <cite lang="en">{source.title}</cite>
        ) : (
          <cite>{source ? source.label : passage.source}</cite>
        )}
        {source?.author ? (
          <>
            , <span lang="en">{source.author}</span>
          </>
        ) : null}
        {lang === 'en' ? null : (
          <>
            {' · '}
            <em>{t.language.quotedInOriginal}</em>
          </>
        )}
        {/* Inside the caption: a figcaption must be the figure's first or last child. */}
        {passage.note ? (
          <span className="ours handout-note">
            <span className="ours-label">{t.evidence.ourNote}</span> {passage.note}
          </span>
        ) : null}
      </figcaption>
    </figure>
  );
}

/** Metadata only as the text states it (lang="en"); "not stated" otherwise. */
function FullCitation({ source, t }: { source: Source; t: Catalogue }) {
  const stated = (v: string | null | undefined) =>
    v ? <span lang="en">{v}</span> : t.evidence.notStated;
  return (
    <>
      {source.title ? (
        <cite lang="en">{source.title}</cite>
      ) : (
        <cite>{`${source.label} ${t.evidence.untitled}`}</cite>
      )}
      . {t.evidence.author}: {stated(source.author)}
      {source.author && source.authorRole ? (
        <>
          , <span lang="en">{source.authorRole}</span>
        </>
      ) : null}
      . {t.evidence.outlet}: {stated(source.outlet)}. {t.evidence.date}: {stated(source.date)}.{' '}
      {t.evidence.kindOurs}: {source.genre}.
    </>
  );
}
