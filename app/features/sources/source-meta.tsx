import type { Source } from '@/model/schema';

/** The source's metadata as the text states it; "not stated" where it does not. */
export function SourceMeta({ source }: { source: Source }) {
  const missing = <span className="not-stated">not stated</span>;
  const rows: [string, string | null | undefined][] = [
    [
      'Author',
      source.author && source.authorRole ? `${source.author}, ${source.authorRole}` : source.author,
    ],
    ['Outlet', source.outlet],
    ['Date', source.date],
  ];
  return (
    <dl className="source-view-meta">
      {rows.map(([term, value]) => (
        <div key={term}>
          <dt>{term}</dt>
          <dd>{value ?? missing}</dd>
        </div>
      ))}
      <div>
        <dt>Kind (ours)</dt>
        <dd>{source.genre}</dd>
      </div>
      {source.notes ? (
        <div>
          <dt>Our note</dt>
          <dd>{source.notes}</dd>
        </div>
      ) : null}
    </dl>
  );
}
