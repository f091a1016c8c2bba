import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { instanceKey } from './instance-key';
import { isLanguage, LANGUAGE_CODES, SOURCE_LANGUAGE, type Language } from './languages';
import { appLoaded } from './loaded-languages';

const STORAGE_KEY = 'gdpr-readiness:language';

/** The app's own texts in one language (the `common` namespace). */
export type AppTexts = Readonly<Record<string, unknown>>;

/**
 * The remembered choice, else the deployment's default language, else the first
 * browser language we support, else English.
 */
export function detectLanguage(
  stored: string | null,
  browserLanguages: readonly string[],
  deploymentDefault: string | null = null,
): Language {
  if (isLanguage(stored)) return stored;
  if (isLanguage(deploymentDefault)) return deploymentDefault;
  for (const tag of browserLanguages) {
    const base = tag.toLowerCase().split('-')[0];
    if (isLanguage(base)) return base;
  }
  return SOURCE_LANGUAGE;
}

function readStoredLanguage(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** The language to start in, from the remembered choice, the deployment's default and the browser. */
export function startLanguage(deploymentDefault: Language | null = null): Language {
  return detectLanguage(
    readStoredLanguage(),
    navigator.languages ?? [navigator.language],
    deploymentDefault,
  );
}

/**
 * Creates the app's i18next instance in `language` with the app's texts loaded so far (at least
 * those of `language`; others are added by `prepareAppTexts` before a switch), keeps
 * `<html lang>` in sync and remembers the choice.
 */
export function createI18n(language: Language, texts: Partial<Record<Language, AppTexts>>): i18n {
  const instance = i18next.createInstance();
  const lng = language;
  const resources = Object.fromEntries(
    Object.entries(texts).map(([language, common]) => [language, { common }]),
  );
  void instance.use(initReactI18next).init({
    resources,
    lng,
    fallbackLng: SOURCE_LANGUAGE,
    supportedLngs: [...LANGUAGE_CODES],
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
  appLoaded.set(instanceKey(instance), new Set(Object.keys(texts)));
  instance.on('languageChanged', sync);
  return instance;
}

/** The i18next namespace that holds one questionnaire's texts. */
export function questionnaireNamespace(questionnaireId: string): string {
  return `q-${questionnaireId}`;
}
