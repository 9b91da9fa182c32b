import { describe, expect, it } from 'vitest';
import { hostMessages } from './embed-messages';

function recorder() {
  const sent: unknown[] = [];
  return {
    sent,
    target: { postMessage: (m: unknown, origin: string) => void sent.push([m, origin]) },
  };
}

describe('host messages', () => {
  it('reports height in our, pym.js and AMP formats', () => {
    const { sent, target } = recorder();
    hostMessages(target, '?embed&childId=kz-map').height(612.4);
    expect(sent).toEqual([
      [{ type: 'relations-map:resize', height: 613, id: 'kz-map' }, '*'],
      ['pymxPYMxkz-mapxPYMxheightxPYMx613', '*'],
      [{ sentinel: 'amp', type: 'embed-size', height: 613 }, '*'],
    ]);
  });

  it('sends no pym message without a childId', () => {
    const { sent, target } = recorder();
    hostMessages(target, '?embed').height(400);
    expect(sent).toHaveLength(2);
    expect(sent[0]).toEqual([{ type: 'relations-map:resize', height: 400, id: null }, '*']);
  });

  it('reports the selection as the URL writes it', () => {
    const { sent, target } = recorder();
    const host = hostMessages(target, '?embed');
    host.selection(['kazakhstan', 'russia']);
    host.selection(null);
    expect(sent.map((s) => (s as [unknown])[0])).toEqual([
      { type: 'relations-map:select', select: 'kazakhstan,russia', id: null },
      { type: 'relations-map:select', select: null, id: null },
    ]);
  });
});
