import { useRef, useState } from 'react';
import { useUi } from '@/store/store';
import { appBase, embedSnippet } from './embed-snippet';
import './embed.css';

/** "Embed" in the full view: the iframe snippet for the current selection, and a Copy button. */
export function EmbedDialog() {
  const dialog = useRef<HTMLDialogElement>(null);
  const selection = useUi((s) => s.selection);
  const [copied, setCopied] = useState<'idle' | 'copied' | 'failed'>('idle');
  const lang = useUi((s) => s.lang);
  const snippet = embedSnippet(appBase(window.location), selection, lang);
  const textarea = useRef<HTMLTextAreaElement>(null);

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
    <>
      <button
        type="button"
        className="button embed-button"
        onClick={() => {
          setCopied('idle');
          dialog.current?.showModal();
        }}
      >
        Embed
      </button>
      <dialog ref={dialog} className="embed-dialog" aria-labelledby="embed-dialog-title">
        <h2 id="embed-dialog-title">Embed this map</h2>
        <p>
          Paste this into an article. The map opens on{' '}
          {selection ? 'the current selection' : 'the whole map'}, resizes itself with the script
          line, and makes no requests to any other site.
        </p>
        <label htmlFor="embed-code">Embed code</label>
        <textarea
          id="embed-code"
          ref={textarea}
          readOnly
          value={snippet}
          rows={5}
          spellCheck={false}
        />
        <p className="embed-dialog-status" role="status">
          {copied === 'copied'
            ? 'Copied to the clipboard.'
            : copied === 'failed'
              ? 'Copying was blocked; the code is selected, press Ctrl+C or ⌘C.'
              : ''}
        </p>
        <div className="embed-dialog-actions">
          <button type="button" className="button-primary" onClick={() => void copy()}>
            Copy
          </button>
          <button type="button" className="button" onClick={() => dialog.current?.close()}>
            Close
          </button>
        </div>
      </dialog>
    </>
  );
}
