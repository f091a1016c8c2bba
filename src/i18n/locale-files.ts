import { perLanguage, type Language } from './languages';

/**
 * One family's files (`import.meta.glob` over a locales folder) by registered
 * language, so a language needs only its files, never an import of its own.
 * A registered language without its file is an error, not a quiet fallback to
 * English: the page or test that reads the family fails and names the file.
 *
 * @param file The glob key of a language's file, such as `./locales/report.nl.json`.
 */
export function filesByLanguage<T>(
  files: Readonly<Record<string, T>>,
  file: (language: Language) => string,
): Record<Language, T> {
  return perLanguage((language) => {
    const found = files[file(language)];
    if (found === undefined)
      throw new Error(`${file(language)} is missing: "${language}" is a registered language`);
    return found;
  });
}
