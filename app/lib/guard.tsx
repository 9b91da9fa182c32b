// No failure blanks the page. A lazy part whose chunk does not come (a deploy removed the old
// chunks, the reader went offline, a server that never answers) or that throws while rendering
// is replaced by a short message with Try again, in the part's own place; the rest of the page
// keeps working. What the message says is the shell's (GuardFallback): lib/ knows no language.
// Kept small: it is part of the first view's script.
import {
  Component,
  createElement,
  lazy,
  Suspense,
  type ComponentProps,
  type ComponentType,
  type ReactNode,
} from 'react';

/** How long a chunk may take before its part says it failed (and can be tried again). */
export const CHUNK_TIMEOUT_MS = 20_000;

/** Rejects after `ms` unless `work` settles first. */
export const within = <T,>(work: Promise<T>, ms: number) =>
  Promise.race([work, new Promise<never>((_, no) => setTimeout(no, ms, new Error('timeout')))]);

/** A load made once and shared, but forgotten when it fails, so the next call tries again. */
export function loadOnce<T>(load: () => Promise<T>): () => Promise<T> {
  let pending: Promise<T> | null = null;
  return () =>
    (pending ??= load().catch((error: unknown) => {
      pending = null;
      throw error;
    }));
}

/** The lazy parts that failed, made afresh when Try again is pressed (not before: React renders
 *  a failed part once more on its own, which would start the import again and again). */
const failed = new Set<() => void>();

/**
 * React.lazy keeps a failed import for good; this one is forgotten on Try again, so the part's
 * chunk is imported afresh.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- as React.lazy's own signature
export function lazyRetry<C extends ComponentType<any>>(load: () => Promise<{ default: C }>) {
  const fresh = () =>
    lazy(() =>
      within(load(), CHUNK_TIMEOUT_MS).catch((error: unknown) => {
        failed.add(() => (current = fresh()));
        throw error;
      }),
    );
  let current = fresh();
  return (props: ComponentProps<C>) => createElement(current, props);
}

type Fallback = (retry: () => void) => ReactNode;
let failedPart: Fallback = () => null;

/** What a failed part shows, given its Try again: the shell's words (set once, by app.tsx). */
export const setFailedPart = (show: Fallback) => void (failedPart = show);

/**
 * A part in its place: `fallback` while it loads, the shell's message with Try again if it fails.
 * Try again renders the part afresh, except when the chunk that failed is gone from the server
 * (404: a new build replaced it), which only a full reload of the new build mends.
 */
export class Guarded extends Component<{
  children: ReactNode;
  fallback?: ReactNode;
  /** Catch failures only, with no Suspense boundary of its own: the app's root, whose markup
   *  must hydrate in one pass with the rest (a boundary there let the first effects run before
   *  the page inside had hydrated, and the embed's workspace jumped). */
  bare?: boolean;
}> {
  state = { error: null as unknown };
  static getDerivedStateFromError = (error: unknown) => ({ error: error ?? 0 });
  retry = () => {
    const url = /\S+\.js\b/.exec(String(this.state.error))?.[0] ?? location.href;
    const again = () => {
      failed.forEach((reset) => reset());
      failed.clear();
      this.setState({ error: null });
    };
    fetch(url, { method: 'HEAD' }).then(
      (r) => (r.status == 404 ? location.reload() : again()),
      again,
    );
  };
  render() {
    const { error } = this.state;
    if (error !== null) return failedPart(this.retry);
    if (this.props.bare) return this.props.children;
    return <Suspense fallback={this.props.fallback}>{this.props.children}</Suspense>;
  }
}
