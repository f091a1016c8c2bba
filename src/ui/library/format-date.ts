import { languageEntry, perLanguage } from '@/i18n/languages';

const formats = new Map<string, Intl.DateTimeFormat>();

/**
 * Where a language is written differently in different countries, the one we write: British
 * English puts the day first, so "7 Dec 2026" cannot be read as the 12th of July.
 */
const INTL_LOCALES: Readonly<Record<string, string>> = perLanguage(
  (language) => languageEntry(language).locale,
);

/**
 * `toLocaleString` builds a new formatter on every call, which costs about a millisecond on a
 * slow phone: too much for a list of hundreds. One formatter per language and style instead.
 */
function formatter(language: string, withTime: boolean): Intl.DateTimeFormat {
  const key = `${language} ${withTime}`;
  let format = formats.get(key);
  if (!format) {
    format = new Intl.DateTimeFormat(INTL_LOCALES[language] ?? language, {
      day: 'numeric',
      month: 'short',
      year: 'numeric',
      ...(withTime ? { hour: '2-digit', minute: '2-digit' } : {}),
    });
    formats.set(key, format);
  }
  return format;
}

/** A date and time with the month as a word: "7 Dec 2026, 10:24". */
export function formatDateTime(iso: string, language: string): string {
  return formatter(language, true).format(new Date(iso));
}

/** A date with the month as a word: "7 Dec 2026", "7 dec 2026". */
export function formatDate(iso: string | Date, language: string): string {
  return formatter(language, false).format(typeof iso === 'string' ? new Date(iso) : iso);
}
