import { useT } from '@/i18n/catalogue';
import type { GraphIndex } from '@/model/graph-index';
import { edgeStrength } from '@/model/strength';
import type { GraphEdge } from '@/model/schema';

/**
 * How solid the line is, in words, computed from the data (strength.ts): the level the map
 * draws (two or more sources, one source, only an unverified text) and how much rests on an
 * unverified text. Kept to a line or two, so a phone still shows the first quotation.
 */
export function EdgeBasis({ edge, index }: { edge: GraphEdge; index: GraphIndex }) {
  const t = useT();
  const s = edgeStrength(edge, index.source);
  return (
    <section className={`basis basis--${s.level}`} aria-label={t.honesty.basis}>
      <p className="basis-level">
        <svg className="basis-swatch" viewBox="0 0 36 12" aria-hidden="true">
          <line className={`edge-line strength--${s.level}`} x1="2" y1="6" x2="34" y2="6" />
        </svg>
        <strong>
          {t.honesty.level[s.level]}
          {s.level !== 'unverified' && s.unverifiedSupportingSources
            ? `, ${t.honesty.plusUnverified(s.unverifiedSupportingSources)}`
            : ''}
        </strong>
      </p>
      {s.unverifiedPassages ? (
        <p className="basis-warning">
          {t.honesty.unverifiedCount(s.unverifiedPassages, s.passages)}
        </p>
      ) : null}
    </section>
  );
}

/** The firmest supporting voice and how firmly it speaks: first in the fold with the terms. */
export function FirmestSupport({ edge, index }: { edge: GraphEdge; index: GraphIndex }) {
  const t = useT();
  const firmest = edgeStrength(edge, index.source).strongest;
  return (
    <p className="basis-firmest">
      {firmest
        ? t.honesty.firmest(
            t.honesty.voice[firmest.voice],
            t.honesty.modality[firmest.modality],
            index.source.get(firmest.source)?.label ?? firmest.source,
          )
        : t.honesty.noSupport}
    </p>
  );
}
