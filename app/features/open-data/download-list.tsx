// The list inside "Download the data": each export with a one-line description, as plain
// links with `download`. The URLs are relative, so the site works from any sub-path; the
// linked-data files are saved with their IRIs resolved against it (resolved-download.ts).
import { useEffect, useRef, type MouseEvent, type RefObject } from 'react';
import { useT } from '@/i18n/catalogue';
import { DATASET_FILE, EXPORT_DIR, EXPORT_FILES } from '@/lib/open-data/files';
import { downloadResolved, RESOLVED } from './resolved-download';
import './download-list.css';

/** Like the filter pop-over, its <details> closes on Escape (focus back on the summary) and on
 * a click outside. Registered here, not in the shell, to keep it out of the first view. */
function useClosing(body: RefObject<HTMLDivElement | null>) {
  useEffect(() => {
    const menu = body.current?.closest('details');
    if (!menu) return;
    const onPointer = (e: PointerEvent) => {
      if (menu.open && !menu.contains(e.target as Node)) menu.open = false;
    };
    const onKey = (e: KeyboardEvent) => {
      if (e.key !== 'Escape' || !menu.open) return;
      e.preventDefault();
      menu.open = false;
      menu.querySelector('summary')?.focus();
    };
    document.addEventListener('pointerdown', onPointer);
    menu.addEventListener('keydown', onKey);
    return () => {
      document.removeEventListener('pointerdown', onPointer);
      menu.removeEventListener('keydown', onKey);
    };
  }, [body]);
}

/** A plain download, or for linked data the copy with its IRIs resolved. */
function onDownload(e: MouseEvent<HTMLAnchorElement>, name: string) {
  if (!RESOLVED.has(name)) return;
  e.preventDefault();
  void downloadResolved(e.currentTarget, name);
}

export default function DownloadList() {
  const t = useT();
  const body = useRef<HTMLDivElement>(null);
  useClosing(body);
  return (
    <div className="download-body" ref={body}>
      <p>{t.openData.intro}</p>
      <ul>
        {EXPORT_FILES.map((f) => (
          <li key={f.key}>
            <a href={EXPORT_DIR + f.name} download onClick={(e) => onDownload(e, f.name)}>
              {f.name}
            </a>{' '}
            <span>{t.openData[f.key]}</span>
          </li>
        ))}
      </ul>
      <p className="download-about">
        <a href={EXPORT_DIR + DATASET_FILE} download onClick={(e) => onDownload(e, DATASET_FILE)}>
          {t.openData.about}
        </a>
      </p>
    </div>
  );
}
