// Messages an embedded map sends its host page (docs/contract.md "Embedding"): its content height
// in three formats (ours, pym.js, AMP) and the reader's selection. They carry nothing private,
// so they go to any origin.

export interface HostMessages {
  height(px: number): void;
  selection(select: string[] | null): void;
}

export interface MessageTarget {
  postMessage(message: unknown, targetOrigin: string): void;
}

export function hostMessages(target: MessageTarget, search: string): HostMessages {
  const params = new URLSearchParams(search);
  const childId = params.get('childId');
  const id = params.get('embedId') ?? childId;
  return {
    height(px) {
      const height = Math.ceil(px);
      target.postMessage({ type: 'relations-map:resize', height, id }, '*');
      if (childId) target.postMessage(`pymxPYMx${childId}xPYMxheightxPYMx${height}`, '*');
      target.postMessage({ sentinel: 'amp', type: 'embed-size', height }, '*');
    },
    selection(select) {
      target.postMessage(
        { type: 'relations-map:select', select: select?.join(',') ?? null, id },
        '*',
      );
    },
  };
}
