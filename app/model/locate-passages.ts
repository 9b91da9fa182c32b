// Finds quoted passages in a source's raw text, whitespace aside, so the source view can mark
// them. Works on offsets only: the caller renders the pieces as text nodes, never as HTML.
import { normaliseWhitespace } from './validate';

export interface Piece {
  text: string;
  /** Indices (into the passages given) of the passages this piece belongs to. */
  marks: number[];
}

/** The raw text with every run of whitespace collapsed, and where each character came from. */
function normalisedWithOffsets(raw: string): { norm: string; from: number[] } {
  let norm = '';
  const from: number[] = [];
  let inSpace = false;
  for (let i = 0; i < raw.length; i++) {
    const ch = raw[i]!;
    if (/\s/u.test(ch)) {
      inSpace = norm.length > 0;
      continue;
    }
    if (inSpace) {
      norm += ' ';
      from.push(i - 1);
      inSpace = false;
    }
    norm += ch;
    from.push(i);
  }
  return { norm, from };
}

/** Splits `raw` into pieces, each marked with the passages that cover it. */
export function locatePassages(
  raw: string,
  passages: readonly string[],
): { pieces: Piece[]; missing: number[] } {
  const { norm, from } = normalisedWithOffsets(raw);
  const ranges: { start: number; end: number; i: number }[] = [];
  const missing: number[] = [];
  passages.forEach((p, i) => {
    const needle = normaliseWhitespace(p);
    const at = needle ? norm.indexOf(needle) : -1;
    if (at < 0) return void missing.push(i);
    ranges.push({ start: from[at]!, end: from[at + needle.length - 1]! + 1, i });
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
