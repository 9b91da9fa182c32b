import type { ZoomControls as Controls } from './use-zoom';

export function ZoomControls({ controls }: { controls: Controls }) {
  return (
    <div className="zoom-controls" role="group" aria-label="Zoom">
      <button type="button" onClick={controls.zoomIn} aria-label="Zoom in" title="Zoom in">
        +
      </button>
      <button type="button" onClick={controls.zoomOut} aria-label="Zoom out" title="Zoom out">
        −
      </button>
      <button
        type="button"
        onClick={() => controls.fit(true)}
        aria-label="Fit to view"
        title="Fit the whole map in view"
      >
        Fit
      </button>
    </div>
  );
}
