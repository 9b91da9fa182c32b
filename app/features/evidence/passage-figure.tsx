import type { Passage, Source } from '@/model/schema';
import { PassageActions } from './passage-actions';

const STANCE_LABEL = {
  supports: 'Supports the relation',
  qualifies: 'Qualifies the relation',
} as const;

/** Whitespace aside, the quotation is the source's text; nothing is added inside it. */
function displayText(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export function PassageFigure({ passage, source }: { passage: Passage; source: Source }) {
  const { speaker } = passage;
  return (
    <figure className={`passage passage--${passage.stance}`}>
      <blockquote lang="en">{displayText(passage.text)}</blockquote>
      <figcaption>
        <span className={`stance stance--${passage.stance}`}>{STANCE_LABEL[passage.stance]}</span>
        {speaker ? (
          <span className="speaker">
            {speaker.mode === 'quoted' ? 'Speaker: ' : 'Reported position of '}
            {speaker.name}
            {speaker.role ? `, ${speaker.role}` : ''}
          </span>
        ) : null}
        <span className="cite-line">
          Source: <cite>{source.title ?? source.label}</cite>
          {source.author ? `, ${source.author}` : ''}
        </span>
      </figcaption>
      <PassageActions passage={passage} source={source} />
      {passage.note ? (
        <p className="ours">
          <span className="ours-label">Our note</span> {passage.note}
        </p>
      ) : null}
    </figure>
  );
}
