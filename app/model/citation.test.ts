import { describe, expect, it } from 'vitest';
import { citationText } from './citation';
import type { Source } from './schema';

const source: Source = {
  id: 's',
  file: 's.txt',
  title: null,
  label: 'Report on a law',
  genre: 'news report',
  author: 'A. Writer',
  outlet: null,
  date: '1 May 2020',
};

describe('citationText', () => {
  it('quotes the passage and names its source with only the stated metadata', () => {
    const text = citationText(
      {
        source: 's',
        text: 'Russia is\n  an ally.',
        stance: 'supports',
        speaker: { name: 'Tokayev', role: 'President', mode: 'quoted' },
      },
      source,
    );
    expect(text).toBe(
      '“Russia is an ally.”\n— Tokayev, President\nSource: Report on a law (untitled; our label), A. Writer, 1 May 2020',
    );
  });
});
