// Finds quoted passages in a source's raw text so the source view can mark them, with the
// same anchoring as the exported Web Annotations (app/lib/open-data/anchor.ts): a passage with
// a quote selector (exact, prefix, suffix) is found there, its position as a hint, so a quote
// that occurs twice is marked where the selector says; a bare passage is found whitespace
// aside, first occurrence. Works on offsets only: the caller renders the pieces as text nodes,
// never as HTML.
import { anchorQuote, findPassage, type QuoteSelector, type Span } from '@/lib/open-data/anchor';

export interface Piece {
  text: string;
  /** Indices (into the passages given) of the passages this piece belongs to. */
  marks: number[];
}

/** A passage with, when known, its selector from the annotations (start: a UTF-16 hint). */
export interface Needle {
  text: string;
  quote?: QuoteSelector;
  start?: number;
}

function locate(raw: string, needle: string | Needle): Span | null {
  const n = typeof needle === 'string' ? { text: needle } : needle;
  if (n.quote) {
    const at = anchorQuote(raw, n.quote, n.start);
    if (at) return at;
  }
  return findPassage(raw, n.text)[0] ?? null;
}

/** Splits `raw` into pieces, each marked with the passages that cover it. */
export function locatePassages(
  raw: string,
  passages: readonly (string | Needle)[],
): { pieces: Piece[]; missing: number[] } {
  const ranges: { start: number; end: number; i: number }[] = [];
  const missing: number[] = [];
  passages.forEach((p, i) => {
    const at = locate(raw, p);
    if (!at) return void missing.push(i);
    ranges.push({ ...at, i });
  });
  const cuts = [...new Set([0, raw.length, ...ranges.flatMap((r) => [r.start, r.end])])].sort(
    (a, b) => a - b,
  );
  const pieces: Piece[] = [];
  for (let k = 0; k < cuts.length - 1; k++) {
    const [a, b] = [cuts[k]!, cuts[k + 1]!];
    const marks = ranges.filter((r) => r.start <= a && r.end >= b).map((r) => r.i);
    const last = pieces[pieces.length - 1];
    if (last && !marks.length && !last.marks.length) last.text += raw.slice(a, b);
    else pieces.push({ text: raw.slice(a, b), marks });
  }
  return { pieces, missing };
}
