import { useTranslation } from 'react-i18next';
import { SOURCE_LANGUAGE } from '@/i18n/languages';
import { filesByLanguage } from '@/i18n/locale-files';

const workflowTexts = filesByLanguage(
  import.meta.glob<Readonly<Record<string, unknown>>>('/src/i18n/locales/workflow.*.json', {
    eager: true,
    import: 'default',
  }),
  (language) => `/src/i18n/locales/workflow.${language}.json`,
);

/**
 * Adds the texts of the consultant screens (assessments, compare, merge,
 * import messages, workshop) to the app's own texts. They load with those
 * screens rather than on first load; call this before using their keys.
 */
export function useWorkflowTexts(): void {
  const { i18n } = useTranslation();
  // Not keyed on the app's texts being there: a page may have loaded only another language's.
  if (i18n.exists('library.title', { lng: SOURCE_LANGUAGE })) return;
  for (const [language, texts] of Object.entries(workflowTexts))
    i18n.addResourceBundle(language, 'common', texts, true, false);
}
