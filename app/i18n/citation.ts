// A passage's citation in plain text, for the clipboard: the quotation (whitespace aside,
// exactly the source's words) and a source line stating only what the text states. The
// framing words and quotation marks follow the interface language; the quotation, speaker
// and metadata stay as written.
import type { Passage, Source } from '@/model/schema';
import type { Catalogue } from './en';
import { quote } from './quotes';
import type { Lang } from './langs';

export function citationText(
  passage: Passage,
  source: Source,
  lang: Lang,
  words: Catalogue['evidence'],
): string {
  const quoted = quote(lang, passage.text.replace(/\s+/g, ' ').trim());
  const { speaker } = passage;
  const name = speaker ? `${speaker.name}${speaker.role ? `, ${speaker.role}` : ''}` : null;
  const who = speaker
    ? speaker.mode === 'quoted'
      ? `— ${name}`
      : words.citation.reportedPosition(name ?? '')
    : null;
  const title = source.title ?? `${source.label} ${words.untitled}`;
  const parts = [title, source.author, source.outlet, source.date].filter(Boolean);
  return [quoted, who, words.citation.sourceLine(parts.join(', '))].filter(Boolean).join('\n');
}
