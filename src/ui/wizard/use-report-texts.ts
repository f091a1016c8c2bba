import { useTranslation } from 'react-i18next';
import { questionnaireNamespace } from '@/i18n/i18n';
import reportEn from '@/i18n/locales/report.en.json';
import reportNl from '@/i18n/locales/report.nl.json';
import { WizardContext } from './wizard-context';

export type Translate = (key: string, params?: Record<string, unknown>) => string;

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
  // Report keys are data-driven (section ids, outcome ids), so they are looked up untyped.
  const untyped = i18n.t.bind(i18n) as unknown as (
    key: string,
    options: Record<string, unknown>,
  ) => string;
  const ns = ['report', questionnaireNamespace(questionnaireId), 'common'];
  return { t: (key, params) => untyped(key, { ...params, ns }) };
}
