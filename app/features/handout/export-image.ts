// "Export SVG" and "Export PNG": the current view of the map, with a legend and a source line,
// as files for slides. The PNG is drawn from the same SVG through a canvas, on this page:
// no request leaves the origin.
import { bundleFor } from '@/i18n/bundles';
import type { Catalogue } from '@/i18n/en';
import type { GraphPort } from '@/lib/graph-port';
import type { GraphIndex } from '@/model/graph-index';
import { useUi } from '@/store/store';
import { buildMapSvg, serialize } from './map-svg';
import { mapAddress, sourceLines } from './source-lines';

export type ExportOutcome = 'done' | 'failed' | 'timeout';

/** What the classroom tools' status line says about an export. */
export function exportStatus(
  t: Catalogue,
  status: { phase: 'preparing' | ExportOutcome; format: string },
): string {
  if (status.phase === 'preparing') return t.shell.exportPreparing(status.format);
  if (status.phase === 'timeout') return t.shell.exportTimedOut(status.format);
  return status.phase === 'done' ? t.shell.exportDone(status.format) : t.shell.exportFailed;
}

/** Progress and success are for screen readers (the download itself shows); a failure is
 * shown to everyone, since nothing else would say the export stopped. */
export function exportStatusClass(status: { phase: string } | null): string {
  return status?.phase === 'failed' || status?.phase === 'timeout' ? '' : 'visually-hidden';
}

/**
 * How long drawing the PNG may take. A browser's image decoder can leave an SVG it dislikes
 * neither drawn nor refused, which left the status on "Preparing…" for good; past this the
 * export stops and says so. Generous: a large map on a slow phone takes a few seconds.
 */
export const PNG_TIMEOUT_MS = 20_000;

function timeout(ms: number): Promise<'timeout'> {
  return new Promise((resolve) => setTimeout(() => resolve('timeout'), ms));
}

// The file name stays the same in every language: it is a name for a file system, not a text.
const FILE = 'kazakhstan-relations-map';

function currentSvg(index: GraphIndex, map: GraphPort | null): SVGSVGElement | null {
  const live = map?.snapshot();
  if (!live) return null;
  // Called from a click handler, outside React: the language is read from the store.
  const lang = useUi.getState().lang;
  const ui = bundleFor(lang).ui;
  return buildMapSvg(live, {
    fit: 'view',
    inline: true,
    lang,
    title: ui.handout.mapTitle,
    sourceLines: sourceLines(index, ui, mapAddress(), new Date()),
  });
}

export function exportSvg(index: GraphIndex, map: GraphPort | null): ExportOutcome {
  const svg = currentSvg(index, map);
  if (!svg) return 'failed';
  download(new Blob([serialize(svg)], { type: 'image/svg+xml' }), `${FILE}.svg`);
  return 'done';
}

/** The PNG, or a message: never an exception, never a wait without end. */
export async function exportPng(
  index: GraphIndex,
  map: GraphPort | null,
  scale = 2,
): Promise<ExportOutcome> {
  const drawn = drawPng(index, map, scale).then(
    (blob) => blob,
    () => null,
  );
  const blob = await Promise.race([drawn, timeout(PNG_TIMEOUT_MS)]);
  if (blob === 'timeout') return 'timeout';
  if (!blob) return 'failed';
  download(blob, `${FILE}.png`);
  return 'done';
}

async function drawPng(index: GraphIndex, map: GraphPort | null, scale: number) {
  const svg = currentSvg(index, map);
  if (!svg) return null;
  const width = Number(svg.getAttribute('width'));
  const height = Number(svg.getAttribute('height'));
  const url = URL.createObjectURL(new Blob([serialize(svg)], { type: 'image/svg+xml' }));
  try {
    const img = new Image();
    img.src = url;
    await img.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const ctx = canvas.getContext('2d');
    if (!ctx) return null;
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    return await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
  } finally {
    URL.revokeObjectURL(url);
  }
}

function download(blob: Blob, name: string) {
  const a = document.createElement('a');
  a.href = URL.createObjectURL(blob);
  a.download = name;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke later: the download starts asynchronously from the click.
  setTimeout(() => URL.revokeObjectURL(a.href), 10_000);
}
