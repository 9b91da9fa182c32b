// The list inside "Download the data": each export with a one-line description, as plain
// links with `download`. The URLs are relative, so the site works from any sub-path.
import { useEffect, useRef, type RefObject } from 'react';
import { useT } from '@/i18n/catalogue';
import { DATASET_FILE, EXPORT_DIR, EXPORT_FILES } from '@/lib/open-data/files';
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
            <a href={EXPORT_DIR + f.name} download>
              {f.name}
            </a>{' '}
            <span>{t.openData[f.key]}</span>
          </li>
        ))}
      </ul>
      <p className="download-about">
        <a href={EXPORT_DIR + DATASET_FILE} download>
          {t.openData.about}
        </a>
      </p>
    </div>
  );
}
