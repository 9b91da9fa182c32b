// The reader's motion preference, which both painters honour: a map that would animate settles
// before it is drawn instead.
export function prefersReducedMotion(): boolean {
  return (
    typeof window !== 'undefined' && window.matchMedia?.('(prefers-reduced-motion: reduce)').matches
  );
}
