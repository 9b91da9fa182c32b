import { useEffect, useRef } from 'react';
import { useUi } from '@/store/store';
import { tourAction, type TourAction } from './tour-keys';

/**
 * Clicker and slide keys while a tour runs. Escape listens in the capture phase so that
 * leaving the tour comes before the page's own Escape (which clears the selection); the
 * other keys listen in the bubble phase and skip keys a focused control already handled, so a
 * reader who tabs into the map walks it with the arrow keys.
 *
 * While presenting, a click must not take the clicker away from the tour: after a pointer
 * press (on the map, a button, anywhere) every clicker key goes to the tour first, in the
 * capture phase, and the page never sees it, until the presenter moves focus with Tab. Only
 * that explicit move into the map gives its arrow keys back to it.
 */
export function useTourKeys(onAction: (action: TourAction) => void) {
  const latest = useRef(onAction);
  useEffect(() => {
    latest.current = onAction;
  });
  useEffect(() => {
    let byPointer = false;
    const handle = (e: KeyboardEvent, phase: 'capture' | 'bubble') => {
      if (e.defaultPrevented || e.repeat) return;
      const seize = byPointer && useUi.getState().presenting;
      const target = e.target instanceof Element ? toTarget(e.target) : null;
      const action = tourAction(e, target, seize);
      if (!action || (action === 'exit' || seize) !== (phase === 'capture')) return;
      e.preventDefault();
      if (seize) e.stopPropagation();
      if (action === 'exit') byPointer = false;
      latest.current(action);
    };
    const capture = (e: KeyboardEvent) => {
      if (e.key === 'Tab') byPointer = false;
      handle(e, 'capture');
    };
    const bubble = (e: KeyboardEvent) => handle(e, 'bubble');
    const pointer = () => void (byPointer = true);
    window.addEventListener('keydown', capture, true);
    window.addEventListener('keydown', bubble);
    window.addEventListener('pointerdown', pointer, true);
    return () => {
      window.removeEventListener('keydown', capture, true);
      window.removeEventListener('keydown', bubble);
      window.removeEventListener('pointerdown', pointer, true);
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
