import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import en from './locales/en.json';
import nl from './locales/nl.json';

export const SUPPORTED_LANGUAGES = ['en', 'nl'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

const STORAGE_KEY = 'gdpr-readiness:language';

export const appResources = { en: { common: en }, nl: { common: nl } } as const;

export function isSupportedLanguage(value: unknown): value is SupportedLanguage {
  return typeof value === 'string' && (SUPPORTED_LANGUAGES as readonly string[]).includes(value);
}

/**
 * The remembered choice, else the deployment's default language, else the first
 * browser language we support, else English.
 */
export function detectLanguage(
  stored: string | null,
  browserLanguages: readonly string[],
  deploymentDefault: string | null = null,
): SupportedLanguage {
  if (isSupportedLanguage(stored)) return stored;
  if (isSupportedLanguage(deploymentDefault)) return deploymentDefault;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isSupportedLanguage(base)) return base;
  }
  return 'en';
}

function readStoredLanguage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The language to start in, from the remembered choice, the deployment's default and the browser. */
export function startLanguage(
  deploymentDefault: SupportedLanguage | null = null,
): SupportedLanguage {
  return detectLanguage(
    readStoredLanguage(),
    navigator.languages ?? [navigator.language],
    deploymentDefault,
  );
}

/**
 * Creates the app's i18next instance, keeps `<html lang>` in sync and remembers the choice.
 * Without `language` it starts in {@link startLanguage}.
 */
export function createI18n(
  language?: SupportedLanguage,
  deploymentDefault: SupportedLanguage | null = null,
): i18n {
  const instance = i18next.createInstance();
  const lng = language ?? startLanguage(deploymentDefault);
  void instance.use(initReactI18next).init({
    resources: appResources,
    lng,
    fallbackLng: 'en',
    supportedLngs: [...SUPPORTED_LANGUAGES],
    defaultNS: 'common',
    ns: ['common'],
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  const sync = (lng: string) => {
    document.documentElement.lang = lng;
    try {
      localStorage.setItem(STORAGE_KEY, lng);
    } catch {
      // Private modes may refuse storage; the choice then lasts for this visit only.
    }
  };
  document.documentElement.lang = lng;
  instance.on('languageChanged', sync);
  return instance;
}

/** The i18next namespace that holds one questionnaire's texts. */
export function questionnaireNamespace(questionnaireId: string): string {
  return `q-${questionnaireId}`;
}
