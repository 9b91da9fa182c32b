// Copies plain text to the clipboard and reports the outcome in words, for a visible,
// polite confirmation next to the button that asked.
import { useCallback, useEffect, useRef, useState } from 'react';

export type CopyState = 'idle' | 'copied' | 'failed';

export function useCopy(): [CopyState, (text: string) => void] {
  const [state, setState] = useState<CopyState>('idle');
  const timer = useRef<number | undefined>(undefined);
  useEffect(() => () => window.clearTimeout(timer.current), []);
  const copy = useCallback((text: string) => {
    window.clearTimeout(timer.current);
    const done = (s: CopyState) => {
      setState(s);
      timer.current = window.setTimeout(() => setState('idle'), 4000);
    };
    if (!navigator.clipboard) return done('failed');
    navigator.clipboard.writeText(text).then(
      () => done('copied'),
      () => done('failed'),
    );
  }, []);
  return [state, copy];
}
