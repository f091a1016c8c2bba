import { jsonPath } from '../json-path';
import { hasMarkup } from './markup';

/** Longest key shown in a path; a hostile file could have keys of any length. */
const MAX_SEGMENT = 60;

/**
 * A location in an imported file as a person reads it:
 * `assessments[0].session.answers.employees`. Keys that hold markup or are
 * very long are not echoed back, so a message never repeats what made a file
 * suspicious.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  return jsonPath(path, {
    root: '',
    hide: (key) => hasMarkup(key) || key.length > MAX_SEGMENT,
  });
}
