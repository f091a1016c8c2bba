import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { flattenLocale } from '@/engine/questionnaire/locale-keys';
import { LANGUAGE_CODES, SOURCE_LANGUAGE } from '@/i18n/languages';

// Not `new URL(…, import.meta.url)`: under jsdom that URL resolves against the page, not the disk.
const repoRoot = join(import.meta.dirname, '../..');

/**
 * Texts that may stay exactly as in English, per language: names, and words
 * the language shares with English. Anything else identical to English is
 * reported as left untranslated. Texts without letters ("#", "{{value}}") and
 * texts made only of legal references and short codes ("Art. 83(4)", "HR")
 * need no entry.
 */
export const SAME_AS_ENGLISH: Readonly<Record<string, readonly string[]>> = {
  nl: [
    // Names: of languages (each in itself) and of countries.
    'English',
    'Nederlands',
    'Canada',
    'China',
    'India',
    'Japan',
    // Dutch words spelt as in English.
    'Contact',
    'euro',
    'Later',
    'Marketing',
    'Menu',
    'Product',
    'Project',
    'Score',
    'Score {{score}}',
    'Start',
    'Status',
    'Website',
    'Workshop',
    'Workshop: {{title}}',
    '{{count}} min',
  ],
  de: [
    // Names of countries.
    'China',
    'Israel',
    'Japan',
    // German words spelt as in English.
    'Marketing',
    'Newsletter',
    'Organisation',
    'Pause',
    'Profiling',
    'Start',
    'Status',
    'Website',
    'Workshop',
    'Workshop: {{title}}',
  ],
  fr: [
    // Names of countries.
    'Canada',
    'France',
    // French words spelt as in English.
    '1 participant',
    'Action',
    'Actions',
    'Article',
    'Contact',
    'Date',
    'Effort',
    'Marketing',
    'Menu',
    'Note',
    'Organisation',
    'Participants',
    'Pause',
    'Pseudonymisation',
    'Question',
    'Questionnaire',
    'Score',
    'Score {{score}}',
    'Section',
    'Sections',
    'action {{number}}',
    '{{count}} action',
    '{{count}} actions',
    '{{count}} min',
    '{{count}} participants',
    '{{id}}, version {{version}}',
  ],
  da: [
    // Names of countries.
    'Canada',
    'Israel',
    'Japan',
    'New Zealand',
    // Danish words spelt as in English.
    'Marketing',
    'Menu',
    'Note',
    'Organisation',
    'Pause',
    'Score',
    'Score {{score}}',
    'Start',
    'Status',
    'Website',
    'Workshop',
    'Workshop: {{title}}',
    'euro',
    '{{id}}, version {{version}}',
  ],
};

/** The pattern of a family's file names, capturing the language: `report.nl.json`. */
const familyFile = (prefix: string) =>
  new RegExp(`^${prefix.replace(/\./g, '\\.')}([a-z]{2,3}(?:-[A-Z]{2})?)\\.json$`);

/**
 * The locale files of one family in a folder, by language: `<prefix><language>.json`,
 * e.g. `report.nl.json` for the prefix `report.`. Every registered language must
 * have its file, and no other language may: a file missing or left over throws,
 * naming it, rather than a check quietly covering fewer languages.
 *
 * @param dir A folder relative to the repository root.
 */
export function readLocales(dir: string, prefix = ''): Record<string, unknown> {
  const pattern = familyFile(prefix);
  const found = readdirSync(join(repoRoot, dir))
    .map((name) => pattern.exec(name)?.[1])
    .filter((language) => language !== undefined);
  const unregistered = found.filter((l) => !(LANGUAGE_CODES as readonly string[]).includes(l));
  if (unregistered.length > 0)
    throw new Error(
      `${dir}: ${unregistered.map((l) => `${prefix}${l}.json`).join(', ')} for a language not in src/i18n/languages.ts`,
    );
  const locales: Record<string, unknown> = {};
  for (const language of LANGUAGE_CODES) {
    const file = join(repoRoot, dir, `${prefix}${language}.json`);
    if (!existsSync(file))
      throw new Error(`${dir}/${prefix}${language}.json is missing: "${language}" is registered`);
    locales[language] = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  }
  return locales;
}

