import { createI18n, type SupportedLanguage } from '@/i18n/i18n';
import en from '@/i18n/locales/en.json';
import nl from '@/i18n/locales/nl.json';

/** The app's i18next instance in `language`, with the app's texts of every language at hand. */
export function testI18n(language: SupportedLanguage) {
  return createI18n(language, { en, nl });
}
