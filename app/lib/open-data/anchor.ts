// Anchoring a quotation in its source text, the way the W3C Web Annotation model does it: a
// TextQuoteSelector (the exact words, with some context before and after) and a
// TextPositionSelector (where they start and end). The exports write selectors with these
// functions, the build re-anchors every one of them, and the source view finds its marks with
// anchorQuote too, so a quote that occurs twice is marked where the selector says.
//
// Passages match their source whitespace aside (validate.ts), so a passage is found with a
// regex that allows any run of whitespace where the passage has one, and `exact` is then the
// source's own characters. Pure: no DOM, no Node.

/** How much context a TextQuoteSelector carries on each side, in UTF-16 code units. */
export const CONTEXT = 32;

export interface Span {
  /** UTF-16 offsets into the JavaScript string (what String.prototype.slice takes). */
  start: number;
  end: number;
}

export interface QuoteSelector {
  exact: string;
  prefix?: string;
  suffix?: string;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Every place the passage occurs in the text, whitespace aside, in text order. */
export function findPassage(raw: string, passage: string): Span[] {
  const words = passage.trim().split(/\s+/u).filter(Boolean);
  if (!words.length) return [];
  const pattern = new RegExp(words.map(escapeRegExp).join('\\s+'), 'gu');
  return [...raw.matchAll(pattern)].map((m) => ({ start: m.index, end: m.index + m[0].length }));
}

/** The quote selector for a span: its exact characters, and up to CONTEXT on each side. */
export function quoteSelectorAt(raw: string, span: Span): Required<QuoteSelector> {
  return {
    exact: raw.slice(span.start, span.end),
    prefix: raw.slice(Math.max(0, span.start - CONTEXT), span.start),
    suffix: raw.slice(span.end, span.end + CONTEXT),
  };
}

/**
 * Where a quote selector points: every occurrence of `exact` is scored by how much of its
 * prefix and suffix agree (compared from the quote outwards), and the best wins; the position
 * hint (a UTF-16 offset) breaks ties, nearest first. Null when `exact` does not occur at all.
 */
export function anchorQuote(raw: string, quote: QuoteSelector, hint?: number): Span | null {
  if (!quote.exact) return null;
  let best: { span: Span; score: number; distance: number } | null = null;
  for (let at = raw.indexOf(quote.exact); at >= 0; at = raw.indexOf(quote.exact, at + 1)) {
    const span = { start: at, end: at + quote.exact.length };
    const score =
      agreeing(raw.slice(0, at), quote.prefix ?? '', 'backwards') +
      agreeing(raw.slice(span.end), quote.suffix ?? '', 'forwards');
    const distance = hint === undefined ? 0 : Math.abs(at - hint);
    if (!best || score > best.score || (score === best.score && distance < best.distance)) {
      best = { span, score, distance };
    }
  }
  return best?.span ?? null;
}

/** How many characters of `context` agree with `text`, counted from the quote outwards. */
function agreeing(text: string, context: string, direction: 'backwards' | 'forwards'): number {
  let n = 0;
  while (n < context.length && n < text.length) {
    const a = direction === 'forwards' ? text[n] : text[text.length - 1 - n];
    const b = direction === 'forwards' ? context[n] : context[context.length - 1 - n];
    if (a !== b) break;
    n++;
  }
  return n;
}

/**
 * A UTF-16 offset as a count of Unicode code points, which is what a TextPositionSelector
 * measures (Web Annotation Data Model §4.2.2: "character" positions are code points).
 */
export function codePointOffset(raw: string, utf16: number): number {
  let n = 0;
  for (let i = 0; i < utf16; i++) {
    const c = raw.charCodeAt(i);
    // A high surrogate followed by a low one is a single code point.
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < utf16) i++;
    n++;
  }
  return n;
}

/** The UTF-16 offset of a code point position (the inverse of codePointOffset). */
export function utf16Offset(raw: string, codePoints: number): number {
  let i = 0;
  for (let n = 0; n < codePoints && i < raw.length; n++) {
    const c = raw.charCodeAt(i);
    i += c >= 0xd800 && c <= 0xdbff && i + 1 < raw.length ? 2 : 1;
  }
  return i;
}