/** A family of locale files: one file per registered language, checked against English. */
export interface LocaleFamily {
  readonly name: string;
  /** Its texts by language. */
  readonly read: () => Record<string, unknown>;
}

const questionnaireIds = () =>
  readdirSync(join(repoRoot, 'questionnaires'), { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort();

/**
 * The titles and descriptions of a questionnaire's example answer files, as a
 * locale per language (`<example>.title`, `<example>.description`), so they are
 * checked as every other text is. Every registered language must be there.
 */
export function exampleLocales(questionnaireId: string): Record<string, unknown> {
  const dir = join(repoRoot, 'questionnaires', questionnaireId, 'examples');
  const locales: Record<string, Record<string, Record<string, unknown>>> = {};
  for (const language of LANGUAGE_CODES) locales[language] = {};
  if (!existsSync(dir)) return locales;
  for (const name of readdirSync(dir)
    .filter((n) => n.endsWith('.json'))
    .sort()) {
    const example = JSON.parse(readFileSync(join(dir, name), 'utf8')) as {
      title?: Record<string, unknown>;
      description?: Record<string, unknown>;
    };
    for (const language of LANGUAGE_CODES)
      locales[language]![name.replace(/\.json$/, '')] = {
        title: example.title?.[language],
        description: example.description?.[language],
      };
  }
  return locales;
}

/**
 * Every family of texts the app has: its own (app, report, consultant screens),
 * the knowledge pages, and each questionnaire's texts and example titles. A new
 * family belongs here, so that every language is checked in it.
 */
export function localeFamilies(): LocaleFamily[] {
  return [
    { name: 'app texts', read: () => readLocales('src/i18n/locales') },
    { name: 'report texts', read: () => readLocales('src/i18n/locales', 'report.') },
    { name: 'workflow texts', read: () => readLocales('src/i18n/locales', 'workflow.') },
    ...['faq', 'glossary', 'dpa'].map((page) => ({
      name: `${page} page`,
      read: () => readLocales('src/knowledge/locales', `${page}.`),
    })),
    ...questionnaireIds().flatMap((id) => [
      { name: `questionnaire ${id}`, read: () => readLocales(`questionnaires/${id}/locales`) },
      { name: `examples of ${id}`, read: () => exampleLocales(id) },
    ]),
  ];
}

/**
 * The names a text interpolates, sorted and each once: `{{name}}`,
 * `{{name, format}}` and `{{- name}}` give `name`; i18next nesting
 * `$t(key)` or `$t(key, {...})` gives `$t(key)`.
 */
export function placeholderNames(text: string): string[] {
  const names = [
    ...[...text.matchAll(/\{\{\s*(?:-\s*)?([\w.]+)\s*(?:,[^}]*)?\}\}/g)].map((m) => m[1]!),
    ...[...text.matchAll(/\$t\(\s*([^,)\s]+)/g)].map((m) => `$t(${m[1]!})`),
  ];
  return [...new Set(names)].sort();
}

/**
 * Compares every language of a locale family with English and returns each
 * problem as a line for a person to fix: a key missing or extra, a text that
 * is not a string or is empty, a placeholder missing or added, and a text left
 * as the English one (beyond `sameAsEnglish` and texts without words).
 *
 * Plural keys (`_one`, `_few`, …) follow each language's own plural forms
 * (`Intl.PluralRules`), so a language may lack a form English has or need one
 * English lacks. i18next always passes `count` to them, so a form may add it,
 * and a form for a single number (zero, one, two) may leave it out.
 */
export function translationProblems(
  locales: Readonly<Record<string, unknown>>,
  sameAsEnglish: Readonly<Record<string, readonly string[]>> = SAME_AS_ENGLISH,
): string[] {
  const english = readTexts(SOURCE_LANGUAGE, locales[SOURCE_LANGUAGE]);
  const problems = [...english.problems];
  for (const [key, text] of english.texts)
    if (text.trim() === '') problems.push(`${SOURCE_LANGUAGE}: "${key}" is empty`);
  for (const [language, data] of Object.entries(locales)) {
    if (language === SOURCE_LANGUAGE) continue;
    const translation = readTexts(language, data);
    problems.push(...translation.problems);
    problems.push(
      ...compareTexts(language, english.texts, translation.texts, sameAsEnglish[language] ?? []),
    );
  }
  return problems;
}

function readTexts(language: string, data: unknown) {
  const { entries, badLeaves } = flattenLocale(data);
  return {
    texts: entries,
    problems: badLeaves.map((key) => `${language}: "${key}" is not a text`),
  };
}

/** A plural key of English, as `base_form`, when English has the `base_other` form it falls back to. */
function pluralOf(key: string, english: ReadonlyMap<string, string>) {
  const match = /^(.*)_(zero|one|two|few|many|other)$/.exec(key);
  if (!match || !english.has(`${match[1]!}_other`)) return undefined;
  return { base: match[1]!, form: match[2] as Intl.LDMLPluralRule };
}

/** Forms in which the number is implied by the words ("one answer"), so `{{count}}` may be left out. */
const SINGLE_NUMBER_FORMS: readonly string[] = ['zero', 'one', 'two'];

function compareTexts(
  language: string,
  english: ReadonlyMap<string, string>,
  translation: ReadonlyMap<string, string>,
  allowed: readonly string[],
): string[] {
  const problems: string[] = [];
  const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const expected = new Set<string>();
  for (const key of english.keys()) {
    const plural = pluralOf(key, english);
    if (!plural) expected.add(key);
    else for (const form of forms) expected.add(`${plural.base}_${form}`);
  }
  for (const key of expected)
    if (!translation.has(key)) problems.push(`${language}: "${key}" is missing`);

  for (const [key, text] of translation) {
    const plural = pluralOf(key, english);
    const source = english.get(key) ?? (plural && english.get(`${plural.base}_other`));
    if (source === undefined) {
      problems.push(`${language}: "${key}" is not in English`);
      continue;
    }
    if (!expected.has(key)) {
      problems.push(`${language}: "${key}" is a plural form the language does not have`);
      continue;
    }
    if (text.trim() === '') {
      problems.push(`${language}: "${key}" is empty`);
      continue;
    }
    const want = placeholderNames(source);
    const have = placeholderNames(text);
    const optionalCount = (name: string) =>
      name === 'count' && plural !== undefined && SINGLE_NUMBER_FORMS.includes(plural.form);
    const lacking = want.filter((n) => !have.includes(n) && !optionalCount(n));
    const added = have.filter((n) => !want.includes(n) && !(n === 'count' && plural));
    if (lacking.length > 0)
      problems.push(`${language}: "${key}" lacks ${lacking.map(show).join(', ')}`);
    if (added.length > 0)
      problems.push(`${language}: "${key}" adds ${added.map(show).join(', ')}, unknown in English`);
    if (text.trim() === source.trim() && !allowed.includes(text.trim()) && hasWords(text))
      problems.push(`${language}: "${key}" is still the English text "${text}"`);
  }
  return problems;
}

const show = (name: string) => (name.startsWith('$t(') ? name : `{{${name}}}`);

/** Whether a text has words to translate once placeholders, legal references and short codes are gone. */
function hasWords(text: string): boolean {
  return /\p{Ll}/u.test(
    text
      .replace(/\{\{[^}]*\}\}|\$t\([^)]*\)/g, ' ')
      .replace(/\b(?:Art\.|Rec\.|UAVG)\s*\d+[a-z]?(?:\(\w+\))*/g, ' '),
  );
}
