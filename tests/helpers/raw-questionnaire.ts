import { expect } from 'vitest';
import {
  parseQuestionnaireBundle,
  type ParseResult,
  type QuestionnaireIssue,
  type SourceFile,
} from '@/engine/questionnaire/parse-questionnaire';
import {
  QuestionnaireSchema,
  type Questionnaire,
} from '@/engine/questionnaire/questionnaire.schema';
import { localeFor } from './questionnaires';

/** Untrusted questionnaire JSON, loosely typed so tests can break it on purpose. */
export interface RawQuestion {
  id: string;
  type: string;
  [field: string]: unknown;
}
export interface RawSection {
  id: string;
  showIf?: unknown;
  questions: RawQuestion[];
}
export interface RawQuestionnaire {
  schemaVersion: number;
  id: string;
  version: string;
  languages: string[];
  flags?: Record<string, unknown>;
  exits?: unknown[];
  determinations?: unknown[];
  criticalGaps?: unknown[];
  nationalModules?: unknown[];
  sections: RawSection[];
}

export const FILE = 'questionnaires/test/questionnaire.json';
export const localeFile = (language: string) => `questionnaires/test/locales/${language}.json`;

export function rawQuestionnaire(
  sections: RawSection[],
  extra: Partial<RawQuestionnaire> = {},
): RawQuestionnaire {
  return { schemaVersion: 1, id: 'test', version: '1.0.0', languages: ['en'], sections, ...extra };
}

/** One section "s1" holding the given questions. */
export function oneSection(...questions: RawQuestion[]): RawQuestionnaire {
  return rawQuestionnaire([{ id: 's1', questions }]);
}

export function choice(id: string, extra: Record<string, unknown> = {}): RawQuestion {
  return { id, type: 'singleChoice', options: ['yes', 'no'], ...extra };
}

/** A raw questionnaire of valid shape, parsed for a check that takes a `Questionnaire`. */
export function shaped(q: RawQuestionnaire): Questionnaire {
  return QuestionnaireSchema.parse(q);
}

/** A complete locale for a questionnaire whose shape is valid, else an empty one. */
export function completeLocale(q: RawQuestionnaire): Record<string, unknown> {
  const shape = QuestionnaireSchema.safeParse(q);
  return shape.success ? localeFor(shape.data) : {};
}

/** Parses a raw questionnaire; by default with a complete locale for each declared language. */
export function parseRaw(q: RawQuestionnaire, locales?: Record<string, unknown>): ParseResult {
  const data = locales ?? Object.fromEntries(q.languages.map((l) => [l, completeLocale(q)]));
  const sources: Record<string, SourceFile> = {};
  for (const [language, locale] of Object.entries(data)) {
    sources[language] = { file: localeFile(language), data: locale };
  }
  return parseQuestionnaireBundle({ questionnaire: { file: FILE, data: q }, locales: sources });
}

export function issuesOf(result: ParseResult): readonly QuestionnaireIssue[] {
  if (result.ok) throw new Error('expected the bundle to be rejected, but it parsed');
  return result.issues;
}

/** The single issue of a rejected bundle or a check; fails the test if there are more or none. */
export function onlyIssue(result: ParseResult | readonly QuestionnaireIssue[]): QuestionnaireIssue {
  const issues = 'ok' in result ? issuesOf(result) : result;
  expect(issues.map((i) => `${i.code} ${i.path}`)).toHaveLength(1);
  return issues[0]!;
}
