import { describe, expect, it } from 'vitest';
import { distinctPassages, lineEvidence } from './counts';
import { shipped } from './shipped-graph.fixture';

describe('counts of evidence', () => {
  it('count a quotation cited under several lines once', () => {
    const data = shipped();
    const uses = data.edges.reduce((n, e) => n + e.passages.length, 0);
    const { sources, passages } = lineEvidence(data);
    expect(passages).toBeLessThan(uses);
    // The essay's sentence on China, Russia, the USA, the EU, the OSCE and NATO is one quotation.
    const essay = data.edges.flatMap((e) =>
      e.passages.filter((p) => p.text.startsWith('For security preservation')),
    );
    expect(essay.length).toBeGreaterThan(1);
    expect(distinctPassages(essay)).toBe(1);
    // The commentary on the strategy speaks only of Kazakhstan itself: no line cites it.
    expect(sources).toBe(data.sources.length - 1);
  });

  it('ignore whitespace when telling quotations apart', () => {
    const p = { source: 's', voice: 'analyst', modality: 'states', terms: [], stance: 'supports' };
    expect(
      distinctPassages([
        { ...p, text: 'a  b' },
        { ...p, text: 'a\nb' },
      ] as never),
    ).toBe(1);
  });
});
