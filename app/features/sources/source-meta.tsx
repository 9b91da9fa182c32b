import { useT } from '@/i18n/catalogue';
import type { Source } from '@/model/schema';
import { reliabilityOf } from '@/model/strength';
import { useUi } from '@/store/store';

/**
 * The source's metadata as the text states it (in English, marked lang="en"); "not stated"
 * where it does not. Outside English a note says the metadata is given as stated.
 */
export function SourceMeta({ source }: { source: Source }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const missing = <span className="not-stated">{t.evidence.notStated}</span>;
  const rows: [string, string, string | null | undefined][] = [
    [
      'author',
      t.evidence.author,
      source.author && source.authorRole ? `${source.author}, ${source.authorRole}` : source.author,
    ],
    ['outlet', t.evidence.outlet, source.outlet],
    ['date', t.evidence.date, source.date],
  ];
  return (
    <>
      <dl className="source-view-meta">
        {rows.map(([key, term, value]) => (
          <div key={key}>
            <dt>{term}</dt>
            <dd>{value ? <span lang="en">{value}</span> : missing}</dd>
          </div>
        ))}
        <div>
          <dt>{t.evidence.kindOurs}</dt>
          <dd>{source.genre}</dd>
        </div>
        <div className={`source-view-reliability reliability--${reliabilityOf(source)}`}>
          <dt>{t.honesty.provenance}</dt>
          <dd>{t.honesty.reliability[reliabilityOf(source)]}</dd>
        </div>
        {source.notes ? (
          <div>
            <dt>{t.evidence.ourNote}</dt>
            <dd>{source.notes}</dd>
          </div>
        ) : null}
      </dl>
      {lang !== 'en' && rows.some(([, , value]) => value) ? (
        <p className="source-view-as-stated">{t.language.asStatedInOriginal}</p>
      ) : null}
    </>
  );
}
