// Files in and out of the editor, all read as text and never inserted as HTML: a map package
// saved as one JSON download, and source texts opened from .txt, .md or .html files (HTML is
// reduced to its text by the browser's parser, which runs no script and loads nothing).
import type { MapPackage } from '@/model/map-package';
import { MAX_PACKAGE_BYTES } from '@/model/package-api';
import { MAX_SOURCE_CHARS } from '@/model/map-package';

export function downloadPackage(pkg: MapPackage, name = 'evidence-map.json') {
  downloadText(JSON.stringify(pkg, null, 2) + '\n', name);
}

/** Offers a text as a download, as it is (a package, or a stored draft that does not read). */
export function downloadText(text: string, name: string) {
  const blob = new Blob([text], { type: 'application/json' });
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = name;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** A file's text, or null when it is larger than `max` bytes (refused before reading). */
export async function readText(file: File, max = MAX_PACKAGE_BYTES): Promise<string | null> {
  if (file.size > max) return null;
  return file.text();
}

/** The text of a source file: .html reduced to its text content; anything else as it is. */
export async function readSourceFile(file: File): Promise<{ text: string; html: boolean } | null> {
  const raw = await readText(file, MAX_SOURCE_CHARS * 4);
  if (raw === null) return null;
  const html = /\.html?$/i.test(file.name) || file.type === 'text/html';
  if (!html) return { text: raw, html };
  const doc = new DOMParser().parseFromString(raw, 'text/html');
  doc.querySelectorAll('script, style, noscript, template').forEach((el) => el.remove());
  const text = (doc.body?.textContent ?? '').replace(/\n{3,}/g, '\n\n');
  return { text: text.trim() + '\n', html };
}
