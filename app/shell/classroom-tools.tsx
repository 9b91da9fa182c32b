// Classroom buttons in the page header: start a tour, present, export the view, print the
// handout. The features behind them load on demand, so the first view stays small.
import { useState } from 'react';
import { enterFullscreen } from '@/lib/fullscreen';
import { useGraph } from '@/model/graph-api';
import { useUi } from '@/store/store';
import { DEFAULT_TOUR_ID } from '@/store/tour-slice';
import './classroom-tools.css';

export function ClassroomTools() {
  const touring = useUi((s) => s.tour !== null);
  const graph = useGraph();
  const [status, setStatus] = useState('');

  const exportAs = async (kind: 'svg' | 'png') => {
    if (!graph.data) return;
    setStatus(`Preparing the ${kind.toUpperCase()}…`);
    const { exportPng, exportSvg } = await import('@/features/handout/export-image');
    const ok = kind === 'svg' ? exportSvg(graph.data) : await exportPng(graph.data);
    setStatus(
      ok ? `The ${kind.toUpperCase()} file has been downloaded.` : 'The map could not be exported.',
    );
  };

  return (
    <div className="classroom-tools" role="group" aria-label="Classroom">
      {touring ? null : (
        <>
          <button
            type="button"
            className="button"
            onClick={() => useUi.getState().startTour(DEFAULT_TOUR_ID)}
          >
            Start tour
          </button>
          <button
            type="button"
            className="button for-slides"
            onClick={() => {
              // Inside the click: browsers grant fullscreen only to a gesture.
              enterFullscreen();
              useUi.getState().setPresenting(true);
            }}
          >
            Present
          </button>
        </>
      )}
      <button
        type="button"
        className="button for-slides"
        disabled={!graph.data}
        onClick={() => void exportAs('svg')}
      >
        Export SVG
      </button>
      <button
        type="button"
        className="button for-slides"
        disabled={!graph.data}
        onClick={() => void exportAs('png')}
      >
        Export PNG
      </button>
      <button type="button" className="button for-slides" onClick={() => window.print()}>
        Print handout
      </button>
      <p className="visually-hidden" role="status">
        {status}
      </p>
    </div>
  );
}
