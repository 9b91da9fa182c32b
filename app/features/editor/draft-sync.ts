// Tells the other tabs of this browser that the draft was saved (its new revision), so a tab
// editing the same draft learns of it at once rather than at its next save (draft-db.ts
// refuses that save anyway). No BroadcastChannel (very old browsers): the refusal still holds.
const channel =
  typeof BroadcastChannel === 'undefined' ? null : new BroadcastChannel('relations-map-draft');

export function announceSaved(rev: number) {
  channel?.postMessage({ rev });
}

/** Calls `on` with the revision another tab saved; returns the unsubscribe. */
export function onSavedElsewhere(on: (rev: number) => void): () => void {
  const listen = (e: MessageEvent<{ rev?: unknown }>) => {
    if (typeof e.data?.rev === 'number') on(e.data.rev);
  };
  channel?.addEventListener('message', listen);
  return () => channel?.removeEventListener('message', listen);
}
