import { useT } from '@/i18n/catalogue';
import type { Passage, Source } from '@/model/schema';
import { reliabilityOf } from '@/model/strength';
import { useUi } from '@/store/store';
import { PassageActions } from './passage-actions';
import { ReliabilityMark } from './reliability-mark';
import './honesty.css';

/** Whitespace aside, the quotation is the source's text; nothing is added inside it. */
function displayText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/**
 * One passage, verbatim in its own language (English), with our framing words in the
 * interface language: whether it supports or qualifies the relation, who speaks (the voice)
 * and how firmly (the modality), the speaker as the text names them, and a mark when the text
 * cannot be verified. The speaker and the source's title and author stay as the text states
 * them, with lang="en". The figcaption is the figure's last child (HTML requires first or
 * last); our note and the actions sit inside it, after the citation.
 */
export function PassageFigure({ passage, source }: { passage: Passage; source: Source }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const { speaker } = passage;
  const reliability = reliabilityOf(source);
  return (
    <figure className={`passage passage--${passage.stance} passage--${reliability}`}>
      <blockquote lang="en">{displayText(passage.text)}</blockquote>
      <figcaption>
        <span className="caption-line">
          <span className={`stance stance--${passage.stance}`}>
            {t.evidence.stance[passage.stance]}
          </span>
          <span className="voice">
            {t.honesty.voiceLine(
              t.honesty.voice[passage.voice],
              t.honesty.modality[passage.modality],
            )}
          </span>
          <ReliabilityMark reliability={reliability} />
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
        {passage.note ? (
          <span className="ours passage-note">
            <span className="ours-label">{t.evidence.ourNote}</span> {passage.note}
          </span>
        ) : null}
        <PassageActions passage={passage} source={source} />
      </figcaption>
    </figure>
  );
}
