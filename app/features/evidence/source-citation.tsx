import { useT } from '@/i18n/catalogue';
import type { Source } from '@/model/schema';
import { reliabilityOf } from '@/model/strength';
import { useUi } from '@/store/store';

/**
 * A source's metadata exactly as the text states it (in English, marked lang="en"), and
 * "not stated" where it does not. Outside English a small note says the metadata is as stated.
 * A text with no byline or outlet says so in our words (reliabilityOf), above its passages.
 */
export function SourceCitation({ source }: { source: Source }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const missing = <span className="not-stated">{t.evidence.notStated}</span>;
  const stated = (value: string | null | undefined) =>
    value ? <span lang="en">{value}</span> : missing;
  const anyStated = Boolean(source.title ?? source.author ?? source.outlet ?? source.date);
  const reliability = reliabilityOf(source);
  return (
    <div className="source-citation">
      <p className="source-title">
        {source.title ? (
          <cite lang="en">{source.title}</cite>
        ) : (
          <>
            <cite>{source.label}</cite> <span className="not-stated">{t.evidence.untitled}</span>
          </>
        )}
      </p>
      <dl className="source-meta">
        <div>
          <dt>{t.evidence.author}</dt>
          <dd>
            {stated(source.author)}
            {source.author && source.authorRole ? (
              <>
                , <span lang="en">{source.authorRole}</span>
              </>
            ) : null}
          </dd>
        </div>
        <div>
          <dt>{t.evidence.outlet}</dt>
          <dd>{stated(source.outlet)}</dd>
        </div>
        <div>
          <dt>{t.evidence.date}</dt>
          <dd>{stated(source.date)}</dd>
        </div>
        <div>
          <dt>{t.evidence.kindOurs}</dt>
          <dd>{source.genre}</dd>
        </div>
      </dl>
      {reliability === 'attributed' ? null : (
        <p className={`reliability reliability--${reliability}`}>
          {t.honesty.reliability[reliability]}
        </p>
      )}
      {lang !== 'en' && anyStated ? (
        <p className="as-stated">{t.language.asStatedInOriginal}</p>
      ) : null}
    </div>
  );
}
