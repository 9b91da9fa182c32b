import { describe, expect, it } from 'vitest';
import { isTextField, nextStep, tourAction } from './tour-keys';

const key = (
  k: string,
  mods: Partial<{ altKey: boolean; ctrlKey: boolean; metaKey: boolean }> = {},
) => ({
  key: k,
  altKey: false,
  ctrlKey: false,
  metaKey: false,
  ...mods,
});
const body = { tagName: 'BODY' };

describe('tourAction', () => {
  it('maps clicker and slide keys', () => {
    for (const k of ['PageDown', 'ArrowRight', 'ArrowDown', ' ', 'n', 'N'])
      expect(tourAction(key(k), body)).toBe('next');
    for (const k of ['PageUp', 'ArrowLeft', 'ArrowUp', 'p', 'P'])
      expect(tourAction(key(k), body)).toBe('previous');
    expect(tourAction(key('Home'), body)).toBe('first');
    expect(tourAction(key('End'), body)).toBe('last');
    expect(tourAction(key('b'), body)).toBe('blank');
    expect(tourAction(key('.'), body)).toBe('blank');
    expect(tourAction(key('F'), body)).toBe('fullscreen');
    expect(tourAction(key('Escape'), body)).toBe('exit');
    expect(tourAction(key('x'), body)).toBeNull();
  });

  it('leaves text fields, modified keys and pressed buttons alone', () => {
    expect(tourAction(key('ArrowRight'), { tagName: 'INPUT', type: 'text' })).toBeNull();
    expect(tourAction(key('n'), { tagName: 'TEXTAREA' })).toBeNull();
    expect(tourAction(key('ArrowDown'), { tagName: 'SELECT' })).toBeNull();
    expect(tourAction(key('b'), { tagName: 'DIV', isContentEditable: true })).toBeNull();
    expect(tourAction(key('PageDown', { ctrlKey: true }), body)).toBeNull();
    expect(tourAction(key(' '), { tagName: 'BUTTON' })).toBeNull();
    expect(tourAction(key('PageDown'), { tagName: 'BUTTON' })).toBe('next');
    expect(isTextField({ tagName: 'INPUT', type: 'checkbox' })).toBe(false);
    // Presenting after a click: Space on the clicked button steps the tour; a text field
    // still keeps its keys.
    expect(tourAction(key(' '), { tagName: 'BUTTON' }, true)).toBe('next');
    expect(tourAction(key('n'), { tagName: 'INPUT', type: 'search' }, true)).toBeNull();
  });
});

describe('nextStep', () => {
  it('stays within the tour', () => {
    expect(nextStep('next', 1, 3)).toBe(2);
    expect(nextStep('next', 3, 3)).toBe(3);
    expect(nextStep('previous', 1, 3)).toBe(1);
    expect(nextStep('last', 1, 3)).toBe(3);
    expect(nextStep('first', 3, 3)).toBe(1);
    expect(nextStep('blank', 2, 3)).toBe(2);
  });
});
