import i18next, { type i18n } from 'i18next';
import { initReactI18next } from 'react-i18next';
import { instanceKey } from './instance-key';

export const SUPPORTED_LANGUAGES = ['en', 'nl'] as const;
export type SupportedLanguage = (typeof SUPPORTED_LANGUAGES)[number];

const STORAGE_KEY = 'gdpr-readiness:language';

/** The app's own texts in one language (the `common` namespace). */
export type AppTexts = Readonly<Record<string, unknown>>;

// One file per language: a page loads the language it shows, and another when switched to.
const appTextFiles: Record<SupportedLanguage, () => Promise<{ default: AppTexts }>> = {
  en: () => import('./locales/en.json'),
  nl: () => import('./locales/nl.json'),
};

/** Loads the app's own texts in `language`. */
export function loadAppTexts(language: SupportedLanguage): Promise<AppTexts> {
  return appTextFiles[language]().then((module) => module.default);
}

// The languages whose app texts each instance has. Not `hasResourceBundle`: the consultant
// screens' texts may have opened the `common` bundle of a language before its app texts.
const appLoaded = new WeakMap<object, Set<string>>();

/** Registers the app's own texts in `language` with `instance` unless it has them. */
export async function prepareAppTexts(instance: i18n, language: string): Promise<void> {
  if (!isSupportedLanguage(language) || appLoaded.get(instanceKey(instance))?.has(language)) return;
  instance.addResourceBundle(language, 'common', await loadAppTexts(language), true, false);
  appLoaded.get(instanceKey(instance))?.add(language);
}

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
 * Creates the app's i18next instance in `language` with the app's texts loaded so far (at least
 * those of `language`; others are added by {@link prepareAppTexts} before a switch), keeps
 * `<html lang>` in sync and remembers the choice.
 */
export function createI18n(
  language: SupportedLanguage,
  texts: Partial<Record<SupportedLanguage, AppTexts>>,
): i18n {
  const instance = i18next.createInstance();
  const lng = language;
  const resources = Object.fromEntries(
    Object.entries(texts).map(([language, common]) => [language, { common }]),
  );
  void instance.use(initReactI18next).init({
    resources,
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
  appLoaded.set(instanceKey(instance), new Set(Object.keys(texts)));
  instance.on('languageChanged', sync);
  return instance;
}

/** The i18next namespace that holds one questionnaire's texts. */
export function questionnaireNamespace(questionnaireId: string): string {
  return `q-${questionnaireId}`;
}
