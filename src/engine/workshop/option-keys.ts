/**
 * Which key picks which option in the presenter view. The first nine options take the digits 1–9;
 * the options after them take letters, so a long list (twelve countries) is fully reachable with
 * one key press each and no timing window. Letters that are already shortcuts of their own (note,
 * park, toggle) are skipped, so a key never means two things.
 */

/** Letters the presenter view already uses for other commands (see shortcuts.ts). */
const TAKEN_LETTERS = new Set(['n', 'p', 'x']);

const DIGIT_KEYS = ['1', '2', '3', '4', '5', '6', '7', '8', '9'];
const LETTER_KEYS = [...'abcdefghijklmnopqrstuvwxyz'].filter((c) => !TAKEN_LETTERS.has(c));

/** Every option key in option order, lower case: '1'…'9', then 'a', 'b', … */
export const OPTION_KEYS: readonly string[] = [...DIGIT_KEYS, ...LETTER_KEYS];

/** The 0-based option a key press picks, whatever the letter's case, or null for any other key. */
export function optionIndexForKey(key: string): number | null {
  if (key.length !== 1) return null;
  const index = OPTION_KEYS.indexOf(key.toLowerCase());
  return index < 0 ? null : index;
}

/** The key shown next to the option at a 0-based place (letters in capitals, as on a keyboard), or null past the last key. */
export function keyForOption(index: number): string | null {
  return OPTION_KEYS[index]?.toUpperCase() ?? null;
}
