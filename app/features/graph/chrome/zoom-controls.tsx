import { useT } from '@/i18n/catalogue';
import type { View } from '../view/zoom-policy';

/** What the zoom buttons drive: each painter's zoom. */
export interface ZoomActions {
  zoomIn: () => void;
  zoomOut: () => void;
  fit: (animate?: boolean) => void;
  /** The view drawn now: screen = world × k + (x, y). */
  view: () => View;
}

export function ZoomControls({ controls }: { controls: ZoomActions }) {
  const t = useT();
  return (
    <div className="zoom-controls" role="group" aria-label={t.graph.zoom}>
      <button
        type="button"
        onClick={controls.zoomIn}
        aria-label={t.graph.zoomIn}
        title={t.graph.zoomIn}
      >
        +
      </button>
      <button
        type="button"
        onClick={controls.zoomOut}
        aria-label={t.graph.zoomOut}
        title={t.graph.zoomOut}
      >
        −
      </button>
      <button
        type="button"
        onClick={() => controls.fit(true)}
        aria-label={t.graph.fitLabel}
        title={t.graph.fitTitle}
      >
        {/* Four corners: the same mark in every language, so the column stays narrow. */}
        <svg viewBox="0 0 20 20" width="18" height="18" aria-hidden="true" className="fit-icon">
          <path d="M2 7V2h5M13 2h5v5M18 13v5h-5M7 18H2v-5" />
        </svg>
      </button>
    </div>
  );
}
