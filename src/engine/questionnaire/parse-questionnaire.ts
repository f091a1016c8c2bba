import { jsonPath } from '../json-path';
import type { z } from '../zod';
import { conditionIssues } from './check-conditions';
import { legalRefIssues } from './check-legal-refs';
import { localeIssues } from './check-locales';
import { nationalModuleIssues } from './check-national-modules';
import { reachabilityIssues } from './check-reachability';
import { structureIssues } from './check-structure';
import type { QuestionnaireIssue } from './questionnaire-issue';
import { QuestionnaireSchema, type Questionnaire } from './questionnaire.schema';

export type { QuestionnaireIssue, QuestionnaireIssueCode } from './questionnaire-issue';

export interface SourceFile {
  readonly file: string;
  readonly data: unknown;
}

export interface QuestionnaireBundleInput {
  readonly questionnaire: SourceFile;
  /** Locale files by language code. */
  readonly locales: Readonly<Record<string, SourceFile>>;
}

/** A questionnaire that passed every check, with its texts per language as dotted keys. */
export interface QuestionnaireBundle {
  readonly questionnaire: Questionnaire;
  readonly texts: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
}

export type ParseResult =
  | { readonly ok: true; readonly bundle: QuestionnaireBundle }
  | { readonly ok: false; readonly issues: readonly QuestionnaireIssue[] };

export interface ParseOptions {
  /**
   * Search for questions no answers can show. Thorough but slow (about half a
   * second for the shipped questionnaire), so the app leaves it to
   * `npm run validate` and the tests, which check every shipped file.
   */
  readonly checkReachability?: boolean;
}

/**
 * Parses a questionnaire file and its locale files from untrusted JSON.
 *
 * Beyond the shape (zod), it checks what a schema cannot: the structure (ids,
 * option lists, ranges, scoring, critical gaps: `check-structure.ts`), the
 * conditions (`check-conditions.ts`), that some answers can show every section
 * and question (`check-reachability.ts`), that legal references exist
 * (`check-legal-refs.ts`), that national modules are wired to their flag
 * (`check-national-modules.ts`), and that the locales hold exactly the texts the
 * structure needs (`check-locales.ts`). Every problem is returned, not just
 * the first; `QUESTIONNAIRE_ISSUE_CODES` lists what each code means.
 */
export function parseQuestionnaireBundle(
  input: QuestionnaireBundleInput,
  options: ParseOptions = {},
): ParseResult {
  const { file, data } = input.questionnaire;
  const shape = QuestionnaireSchema.safeParse(data);
  if (!shape.success) return { ok: false, issues: shapeIssues(file, shape.error) };

  const q = shape.data;
  const issues = [
    ...structureIssues(file, q),
    ...conditionIssues(file, q),
    ...nationalModuleIssues(file, q),
  ];
  // The search assumes sound references, and would only repeat their problems.
  if (issues.length === 0 && options.checkReachability !== false)
    issues.push(...reachabilityIssues(file, q));
  issues.push(...legalRefIssues(file, q));
  const folder = file.includes('/') ? file.slice(0, file.lastIndexOf('/') + 1) : '';
  const localeResult = localeIssues(q, input.locales, folder);
  issues.push(...localeResult.issues);
  if (issues.length > 0) return { ok: false, issues };
  return { ok: true, bundle: { questionnaire: q, texts: localeResult.texts } };
}

/**
 * Parses the text of one JSON file; a syntax error becomes an issue naming
 * the file instead of an exception.
 */
export function parseJsonText(file: string, text: string): SourceFile | QuestionnaireIssue {
  try {
    return { file, data: JSON.parse(text) as unknown };
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { file, path: '$', code: 'invalid-json', message: `not valid JSON: ${message}` };
  }
}

/**
 * Parses a bundle given as file texts: the questionnaire and its locales
 * (language → file name and text).
 */
export function parseQuestionnaireTexts(
  questionnaire: { file: string; text: string },
  locales: Readonly<Record<string, { file: string; text: string }>>,
  options: ParseOptions = {},
): ParseResult {
  const issues: QuestionnaireIssue[] = [];
  const read = (source: { file: string; text: string }): SourceFile | null => {
    const parsed = parseJsonText(source.file, source.text);
    if ('code' in parsed) {
      issues.push(parsed);
      return null;
    }
    return parsed;
  };
  const main = read(questionnaire);
  const localeSources: Record<string, SourceFile> = {};
  for (const [language, source] of Object.entries(locales)) {
    const parsed = read(source);
    if (parsed) localeSources[language] = parsed;
  }
  if (!main || issues.length > 0) return { ok: false, issues };
  return parseQuestionnaireBundle({ questionnaire: main, locales: localeSources }, options);
}

/** Formats issues one per line: `file $.path: message`. */
export function formatIssues(issues: readonly QuestionnaireIssue[]): string {
  return issues.map((i) => `${i.file} ${i.path}: ${i.message}`).join('\n');
}

function shapeIssues(file: string, error: z.ZodError): QuestionnaireIssue[] {
  return error.issues.map((issue) => ({
    file,
    path: jsonPath(issue.path),
    code: 'shape',
    message:
      issue.code === 'invalid_union' && !('discriminator' in issue && issue.discriminator)
        ? 'not a valid condition: use one of all, any, not, flag, or question with equals, in, answered, gt, gte, lt or lte'
        : issue.message,
  }));
}
