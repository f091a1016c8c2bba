import { hasMarkup } from './markup';

/** Longest key shown in a path; a hostile file could have keys of any length. */
const MAX_SEGMENT = 60;

/**
 * A location in a JSON document as a person (or a developer) reads it:
 * `assessments[0].session.answers.employees`. Keys that would not read well
 * after a dot are quoted; keys that hold markup or are very long are not
 * echoed back, so a message never repeats what made a file suspicious.
 */
export function formatPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const segment of path) {
    if (typeof segment === 'number') {
      out += `[${segment}]`;
      continue;
    }
    const key = String(segment);
    if (hasMarkup(key) || key.length > MAX_SEGMENT) out += '[…]';
    else if (/^[A-Za-z0-9_$][A-Za-z0-9_$-]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}
