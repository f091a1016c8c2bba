import { useTranslation } from 'react-i18next';
import { reportTranslate, type ReportTranslate } from '@/i18n/report-translator';
import reportEn from '@/i18n/locales/report.en.json';
import reportNl from '@/i18n/locales/report.nl.json';
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
  if (!i18n.hasResourceBundle('en', 'report')) {
    i18n.addResourceBundle('en', 'report', reportEn);
    i18n.addResourceBundle('nl', 'report', reportNl);
  }
  return { t: reportTranslate(i18n, questionnaireId) };
}
