import { citationText } from '@/model/citation';
import type { Passage, Source } from '@/model/schema';
import { useCopy } from '@/lib/use-copy';
import { useUi } from '@/store/store';
import './passage-actions.css';

/** "Read in source" and "Copy citation" under a passage. */
export function PassageActions({ passage, source }: { passage: Passage; source: Source }) {
  const openSource = useUi((s) => s.openSource);
  const [copied, copy] = useCopy();
  return (
    <div className="passage-actions">
      <button
        type="button"
        className="link-button"
        onClick={() => openSource(source.id, passage.text)}
      >
        Read in source
      </button>
      <button
        type="button"
        className="link-button"
        onClick={() => copy(citationText(passage, source))}
      >
        Copy citation
      </button>
      <span className="copy-status" role="status">
        {copied === 'copied'
          ? 'Citation copied'
          : copied === 'failed'
            ? 'Could not copy: select the text instead'
            : ''}
      </span>
    </div>
  );
}
