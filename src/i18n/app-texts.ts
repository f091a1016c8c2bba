import type { i18n } from 'i18next';
import type { AppTexts } from './i18n';
import { instanceKey } from './instance-key';
import { isLanguage, type Language } from './languages';
import { appLoaded } from './loaded-languages';
import { filesByLanguage } from './locale-files';

// One file per language: a page loads the language it shows, and another when switched to.
const appTextFiles = filesByLanguage(
  import.meta.glob<{ default: AppTexts }>(['./locales/*.json', '!./locales/*.*.json']),
  (language) => `./locales/${language}.json`,
);

/** Loads the app's own texts in `language`. */
export function loadAppTexts(language: Language): Promise<AppTexts> {
  return appTextFiles[language]().then((module) => module.default);
}

/** Registers the app's own texts in `language` with `instance` unless it has them. */
export async function prepareAppTexts(instance: i18n, language: string): Promise<void> {
  if (!isLanguage(language) || appLoaded.get(instanceKey(instance))?.has(language)) return;
  instance.addResourceBundle(language, 'common', await loadAppTexts(language), true, false);
  appLoaded.get(instanceKey(instance))?.add(language);
}
