import { useState } from 'react';
import { Guarded, lazyRetry } from '@/lib/guard';
import { withFeatureTexts } from '@/i18n/bundles';
import { useT } from '@/i18n/catalogue';
import './embed.css';

// The dialog and its snippet code load on the first click: most visits never embed.
const EmbedDialogBody = lazyRetry(() => withFeatureTexts(import('./embed-dialog-body')));

/** "Embed" in the full view: opens the dialog with the iframe snippet for the current view. */
export function EmbedDialog() {
  const [opened, setOpened] = useState(0);
  const t = useT();
  return (
    <>
      <button
        type="button"
        className="button embed-button"
        aria-haspopup="dialog"
        onClick={() => setOpened((n) => n + 1)}
      >
        {t.embed.button}
      </button>
      {opened ? (
        <Guarded>
          <EmbedDialogBody opened={opened} />
        </Guarded>
      ) : null}
    </>
  );
}
