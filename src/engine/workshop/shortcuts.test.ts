import { describe, expect, it } from 'vitest';
import { commandFor, type KeyPress, type KeyTarget } from './shortcuts';

const press = (key: string, target: KeyTarget = 'other', extra: Partial<KeyPress> = {}) =>
  commandFor({
    key,
    target,
    ctrlKey: false,
    metaKey: false,
    altKey: false,
    helpOpen: false,
    ...extra,
  });

describe('commandFor', () => {
  it('maps digits 1-9 to the option at that place', () => {
    expect(press('1')).toEqual({ type: 'option.pick', index: 0 });
    expect(press('5', 'radio')).toEqual({ type: 'option.pick', index: 4 });
    expect(press('9', 'checkbox')).toEqual({ type: 'option.pick', index: 8 });
    expect(press('0')).toBeNull();
  });

  it('maps letters to the options after the ninth, leaving n, p and x to their own commands', () => {
    expect(press('a')).toEqual({ type: 'option.pick', index: 9 });
    expect(press('C', 'checkbox')).toEqual({ type: 'option.pick', index: 11 });
    expect(press('n')).toEqual({ type: 'note.focus' });
    expect(press('p', 'radio')).toEqual({ type: 'park.toggle' });
    expect(press('x', 'checkbox')).toEqual({ type: 'option.toggle' });
    expect(press('a', 'textField')).toBeNull();
  });

  it('never fires while typing in a field', () => {
    for (const key of ['1', 'n', 'N', 'p', '?', 'x', 'Enter', 'ArrowLeft', 'ArrowRight', ' '])
      expect(press(key, 'textField')).toBeNull();
    expect(press('Escape', 'textField')).toEqual({ type: 'field.leave' });
  });

  it('leaves browser and screen reader commands alone when a modifier is held', () => {
    expect(press('1', 'other', { ctrlKey: true })).toBeNull();
    expect(press('n', 'other', { metaKey: true })).toBeNull();
    expect(press('ArrowRight', 'other', { altKey: true })).toBeNull();
  });

  it('moves between questions with Enter and the arrow keys', () => {
    expect(press('Enter')).toEqual({ type: 'question.next' });
    expect(press('Enter', 'radio')).toEqual({ type: 'question.next' });
    expect(press('ArrowRight', 'radio')).toEqual({ type: 'question.next' });
    expect(press('ArrowLeft', 'checkbox')).toEqual({ type: 'question.previous' });
  });

  it('keeps Enter and space for buttons and links', () => {
    expect(press('Enter', 'button')).toBeNull();
    expect(press(' ', 'button')).toBeNull();
  });

  it('toggles a focused checkbox with x and leaves space to the browser', () => {
    expect(press('x', 'checkbox')).toEqual({ type: 'option.toggle' });
    expect(press('X', 'checkbox')).toEqual({ type: 'option.toggle' });
    expect(press(' ', 'checkbox')).toBeNull();
    expect(press('x', 'other')).toBeNull();
  });

  it('moves focus through checkboxes with up and down, and leaves radio groups to the browser', () => {
    expect(press('ArrowDown', 'checkbox')).toEqual({ type: 'option.focus', direction: 1 });
    expect(press('ArrowUp', 'other')).toEqual({ type: 'option.focus', direction: -1 });
    expect(press('ArrowDown', 'radio')).toBeNull();
  });

  it('focuses the note, parks the question and opens the help, in either case', () => {
    expect(press('n')).toEqual({ type: 'note.focus' });
    expect(press('N', 'radio')).toEqual({ type: 'note.focus' });
    expect(press('P')).toEqual({ type: 'park.toggle' });
    expect(press('?', 'button')).toEqual({ type: 'help.open' });
  });

  it('only closes the help while it is open', () => {
    const open = { helpOpen: true };
    expect(press('Escape', 'button', open)).toEqual({ type: 'help.close' });
    expect(press('?', 'other', open)).toEqual({ type: 'help.close' });
    expect(press('1', 'other', open)).toBeNull();
    expect(press('ArrowRight', 'other', open)).toBeNull();
    expect(press('Escape')).toBeNull();
  });
});
