import { jsonPath } from '../json-path';

/** Longest key shown in a path; a hostile file could have keys of any length. */
const MAX_SEGMENT = 60;

/**
 * Characters that would make a key read as something else than it is: control
 * characters, format characters (bidi overrides such as U+202E that reverse the
 * rest of the message, zero-width spaces and joiners), line and paragraph
 * separators, lone surrogates and private-use characters. Angle brackets and
 * the like are no such risk: every message is shown as text (React escapes it).
 */
const UNREADABLE = /[\p{Cc}\p{Cf}\p{Cs}\p{Co}\p{Zl}\p{Zp}]/u;

/**
 * A location in an imported file as a person reads it:
 * `assessments[0].session.answers.employees`. A key that is very long or holds
 * characters that change how the message reads (see {@link UNREADABLE}) shows
 * as `[…]`, so a message always says plainly where the problem is.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  return jsonPath(path, {
    root: '',
    hide: (key) => key.length > MAX_SEGMENT || UNREADABLE.test(key),
  });
}
