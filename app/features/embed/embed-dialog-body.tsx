import { useEffect, useRef, useState } from 'react';
import { useT } from '@/i18n/catalogue';
import { selectionIds } from '@/model/selection';
import { useUi } from '@/store/store';
import { appBase } from './embed-links';
import { embedSnippet } from './embed-snippet';

/** The Embed dialog: the iframe snippet for the current selection, and a Copy button. Opened
 *  (showModal) each time `opened` counts up; loaded on the first click, not with the page. */
export default function EmbedDialogBody({ opened }: { opened: number }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const selection = useUi((s) => s.selection);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const lang = useUi((s) => s.lang);
  const t = useT();
  const snippet = embedSnippet(
    appBase(window.location),
    selection && selectionIds(selection),
    lang,
    t.embed.iframeTitle,
  );
  const textarea = useRef<HTMLTextAreaElement>(null);

  useEffect(() => {
    dialog.current?.showModal();
  }, [opened]);

  const copy = async () => {
    try {
      await navigator.clipboard.writeText(snippet);
      setCopied('copied');
    } catch {
      // Clipboard refused (permissions, insecure context): select the text for a manual copy.
      textarea.current?.select();
      setCopied('failed');
    }
  };

  return (
    <dialog
      ref={dialog}
      className="embed-dialog"
      aria-labelledby="embed-dialog-title"
      onClose={() => setCopied('idle')}
    >
      <h2 id="embed-dialog-title">{t.embed.dialogTitle}</h2>
      <p>{selection ? t.embed.introSelection : t.embed.introWhole}</p>
      <label htmlFor="embed-code">{t.embed.code}</label>
      <textarea
        id="embed-code"
        ref={textarea}
        readOnly
        value={snippet}
        rows={5}
        spellCheck={false}
      />
      <p className="embed-dialog-status" role="status">
        {copied === 'copied' ? t.embed.copied : copied === 'failed' ? t.embed.copyBlocked : ''}
      </p>
      <div className="embed-dialog-actions">
        <button type="button" className="button-primary" onClick={() => void copy()}>
          {t.embed.copy}
        </button>
        <button type="button" className="button" onClick={() => dialog.current?.close()}>
          {t.embed.close}
        </button>
      </div>
    </dialog>
  );
}
