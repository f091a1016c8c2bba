import { useTranslation } from 'react-i18next';
import { languageOr, type Language } from '@/i18n/languages';

/** The language the interface is shown in, as the engine names languages. */
export function useInterfaceLanguage(): Language {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return languageOr(language);
}
