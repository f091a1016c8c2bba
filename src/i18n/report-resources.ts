import type { i18n } from 'i18next';
import { filesByLanguage } from './locale-files';
import { REPORT_NAMESPACE } from './report-translator';

/** The report texts per language, for `resources: { en: { report: ... } }` or `addResourceBundle`. */
export const reportResources = filesByLanguage(
  import.meta.glob<Readonly<Record<string, unknown>>>('./locales/report.*.json', {
    eager: true,
    import: 'default',
  }),
  (language) => `./locales/report.${language}.json`,
);

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
