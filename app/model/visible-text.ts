// Text that means what it shows. A passage is quoted verbatim, so a character that changes how
// it displays without showing itself — a bidi override or isolate, a zero-width space or joiner,
// a soft hyphen — would let a passage read as one sentence while its characters spell another,
// and two names look identical while they differ. The build and the editor refuse them in
// passages and names, and compare names after NFKC with such characters removed.
import type { GraphData } from './schema';

// Bidi embeddings, overrides, isolates and marks; zero-width and invisible format characters.
const HIDDEN = /[\u061C\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\u00AD\uFEFF]/u;
const HIDDEN_ALL = new RegExp(HIDDEN.source, 'gu');

const codePoint = (c: string) =>
  `U+${c.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}`;

/** The first hidden character in `s`, named by its code point (e.g. "U+202E"), or null. */
export function hiddenChar(s: string): string | null {
  const m = HIDDEN.exec(s);
  return m ? codePoint(m[0]) : null;
}

/** A name as a reader sees it: NFKC, hidden characters removed, case and spacing folded. */
export const visibleName = (s: string) =>
  s.normalize('NFKC').replace(HIDDEN_ALL, '').replace(/\s+/g, ' ').trim().toLowerCase();

export interface TextProblem {
  path: string;
  message: string;
}

const hiddenMessage = (c: string) =>
  `contains ${c}, an invisible or direction-changing character: it would display differently from what it spells`;

/** Hidden characters in passages and names, and names that look the same as another's. */
export function checkVisibleText(data: GraphData): TextProblem[] {
  const problems: TextProblem[] = [];
  const check = (s: string | null | undefined, path: string) => {
    const c = s ? hiddenChar(s) : null;
    if (c) problems.push({ path, message: hiddenMessage(c) });
  };
  const seen = new Map<string, number>();
  data.nodes.forEach((n, i) => {
    const here = `nodes[${i}] (${n.id})`;
    check(n.label, `${here}.label`);
    check(n.short, `${here}.short`);
    n.passages.forEach((p, j) => check(p.text, `${here}.passages[${j}].text`));
    const name = visibleName(n.label);
    const first = seen.get(name);
    // A repeated id is reported as such (validate.ts); only different entities are compared.
    if (first === undefined) seen.set(name, i);
    else if (data.nodes[first]!.id !== n.id)
      problems.push({ path: `${here}.label`, message: `looks the same as nodes[${first}]’s name` });
  });
  data.edges.forEach((e, i) =>
    e.passages.forEach((p, j) =>
      check(p.text, `edges[${i}] (${e.source}–${e.target}).passages[${j}].text`),
    ),
  );
  return problems;
}
