// Fullscreen is a request the browser may refuse (headless, iframes without allow="fullscreen",
// no user gesture): presentation mode works without it, so every refusal is swallowed. Without
// a document (the store's unit tests) there is nothing to ask.
export function enterFullscreen() {
  if (typeof document === 'undefined') return;
  if (document.fullscreenElement || !document.documentElement.requestFullscreen) return;
  document.documentElement.requestFullscreen().catch(() => undefined);
}

export function exitFullscreen() {
  if (typeof document === 'undefined') return;
  if (!document.fullscreenElement || !document.exitFullscreen) return;
  document.exitFullscreen().catch(() => undefined);
}
