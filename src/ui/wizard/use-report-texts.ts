import { useTranslation } from 'react-i18next';
import { reportTranslate, type ReportTranslate } from '@/i18n/report-translator';
import { addReportNamespace } from '@/i18n/report-resources';
import { WizardContext } from './wizard-context';

export type Translate = ReportTranslate;

/**
 * Texts of the report (results page and PDF): the `report` namespace, falling
 * back to the active questionnaire's texts and then the app's, so one function
 * can translate every key a report uses. The report texts are loaded with the
 * wizard screens rather than on first load.
 */
export function useReportTexts(): { t: Translate } {
  return useReportTextsFor(WizardContext.useSelector((s) => s.context.questionnaire.id));
}

/** The report's texts for a questionnaire by id, for pages outside the wizard. */
export function useReportTextsFor(questionnaireId: string): { t: Translate } {
  const { i18n } = useTranslation();
  addReportNamespace(i18n);
  return { t: reportTranslate(i18n, questionnaireId) };
}
