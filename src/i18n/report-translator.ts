import i18next, { type i18n } from 'i18next';
import { questionnaireNamespace } from './i18n';
import { LANGUAGE_CODES, SOURCE_LANGUAGE, type Language } from './languages';

/** The i18next namespace of the readiness report's own texts (PDF headings, labels, disclaimer). */
export const REPORT_NAMESPACE = 'report';

/**
 * One translate function for everything a report says: `report:*` keys, `common:*` keys and,
 * without a namespace, the questionnaire's keys. The results page, the PDF worker and
 * `npm run report` all resolve keys this way, so the PDF reads the same wherever it is made.
 */

/** Translates a key; for a key it does not know it returns the key itself (i18next's default). */
export type ReportTranslate = (key: string, params?: Record<string, unknown>) => string;

/** Texts by language, then namespace: plain JSON, so they can be posted to a worker. */
export type ReportTextResources = Partial<
  Record<Language, Readonly<Record<string, Readonly<Record<string, unknown>>>>>
>;

/** Where a key without a namespace is looked for, in turn. */
export function reportNamespaces(questionnaireId: string): string[] {
  return [REPORT_NAMESPACE, questionnaireNamespace(questionnaireId), 'common'];
}

/** The report's translate function over an i18next instance that holds its namespaces. */
export function reportTranslate(instance: i18n, questionnaireId: string): ReportTranslate {
  // Report keys are data-driven (section ids, outcome ids), so they are looked up untyped.
  const untyped = instance.t.bind(instance) as unknown as (
    key: string,
    options: Record<string, unknown>,
  ) => string;
  const ns = reportNamespaces(questionnaireId);
  return (key, params) => untyped(key, { ...params, ns });
}

/**
 * The texts `reportTranslate` reads from the app's instance when it speaks `language`: that
 * language and English (the fallback), as far as they are loaded.
 */
export function reportTextResources(
  instance: i18n,
  questionnaireId: string,
  language: Language,
): ReportTextResources {
  const resources: ReportTextResources = {};
  for (const lng of new Set<Language>([language, SOURCE_LANGUAGE])) {
    const bundles: Record<string, Readonly<Record<string, unknown>>> = {};
    for (const ns of reportNamespaces(questionnaireId)) {
      const bundle = instance.getResourceBundle(lng, ns) as Record<string, unknown> | undefined;
      if (bundle) bundles[ns] = bundle;
    }
    resources[lng] = bundles;
  }
  return resources;
}

/**
 * A translate function over `resources` alone, resolving keys as the app's instance does
 * (English as the fallback, no HTML escaping), for a worker or Node.
 */
export function createReportTranslator(
  language: Language,
  questionnaireId: string,
  resources: ReportTextResources,
): ReportTranslate {
  const instance = i18next.createInstance();
  void instance.init({
    lng: language,
    fallbackLng: SOURCE_LANGUAGE,
    supportedLngs: [...LANGUAGE_CODES],
    resources,
    ns: reportNamespaces(questionnaireId),
    defaultNS: 'common',
    interpolation: { escapeValue: false },
    initAsync: false,
    returnNull: false,
  });
  return reportTranslate(instance, questionnaireId);
}
