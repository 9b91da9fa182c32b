import { useT } from '@/i18n/catalogue';
import type { Passage, Source } from '@/model/schema';
import { useUi } from '@/store/store';
import { PassageActions } from './passage-actions';

/** Whitespace aside, the quotation is the source's text; nothing is added inside it. */
function displayText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * One passage, verbatim in its own language (English), with our framing words in the
 * interface language. The speaker and the source's title and author stay as the text states
 * them and say so with lang="en"; outside English a note says the quotation is the original.
 */
export function PassageFigure({ passage, source }: { passage: Passage; source: Source }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const { speaker } = passage;
  return (
    <figure className={`passage passage--${passage.stance}`}>
      <blockquote lang="en">{displayText(passage.text)}</blockquote>
      <PassageActions passage={passage} source={source} />
      {passage.note ? (
        <p className="ours">
          <span className="ours-label">{t.evidence.ourNote}</span> {passage.note}
        </p>
      ) : null}
      {/* Last: HTML allows a figcaption only as a figure's first or last child. */}
      <figcaption>
        <span className={`stance stance--${passage.stance}`}>
          {t.evidence.stance[passage.stance]}
        </span>
        {speaker ? (
          <span className="speaker">
            {t.evidence.speaker[speaker.mode]}{' '}
            <span lang="en">
              {speaker.name}
              {speaker.role ? `, ${speaker.role}` : ''}
            </span>
          </span>
        ) : null}
        <span className="cite-line">
          {t.evidence.source}{' '}
          {source.title ? <cite lang="en">{source.title}</cite> : <cite>{source.label}</cite>}
          {source.author ? (
            <>
              , <span lang="en">{source.author}</span>
            </>
          ) : null}
        </span>
        {lang === 'en' ? null : (
          <span className="quoted-original">{t.language.quotedInOriginal}</span>
        )}
      </figcaption>
    </figure>
  );
}
