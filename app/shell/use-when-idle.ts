import { useEffect, useState } from 'react';

/** True once the page has had a quiet moment, or as soon as printing starts. */
export function useWhenIdle(): boolean {
  const [idle, setIdle] = useState(false);
  useEffect(() => {
    const done = () => setIdle(true);
    const handle = window.requestIdleCallback
      ? window.requestIdleCallback(done, { timeout: 2000 })
      : window.setTimeout(done, 500);
    window.addEventListener('beforeprint', done);
    return () => {
      if (window.cancelIdleCallback) window.cancelIdleCallback(handle);
      else window.clearTimeout(handle);
      window.removeEventListener('beforeprint', done);
    };
  }, []);
  return idle;
}
