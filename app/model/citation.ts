// A passage's citation in plain text, for the clipboard: the quotation (whitespace aside,
// exactly the source's words) and a source line stating only what the text states.
import type { Passage, Source } from './schema';

export function citationText(passage: Passage, source: Source): string {
  const quote = `“${passage.text.replace(/\s+/g, ' ').trim()}”`;
  const { speaker } = passage;
  const who = speaker
    ? `${speaker.mode === 'quoted' ? '— ' : 'Position of '}${speaker.name}${speaker.role ? `, ${speaker.role}` : ''}${speaker.mode === 'reported' ? ', as reported' : ''}`
    : null;
  const title = source.title ?? `${source.label} (untitled; our label)`;
  const parts = [title, source.author, source.outlet, source.date].filter(Boolean);
  return [quote, who, `Source: ${parts.join(', ')}`].filter(Boolean).join('\n');
}
