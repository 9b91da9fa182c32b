import { useT } from '@/i18n/catalogue';
import { useCopy } from '@/lib/use-copy';

/** Copies a link that reproduces the current view (selection, filters, open source). */
export function CiteViewButton() {
  const t = useT();
  const [copied, copy] = useCopy();
  return (
    <span className="cite-view">
      <button type="button" className="toolbar-button" onClick={() => copy(window.location.href)}>
        {t.evidence.citeView}
      </button>
      <span className="toolbar-status" role="status">
        {copied === 'copied'
          ? t.evidence.linkCopied
          : copied === 'failed'
            ? t.evidence.linkCopyFailed
            : ''}
      </span>
    </span>
  );
}
