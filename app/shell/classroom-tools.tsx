// Classroom buttons in the page header: start a tour, present, export the view, print the
// handout. The features behind them load on demand, so the first view stays small.
import { useState } from 'react';
import { withFeatureTexts } from '@/i18n/bundles';
import { useT } from '@/i18n/catalogue';
import { useGraph } from '@/i18n/use-localized';
import { useUi } from '@/store/store';
import { useGraphPort } from './graph-port-context';
import './classroom-tools.css';

type Exporter = typeof import('@/features/handout/export-image');
type ExportStatus = Parameters<Exporter['exportStatus']>[1];

export function ClassroomTools() {
  const touring = useUi((s) => s.tour !== null);
  const startTour = useUi((s) => s.startTour);
  const present = useUi((s) => s.present);
  const graph = useGraph();
  const map = useGraphPort();
  // Held as a phase, not as text, so a language switch re-words the last status. It is worded
  // by the export's own chunk (with its English texts), loaded at the first export.
  const [status, setStatus] = useState<ExportStatus | null>(null);
  const [exporter, setExporter] = useState<Exporter | null>(null);
  const t = useT();

  const exportAs = async (kind: 'svg' | 'png') => {
    if (!graph.data) return;
    const format = kind.toUpperCase();
    const m = await withFeatureTexts(import('@/features/handout/export-image'));
    const { exportPng, exportSvg } = m;
    setExporter(() => m);
    setStatus({ phase: 'preparing', format });
    const phase = kind === 'svg' ? exportSvg(graph.data, map) : await exportPng(graph.data, map);
    setStatus({ phase, format });
  };

  return (
    <div className="classroom-tools" role="group" aria-label={t.shell.classroom}>
      {touring ? null : (
        <>
          <button type="button" className="button" onClick={() => startTour()}>
            {t.shell.startTour}
          </button>
          <button
            type="button"
            className="button for-slides"
            // Inside the click: browsers grant fullscreen only to a gesture.
            onClick={present}
          >
            {t.shell.present}
          </button>
        </>
      )}
      <button
        type="button"
        className="button for-slides"
        disabled={!graph.data}
        onClick={() => void exportAs('svg')}
      >
        {t.shell.exportSvg}
      </button>
      <button
        type="button"
        className="button for-slides"
        disabled={!graph.data}
        onClick={() => void exportAs('png')}
      >
        {t.shell.exportPng}
      </button>
      <button type="button" className="button for-slides" onClick={() => window.print()}>
        {t.shell.printHandout}
      </button>
      {/* The export's chunk says whether its status is for everyone: exportStatusClass. */}
      <p className={exporter?.exportStatusClass(status) ?? 'visually-hidden'} role="status">
        {status && exporter ? exporter.exportStatus(t, status) : ''}
      </p>
    </div>
  );
}
