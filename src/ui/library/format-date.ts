const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * `toLocaleString` builds a new formatter on every call, which costs about a millisecond on a
 * slow phone: too much for a list of hundreds. One formatter per language and style instead.
 */
function formatter(language: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${language} ${withTime}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(
      language,
      withTime ? { dateStyle: 'medium', timeStyle: 'short' } : undefined,
    );
    formats.set(key, format);
  }
  return format;
}

/** A date and time as the language writes it. */
export function formatDateTime(iso: string, language: string): string {
  return formatter(language, true).format(new Date(iso));
}

/** A date as the language writes it in short (what `toLocaleDateString` gives). */
export function formatDate(iso: string, language: string): string {
  return formatter(language, false).format(new Date(iso));
}
