// Fullscreen is a request the browser may refuse (headless, iframes without allow="fullscreen",
// no user gesture): presentation mode works without it, so every refusal is swallowed.
export function enterFullscreen() {
  if (document.fullscreenElement || !document.documentElement.requestFullscreen) return;
  document.documentElement.requestFullscreen().catch(() => undefined);
}

export function exitFullscreen() {
  if (!document.fullscreenElement || !document.exitFullscreen) return;
  document.exitFullscreen().catch(() => undefined);
}
