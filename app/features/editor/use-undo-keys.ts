// Ctrl/Cmd+Z undoes and Shift+Ctrl/Cmd+Z (or Ctrl+Y) redoes the last change to the draft —
// except while typing in a text field, where the browser's own undo edits the field.
import { useEffect } from 'react';
import { useDraft } from './draft-store';

function typing(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  if (target instanceof HTMLTextAreaElement) return !target.readOnly;
  if (target instanceof HTMLInputElement)
    return !['checkbox', 'radio', 'file', 'button'].includes(target.type);
  return target.isContentEditable;
}

export function useUndoKeys() {
  useEffect(() => {
    const onKey = (e: KeyboardEvent) => {
      if (!(e.ctrlKey || e.metaKey) || e.altKey || typing(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) useDraft.getState().undo();
      else if ((key === 'z' && e.shiftKey) || key === 'y') useDraft.getState().redo();
      else return;
      e.preventDefault();
    };
    document.addEventListener('keydown', onKey);
    return () => document.removeEventListener('keydown', onKey);
  }, []);
}
