import { createI18n } from '@/i18n/i18n';
import { perLanguage, type Language } from '@/i18n/languages';
import { filesByLanguage } from '@/i18n/locale-files';

const appTexts = filesByLanguage(
  import.meta.glob<Readonly<Record<string, unknown>>>(
    ['/src/i18n/locales/*.json', '!/src/i18n/locales/*.*.json'],
    { eager: true, import: 'default' },
  ),
  (language) => `/src/i18n/locales/${language}.json`,
);

/** The app's i18next instance in `language`, with the app's texts of every language at hand. */
export function testI18n(language: Language) {
  return createI18n(
    language,
    perLanguage((lng) => appTexts[lng]),
  );
}
