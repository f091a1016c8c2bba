import { describe, expect, it } from 'vitest';
import { OPTION_KEYS, keyForOption, optionIndexForKey } from './option-keys';
import { commandFor } from './shortcuts';

describe('option keys', () => {
  it('gives options 1-9 their digit and the tenth option on the letters a, b, c…', () => {
    expect(optionIndexForKey('1')).toBe(0);
    expect(optionIndexForKey('9')).toBe(8);
    expect(optionIndexForKey('a')).toBe(9);
    expect(optionIndexForKey('b')).toBe(10);
    expect(optionIndexForKey('c')).toBe(11);
    expect(keyForOption(0)).toBe('1');
    expect(keyForOption(9)).toBe('A');
    expect(keyForOption(11)).toBe('C');
  });

  it('reads a capital letter as its small one', () => {
    expect(optionIndexForKey('C')).toBe(11);
  });

  it('skips the letters that are shortcuts of their own', () => {
    for (const taken of ['n', 'p', 'x']) expect(optionIndexForKey(taken)).toBeNull();
    expect(optionIndexForKey('m')).toBe(OPTION_KEYS.indexOf('m'));
    expect(optionIndexForKey('o')).toBe(optionIndexForKey('m')! + 1);
  });

  it('has no key for 0, named keys or places past the last key', () => {
    expect(optionIndexForKey('0')).toBeNull();
    expect(optionIndexForKey('Enter')).toBeNull();
    expect(optionIndexForKey('?')).toBeNull();
    expect(keyForOption(OPTION_KEYS.length)).toBeNull();
    expect(keyForOption(-1)).toBeNull();
  });

  it('shows each option the key that picks it', () => {
    OPTION_KEYS.forEach((_, index) => expect(optionIndexForKey(keyForOption(index)!)).toBe(index));
  });

  it('are the keys the presenter view picks an option with', () => {
    for (const [index, key] of OPTION_KEYS.entries())
      expect(
        commandFor({
          key,
          target: 'other',
          ctrlKey: false,
          metaKey: false,
          altKey: false,
          helpOpen: false,
        }),
      ).toEqual({ type: 'option.pick', index });
  });
});
