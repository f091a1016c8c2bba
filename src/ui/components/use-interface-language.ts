import { useTranslation } from 'react-i18next';
import type { Language } from '@/engine/questionnaire/questionnaire.schema';
import { isSupportedLanguage } from '@/i18n/i18n';

/** The language the interface is shown in, as the engine names languages. */
export function useInterfaceLanguage(): Language {
  const { i18n } = useTranslation();
  const language = i18n.resolvedLanguage ?? i18n.language;
  return isSupportedLanguage(language) ? language : 'en';
}
