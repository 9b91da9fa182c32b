// A passage's citation in plain text, for the clipboard: the quotation (whitespace aside,
// exactly the source's words) and a source line stating only what the text states. The
// framing words and quotation marks follow the interface language; the quotation, speaker
// and metadata stay as written.
import type { Passage, Source } from '@/model/schema';
import { reliabilityOf } from '@/model/line-level';
import type { Catalogue } from './en';
import { quote } from './quotes';
import type { Lang } from './langs';

export function citationText(
  passage: Passage,
  source: Source,
  lang: Lang,
  ui: Pick<Catalogue, 'evidence' | 'honesty'>,
): string {
  const words = ui.evidence;
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
  // A copied quotation keeps its source's standing: "Unverified text" travels with it.
  const reliability = reliabilityOf(source);
  const mark = reliability === 'attributed' ? '' : ` — ${ui.honesty.mark[reliability]}`;
  return [quoted, who, words.citation.sourceLine(parts.join(', ')) + mark]
    .filter(Boolean)
    .join('\n');
}
