import type { Source } from '@/model/schema';

/** A source's metadata exactly as the text states it, and "not stated" where it does not. */
export function SourceCitation({ source }: { source: Source }) {
  const missing = <span className="not-stated">not stated</span>;
  return (
    <div className="source-citation">
      <p className="source-title">
        {source.title ? (
          <cite>{source.title}</cite>
        ) : (
          <>
            <cite>{source.label}</cite> <span className="not-stated">(untitled; our label)</span>
          </>
        )}
      </p>
      <dl className="source-meta">
        <div>
          <dt>Author</dt>
          <dd>
            {source.author ?? missing}
            {source.author && source.authorRole ? `, ${source.authorRole}` : null}
          </dd>
        </div>
        <div>
          <dt>Outlet</dt>
          <dd>{source.outlet ?? missing}</dd>
        </div>
        <div>
          <dt>Date</dt>
          <dd>{source.date ?? missing}</dd>
        </div>
        <div>
          <dt>Kind (ours)</dt>
          <dd>{source.genre}</dd>
        </div>
      </dl>
    </div>
  );
}
