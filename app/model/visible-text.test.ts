// Passages and names that would display other than they spell are refused.
import { describe, expect, it } from 'vitest';
import { shipped } from './shipped-graph.fixture';
import { checkVisibleText, hiddenChar, visibleName } from './visible-text';

const data = shipped();

describe('text that means what it shows', () => {
  it('names a bidi override or a zero-width space by its code point', () => {
    expect(hiddenChar('Kazakhstan \u202Eniatnuom\u202C')).toBe('U+202E');
    expect(hiddenChar('Rus\u200Bsia')).toBe('U+200B');
    expect(hiddenChar('Қазақстан – Ресей')).toBeNull();
  });

  it('compares names as a reader sees them', () => {
    expect(visibleName('Rus\u200Bsia')).toBe(visibleName('Russia'));
    expect(visibleName('ＵＮ')).toBe(visibleName('UN'));
  });

  it('refuses a passage with an override, and two names that look the same', () => {
    const [first, second] = data.nodes.filter((n) => !n.focal);
    const nodes = data.nodes.map((n) =>
      n === second ? { ...n, label: [...first!.label].join('\u200B') } : n,
    );
    const edges = data.edges.map((e, i) =>
      i ? e : { ...e, passages: [{ ...e.passages[0]!, text: `\u202E${e.passages[0]!.text}` }] },
    );
    const problems = checkVisibleText({ ...data, nodes, edges });
    expect(problems.map((p) => p.message).join('\n')).toMatch(/U\+202E/);
    expect(problems.map((p) => p.message).join('\n')).toMatch(/looks the same as/);
  });

  it('passes the shipped data', () => {
    expect(checkVisibleText(data)).toEqual([]);
  });
});
