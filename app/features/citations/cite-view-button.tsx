import { useCopy } from '@/lib/use-copy';

/** Copies a link that reproduces the current view (selection, filters, open source). */
export function CiteViewButton() {
  const [copied, copy] = useCopy();
  return (
    <span className="cite-view">
      <button type="button" className="toolbar-button" onClick={() => copy(window.location.href)}>
        Cite this view
      </button>
      <span className="toolbar-status" role="status">
        {copied === 'copied' ? 'Link copied' : copied === 'failed' ? 'Could not copy the link' : ''}
      </span>
    </span>
  );
}
