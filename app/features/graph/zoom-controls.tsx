import { useT } from '@/i18n/catalogue';
import type { ZoomControls as Controls } from './use-zoom';

export function ZoomControls({ controls }: { controls: Controls }) {
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
        {t.graph.fit}
      </button>
    </div>
  );
}
