/**
 * A zod issue path written the way authors read it: `$.sections[1].questions[0].id`,
 * with keys that are not plain identifiers quoted (`$["two words"]`).
 */
export function jsonPath(path: readonly PropertyKey[]): string {
  return (
    '$' +
    path
      .map((p) =>
        typeof p === 'number'
          ? `[${p}]`
          : /^[A-Za-z_$][\w$]*$/.test(String(p))
            ? `.${String(p)}`
            : `["${String(p)}"]`,
      )
      .join('')
  );
}
