import { useT } from '@/i18n/catalogue';
import { citationText } from '@/i18n/citation';
import type { Passage, Source } from '@/model/schema';
import { useCopy } from '@/lib/use-copy';
import { useUi } from '@/store/store';
import './passage-actions.css';

/** "Read in source" and "Copy citation" under a passage. */
export function PassageActions({ passage, source }: { passage: Passage; source: Source }) {
  const t = useT();
  const lang = useUi((s) => s.lang);
  const openSource = useUi((s) => s.openSource);
  const [copied, copy] = useCopy();
  return (
    <div className="passage-actions">
      <button
        type="button"
        className="link-button"
        onClick={() => openSource(source.id, passage.text)}
      >
        {t.evidence.readInSource}
      </button>
      <button
        type="button"
        className="link-button"
        onClick={() => copy(citationText(passage, source, lang, t))}
      >
        {t.evidence.copyCitation}
      </button>
      <span className="copy-status" role="status">
        {copied === 'copied'
          ? t.evidence.citationCopied
          : copied === 'failed'
            ? t.evidence.copyFailed
            : ''}
      </span>
    </div>
  );
}
