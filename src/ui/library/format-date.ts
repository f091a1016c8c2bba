const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * A date and time as the language writes it. `toLocaleString` with options builds a new formatter
 * on every call, which costs about a millisecond on a slow phone: too much for a list of hundreds.
 */
export function formatDateTime(iso: string, language: string): string {
  let format = formats.get(language);
  if (!format) {
    format = new Intl.DateTimeFormat(language, { dateStyle: 'medium', timeStyle: 'short' });
    formats.set(language, format);
  }
  return format.format(new Date(iso));
}
