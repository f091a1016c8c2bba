import { useTranslation } from 'react-i18next';
import workflowEn from '@/i18n/locales/workflow.en.json';
import workflowNl from '@/i18n/locales/workflow.nl.json';

/**
 * Adds the texts of the consultant screens (assessments, compare, merge,
 * import messages, workshop) to the app's own texts. They load with those
 * screens rather than on first load; call this before using their keys.
 */
export function useWorkflowTexts(): void {
  const { i18n } = useTranslation();
  // Not keyed on the app's texts being there: a page may have loaded only another language's.
  if (i18n.exists('library.title', { lng: 'en' })) return;
  i18n.addResourceBundle('en', 'common', workflowEn, true, false);
  i18n.addResourceBundle('nl', 'common', workflowNl, true, false);
}
