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

/** What the classroom tools' status line says about an export. */
export function exportStatus(
  t: Catalogue,
  status: { phase: 'preparing' | 'done' | 'failed'; format: string },
): string {
  if (status.phase === 'preparing') return t.shell.exportPreparing(status.format);
  return status.phase === 'done' ? t.shell.exportDone(status.format) : t.shell.exportFailed;
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

export function exportSvg(index: GraphIndex, map: GraphPort | null): boolean {
  const svg = currentSvg(index, map);
  if (!svg) return false;
  download(new Blob([serialize(svg)], { type: 'image/svg+xml' }), `${FILE}.svg`);
  return true;
}

export async function exportPng(
  index: GraphIndex,
  map: GraphPort | null,
  scale = 2,
): Promise<boolean> {
  const svg = currentSvg(index, map);
  if (!svg) return false;
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
    if (!ctx) return false;
    ctx.scale(scale, scale);
    ctx.drawImage(img, 0, 0, width, height);
    const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, 'image/png'));
    if (!blob) return false;
    download(blob, `${FILE}.png`);
    return true;
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
