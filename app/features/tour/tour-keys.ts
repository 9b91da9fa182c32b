// Presenter clickers send the usual slide keys (docs/contract.md "Presenting"). Pure, so the
// mapping and the "not in a text field" rule are unit-tested without a browser.

export type TourAction = 'next' | 'previous' | 'first' | 'last' | 'blank' | 'fullscreen' | 'exit';

const ACTIONS: Record<string, TourAction> = {
  PageDown: 'next',
  ArrowRight: 'next',
  ArrowDown: 'next',
  ' ': 'next',
  n: 'next',
  N: 'next',
  PageUp: 'previous',
  ArrowLeft: 'previous',
  ArrowUp: 'previous',
  p: 'previous',
  P: 'previous',
  Home: 'first',
  End: 'last',
  b: 'blank',
  B: 'blank',
  '.': 'blank',
  f: 'fullscreen',
  F: 'fullscreen',
  Escape: 'exit',
};

export interface KeyTarget {
  tagName: string;
  isContentEditable?: boolean;
  type?: string;
}

const TEXT_INPUTS = new Set(['text', 'search', 'email', 'url', 'tel', 'password', 'number', '']);

/** Text fields, selects and editable content keep every key to themselves. */
export function isTextField(t: KeyTarget | null): boolean {
  if (!t) return false;
  const tag = t.tagName.toUpperCase();
  if (t.isContentEditable || tag === 'TEXTAREA' || tag === 'SELECT') return true;
  return tag === 'INPUT' && TEXT_INPUTS.has((t.type ?? '').toLowerCase());
}

/** Space and Enter on a button or link press it, as everywhere else on the page. */
function pressesControl(key: string, t: KeyTarget | null): boolean {
  if (!t || (key !== ' ' && key !== 'Enter')) return false;
  return ['BUTTON', 'A', 'SUMMARY', 'INPUT'].includes(t.tagName.toUpperCase());
}

/**
 * The tour's action for a key, or null. `seize`: the presenter's keys go to the tour even on a
 * focused button (see use-tour-keys.ts); text fields keep theirs all the same.
 */
export function tourAction(
  e: { key: string; altKey: boolean; ctrlKey: boolean; metaKey: boolean },
  target: KeyTarget | null,
  seize = false,
): TourAction | null {
  if (e.altKey || e.ctrlKey || e.metaKey) return null;
  if (isTextField(target) || (!seize && pressesControl(e.key, target))) return null;
  return ACTIONS[e.key] ?? null;
}

/** The step after an action, within 1..count. */
export function nextStep(action: TourAction, step: number, count: number): number {
  if (action === 'next') return Math.min(step + 1, count);
  if (action === 'previous') return Math.max(step - 1, 1);
  if (action === 'first') return 1;
  if (action === 'last') return count;
  return step;
}
