import type { i18n } from 'i18next';
import reportEn from './locales/report.en.json';
import reportNl from './locales/report.nl.json';

/** The i18next namespace of the readiness report's own texts (PDF headings, labels, disclaimer). */
export const REPORT_NAMESPACE = 'report';

/** The report texts per language, for `resources: { en: { report: ... } }` or `addResourceBundle`. */
export const reportResources = { en: reportEn, nl: reportNl } as const;

/**
 * Adds the `report` namespace to an i18next instance, once. The app can call this
 * from a lazily loaded module, so the report texts stay out of the first load.
 */
export function addReportNamespace(instance: i18n): void {
  for (const [language, texts] of Object.entries(reportResources)) {
    if (!instance.hasResourceBundle(language, REPORT_NAMESPACE))
      instance.addResourceBundle(language, REPORT_NAMESPACE, texts);
  }
}
