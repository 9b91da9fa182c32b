// "Download the data": a disclosure in the reading toolbar listing the open-data files
// (data/export/, built at build time). Only the summary is in the first view (the first-view
// budget is tight); the list, its texts and its closing behaviour load when first opened.
import { useState } from 'react';
import { Guarded, lazyRetry } from '@/lib/guard';
import { withFeatureTexts } from '@/i18n/bundles';
import { useT } from '@/i18n/catalogue';
import './download-menu.css';

const DownloadList = lazyRetry(() =>
  withFeatureTexts(import('@/features/open-data/download-list')),
);

export function DownloadMenu() {
  const t = useT();
  const [opened, setOpened] = useState(false);
  return (
    <details className="download-menu" onToggle={(e) => e.currentTarget.open && setOpened(true)}>
      <summary>{t.shell.downloadData}</summary>
      {opened ? (
        <Guarded>
          <DownloadList />
        </Guarded>
      ) : null}
    </details>
  );
}
