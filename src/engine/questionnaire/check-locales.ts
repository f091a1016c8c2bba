import { flattenLocale, localeKeys } from './locale-keys';
import { issueCollector, type QuestionnaireIssue } from './questionnaire-issue';
import type { Questionnaire } from './questionnaire.schema';

/** The outcome of the locale checks: the problems, and the texts of every declared language. */
export interface LocaleCheck {
  readonly issues: QuestionnaireIssue[];
  readonly texts: Record<string, Record<string, unknown>>;
}

/**
 * Checks the locale files against the questionnaire: one file per declared
 * language and none for others, each an object of texts holding exactly the
 * keys the structure needs (`locale-keys.ts`), none of the required ones blank.
 *
 * @param folder The questionnaire's folder with a trailing slash, to name a missing locale file.
 */
export function localeIssues(
  q: Questionnaire,
  locales: Readonly<Record<string, { readonly file: string; readonly data: unknown }>>,
  folder: string,
): LocaleCheck {
  const issues: QuestionnaireIssue[] = [];
  const texts: Record<string, Record<string, unknown>> = {};
  for (const language of q.languages)
    if (!locales[language])
      issues.push({
        file: `${folder}locales/${language}.json`,
        path: '$',
        code: 'missing-locale',
        message: `language "${language}" is declared in "languages" but has no locale file`,
      });

  const keys = localeKeys(q);
  for (const [language, source] of Object.entries(locales)) {
    const { issues: own, add } = issueCollector(source.file);
    if (!(q.languages as readonly string[]).includes(language))
      add(
        '$',
        'undeclared-locale',
        `language "${language}" is not listed in the questionnaire's "languages"`,
      );
    else if (!isObject(source.data))
      add('$', 'locale-not-object', 'a locale file must be a JSON object of texts');
    else {
      checkTexts(source.data, keys, add);
      texts[language] = source.data;
    }
    issues.push(...own);
  }
  return { issues, texts };
}

function checkTexts(
  data: Record<string, unknown>,
  { required, optional }: ReturnType<typeof localeKeys>,
  add: ReturnType<typeof issueCollector>['add'],
): void {
  const { entries, badLeaves } = flattenLocale(data);
  badLeaves.forEach((leaf) =>
    add(`$.${leaf}`, 'not-text', 'must be a text (a JSON string) or an object of texts'),
  );
  const bad = new Set(badLeaves);
  for (const key of required) {
    const value = entries.get(key);
    if (bad.has(key)) continue;
    if (value === undefined) add(`$.${key}`, 'missing-key', `missing text "${key}"`);
    else if (value.trim() === '') add(`$.${key}`, 'empty-text', `text "${key}" is empty`);
  }
  for (const key of entries.keys())
    if (!required.has(key) && !optional.has(key))
      add(
        `$.${key}`,
        'orphan-key',
        `text "${key}" belongs to no question, section, option or exit`,
      );
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
