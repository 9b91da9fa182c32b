import { useMemo } from 'react';
import { useT } from '@/i18n/catalogue';
import { utf16Offset } from '@/lib/open-data/anchor';
import { locatePassages } from '@/model/locate-passages';
import { normaliseWhitespace } from '@/model/validate';
import type { Quoted } from './source-passages';
import type { SourceAnchor } from './use-source-anchors';

/**
 * The raw source text with the quoted passages marked. Every piece is a React text node: the
 * text is shown as received, never parsed as HTML.
 */
export function SourceText(props: {
  raw: string;
  quoted: Quoted[];
  highlight: string | null;
  /** The passages' selectors from the exported annotations, when they have loaded. */
  anchors?: ReadonlyMap<string, SourceAnchor> | undefined;
}) {
  const { raw, quoted, highlight, anchors } = props;
  const t = useT();
  const stanceWord = { supports: t.sources.markSupports, qualifies: t.sources.markQualifies };
  const { pieces, missing } = useMemo(
    () =>
      locatePassages(
        raw,
        quoted.map((q) => {
          const a = anchors?.get(normaliseWhitespace(q.text));
          if (!a) return q.text;
          const start = a.start === undefined ? undefined : utf16Offset(raw, a.start);
          return { text: q.text, quote: a.quote, start };
        }),
      ),
    [raw, quoted, anchors],
  );
  const current = highlight
    ? quoted.findIndex((q) => normaliseWhitespace(q.text) === normaliseWhitespace(highlight))
    : -1;
  const firstCurrent = current < 0 ? -1 : pieces.findIndex((p) => p.marks.includes(current));
  return (
    <>
      {missing.length ? (
        <p className="notice-inline" role="status">
          {t.sources.notLocated(missing.length)}
        </p>
      ) : null}
      <div className="source-text" lang="en">
        {pieces.map((piece, k) => {
          if (!piece.marks.length) return piece.text;
          const uses = piece.marks.flatMap((i) => quoted[i]!.uses);
          const qualifies = uses.some((u) => u.stance === 'qualifies');
          const isCurrent = piece.marks.includes(current);
          const first = k === firstCurrent;
          return (
            <mark
              key={k}
              id={first ? 'current-passage' : undefined}
              tabIndex={first ? -1 : undefined}
              aria-current={isCurrent ? 'true' : undefined}
              className={`source-mark source-mark--${qualifies ? 'qualifies' : 'supports'}${isCurrent ? ' is-current' : ''}`}
              title={uses.map((u) => `${u.name} (${stanceWord[u.stance]})`).join('; ')}
            >
              {piece.text}
            </mark>
          );
        })}
      </div>
    </>
  );
}
