import { useEffect, useRef } from 'react';
import { tourAction, type TourAction } from './tour-keys';

/**
 * Clicker and slide keys while a tour runs. Escape listens in the capture phase so that
 * leaving the tour comes before the page's own Escape (which clears the selection); the
 * other keys listen in the bubble phase and skip keys a focused control already handled.
 */
export function useTourKeys(onAction: (action: TourAction) => void) {
  const latest = useRef(onAction);
  useEffect(() => {
    latest.current = onAction;
  });
  useEffect(() => {
    const handle = (e: KeyboardEvent, phase: 'capture' | 'bubble') => {
      if (e.defaultPrevented || e.repeat) return;
      const action = tourAction(e, e.target instanceof Element ? toTarget(e.target) : null);
      if (!action || (action === 'exit') !== (phase === 'capture')) return;
      e.preventDefault();
      latest.current(action);
    };
    const capture = (e: KeyboardEvent) => handle(e, 'capture');
    const bubble = (e: KeyboardEvent) => handle(e, 'bubble');
    window.addEventListener('keydown', capture, true);
    window.addEventListener('keydown', bubble);
    return () => {
      window.removeEventListener('keydown', capture, true);
      window.removeEventListener('keydown', bubble);
    };
  }, []);
}

function toTarget(el: Element) {
  return {
    tagName: el.tagName,
    isContentEditable: el instanceof HTMLElement && el.isContentEditable,
    type: el instanceof HTMLInputElement ? el.type : undefined,
  };
}
