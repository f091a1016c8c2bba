export interface JsonPathOptions {
  /** Written before the first segment: `$` for authors (the default), '' for people importing a file. */
  readonly root?: string;
  /** Keys not to echo back (from a hostile file, say); they show as `[…]`. */
  readonly hide?: (key: string) => boolean;
}

/**
 * A zod issue path written the way people read it: `$.sections[1].questions[0].id`,
 * kebab-case keys after a dot, other keys quoted (`$["two words"]`).
 */
export function jsonPath(path: readonly PropertyKey[], options: JsonPathOptions = {}): string {
  const { root = '$', hide } = options;
  let out = root;
  for (const segment of path) {
    if (typeof segment === 'number') {
      out += `[${segment}]`;
      continue;
    }
    const key = String(segment);
    if (hide?.(key)) out += '[…]';
    else if (/^[A-Za-z0-9_$][A-Za-z0-9_$-]*$/.test(key)) out += out === '' ? key : `.${key}`;
    else out += `[${JSON.stringify(key)}]`;
  }
  return out;
}
