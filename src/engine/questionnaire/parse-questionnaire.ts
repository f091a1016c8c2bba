import { jsonPath } from '../json-path';
import type { z } from '../zod';
import { legalRefProblem } from '../legal/legal-refs';
import { validateAnswer } from './answer-validation';
import { conditionRefs } from './conditions';
import { flattenLocale, localeKeys } from './locale-keys';
import {
  QuestionnaireSchema,
  type AnswerValue,
  type Condition,
  type Question,
  type Questionnaire,
} from './questionnaire.schema';
import { computeVisibility, type Visibility } from './visibility';

/** One problem in a questionnaire bundle, precise enough for an author to fix it. */
export interface QuestionnaireIssue {
  /** The file, as the caller named it (a path relative to the repository). */
  readonly file: string;
  /** JSON path inside the file, e.g. `$.sections[1].questions[0].showIf.question`. */
  readonly path: string;
  readonly code: QuestionnaireIssueCode;
  readonly message: string;
}

export type QuestionnaireIssueCode =
  | 'invalid-json'
  | 'shape'
  | 'duplicate-id'
  | 'unknown-question'
  | 'unknown-section'
  | 'forward-reference'
  | 'unknown-option'
  | 'operator-mismatch'
  | 'unknown-flag'
  | 'flag-order'
  | 'bad-range'
  | 'unreachable-question'
  | 'unknown-article'
  | 'missing-locale'
  | 'undeclared-locale'
  | 'missing-key'
  | 'orphan-key'
  | 'empty-text'
  | 'not-text';

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

/**
 * Parses a questionnaire file and its locale files from untrusted JSON.
 *
 * Beyond the shape (zod), it checks what a schema cannot: unique ids,
 * conditions that refer to existing, earlier questions and real options,
 * flags that only use flags declared before them, questions that some set of
 * answers can reach, legal references to GDPR articles, paragraphs, points
 * and recitals that exist, and locales with exactly the keys the structure
 * needs. Every problem is returned, not just the first.
 */
export interface ParseOptions {
  /**
   * Search for questions no answers can show. Thorough but slow on a large
   * questionnaire (most of a second for the shipped one), so the app leaves it
   * to `npm run validate` and the tests, which check every shipped file.
   */
  readonly checkReachability?: boolean;
}

export function parseQuestionnaireBundle(
  input: QuestionnaireBundleInput,
  options: ParseOptions = {},
): ParseResult {
  const { file, data } = input.questionnaire;
  const shape = QuestionnaireSchema.safeParse(data);
  if (!shape.success) return { ok: false, issues: shapeIssues(file, shape.error) };

  const q = shape.data;
  const issues = [...structureIssues(file, q)];
  if (issues.length === 0 && options.checkReachability !== false)
    issues.push(...reachabilityIssues(file, q));
  issues.push(...articleIssues(file, q));
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

interface Located {
  readonly question: Question;
  readonly index: number;
  readonly path: string;
}

function structureIssues(file: string, q: Questionnaire): QuestionnaireIssue[] {
  const issues: QuestionnaireIssue[] = [];
  const add = (path: string, code: QuestionnaireIssueCode, message: string) =>
    issues.push({ file, path, code, message });

  const questions = new Map<string, Located>();
  const sectionIds = new Set<string>();
  let index = 0;
  q.sections.forEach((section, s) => {
    if (sectionIds.has(section.id))
      add(`$.sections[${s}].id`, 'duplicate-id', `section id "${section.id}" is used twice`);
    sectionIds.add(section.id);
    section.questions.forEach((question, i) => {
      const path = `$.sections[${s}].questions[${i}]`;
      if (questions.has(question.id))
        add(`${path}.id`, 'duplicate-id', `question id "${question.id}" is used twice`);
      else questions.set(question.id, { question, index: index++, path });
    });
  });

  const flagNames = Object.keys(q.flags);
  const flagQuestionRefs = new Map<string, string[]>();

  const checkCondition = (
    condition: Condition,
    path: string,
    before: number | null,
    allowedFlags: readonly string[],
    allowGap = false,
  ) => {
    walkLeaves(condition, path, (leaf, leafPath) => {
      if ('gap' in leaf) {
        if (!allowGap)
          add(
            `${leafPath}.gap`,
            'operator-mismatch',
            'gap looks at the whole questionnaire, so only determinations may use it',
          );
        return;
      }
      if ('flag' in leaf) {
        if (!flagNames.includes(leaf.flag))
          add(`${leafPath}.flag`, 'unknown-flag', `flag "${leaf.flag}" is not defined in $.flags`);
        else if (!allowedFlags.includes(leaf.flag))
          add(
            `${leafPath}.flag`,
            'flag-order',
            `flag "${leaf.flag}" must be declared before the flag that uses it`,
          );
        else if (before !== null) {
          for (const ref of flagQuestionRefs.get(leaf.flag) ?? []) {
            const target = questions.get(ref);
            if (target && target.index >= before)
              add(
                `${leafPath}.flag`,
                'forward-reference',
                `flag "${leaf.flag}" depends on question "${ref}", which does not come earlier`,
              );
          }
        }
        return;
      }
      const target = questions.get(leaf.question);
      if (!target) {
        add(
          `${leafPath}.question`,
          'unknown-question',
          `question "${leaf.question}" does not exist`,
        );
        return;
      }
      if (before !== null && target.index >= before)
        add(
          `${leafPath}.question`,
          'forward-reference',
          `question "${leaf.question}" must come before the question or section that tests it`,
        );
      checkOperator(leaf, target.question, leafPath, add);
    });
  };

  flagNames.forEach((name, i) => {
    const condition = q.flags[name]!;
    checkCondition(condition, `$.flags.${name}`, null, flagNames.slice(0, i));
    const direct = conditionRefs(condition);
    flagQuestionRefs.set(name, [
      ...direct.questions,
      ...direct.flags.flatMap((f) => flagQuestionRefs.get(f) ?? []),
    ]);
  });

  q.sections.forEach((section, s) => {
    const first = section.questions[0] ? (questions.get(section.questions[0].id)?.index ?? 0) : 0;
    if (section.showIf) checkCondition(section.showIf, `$.sections[${s}].showIf`, first, flagNames);
    section.questions.forEach((question, i) => {
      const path = `$.sections[${s}].questions[${i}]`;
      const own = questions.get(question.id);
      if (question.showIf && own?.question === question)
        checkCondition(question.showIf, `${path}.showIf`, own.index, flagNames);
      if (question.type === 'multiChoice') {
        question.exclusive.forEach((option, k) => {
          if (!question.options.includes(option))
            add(
              `${path}.exclusive[${k}]`,
              'unknown-option',
              `"${option}" is not one of this question's options`,
            );
        });
      }
      if (
        question.type === 'number' &&
        question.min !== undefined &&
        question.max !== undefined &&
        question.min > question.max
      )
        add(
          `${path}.min`,
          'bad-range',
          `min (${question.min}) is larger than max (${question.max})`,
        );
      else if (
        question.type === 'number' &&
        question.integer &&
        question.min !== undefined &&
        question.max !== undefined &&
        Math.ceil(question.min) > Math.floor(question.max)
      )
        add(
          `${path}.min`,
          'bad-range',
          `no whole number lies between min (${question.min}) and max (${question.max})`,
        );
      const duplicate = choiceOptions(question).find((o, k, all) => all.indexOf(o) !== k);
      if (duplicate)
        add(`${path}.options`, 'duplicate-id', `option "${duplicate}" is listed twice`);
      if (question.scoring) {
        if (question.type !== 'singleChoice')
          add(`${path}.scoring`, 'operator-mismatch', 'only single-choice questions can be scored');
        question.scoring.gaps?.forEach((gap, k) => {
          if (!choiceOptions(question).includes(gap))
            add(
              `${path}.scoring.gaps[${k}]`,
              'unknown-option',
              `"${gap}" is not one of this question's options`,
            );
        });
      }
    });
  });

  const exitIds = new Set<string>();
  q.exits.forEach((exit, e) => {
    if (exitIds.has(exit.id))
      add(`$.exits[${e}].id`, 'duplicate-id', `exit id "${exit.id}" is used twice`);
    exitIds.add(exit.id);
    checkCondition(exit.when, `$.exits[${e}].when`, null, flagNames);
    const reasonIds = new Set<string>();
    exit.reasons.forEach((reason, r) => {
      if (reasonIds.has(reason.id))
        add(
          `$.exits[${e}].reasons[${r}].id`,
          'duplicate-id',
          `reason id "${reason.id}" is used twice in exit "${exit.id}"`,
        );
      reasonIds.add(reason.id);
      checkCondition(reason.when, `$.exits[${e}].reasons[${r}].when`, null, flagNames);
    });
  });

  const determinationIds = new Set<string>();
  q.determinations.forEach((determination, d) => {
    const path = `$.determinations[${d}]`;
    if (determinationIds.has(determination.id))
      add(`${path}.id`, 'duplicate-id', `determination id "${determination.id}" is used twice`);
    determinationIds.add(determination.id);
    const outcomeIds = new Set<string>();
    determination.outcomes.forEach((outcome, o) => {
      if (outcomeIds.has(outcome.id))
        add(
          `${path}.outcomes[${o}].id`,
          'duplicate-id',
          `outcome id "${outcome.id}" is used twice in "${determination.id}"`,
        );
      outcomeIds.add(outcome.id);
      if (outcome.when)
        checkCondition(outcome.when, `${path}.outcomes[${o}].when`, null, flagNames, true);
      else if (o !== determination.outcomes.length - 1)
        add(
          `${path}.outcomes[${o}].when`,
          'shape',
          'only the last outcome may leave out "when" (it applies when no other does)',
        );
      const reasonIds = new Set<string>();
      outcome.reasons.forEach((reason, r) => {
        const reasonPath = `${path}.outcomes[${o}].reasons[${r}]`;
        if (reasonIds.has(reason.id))
          add(
            `${reasonPath}.id`,
            'duplicate-id',
            `reason id "${reason.id}" is used twice in "${determination.id}.${outcome.id}"`,
          );
        reasonIds.add(reason.id);
        checkCondition(reason.when, `${reasonPath}.when`, null, flagNames, true);
      });
    });
  });

  const gapIds = new Set<string>();
  q.criticalGaps.forEach((gap, g) => {
    const path = `$.criticalGaps[${g}]`;
    if (gapIds.has(gap.id))
      add(`${path}.id`, 'duplicate-id', `critical gap id "${gap.id}" is used twice`);
    gapIds.add(gap.id);
    if (!sectionIds.has(gap.section))
      add(`${path}.section`, 'unknown-section', `section "${gap.section}" does not exist`);
    if (gap.action !== undefined && !questions.get(gap.action)?.question.scoring)
      add(
        `${path}.action`,
        'unknown-question',
        `"${gap.action}" is not a scored question, so it raises no action to close the gap`,
      );
    checkCondition(gap.when, `${path}.when`, null, flagNames, true);
  });
  return issues;
}

/** Legal references that name no real provision, e.g. "Art. 28(11)". */
function articleIssues(file: string, q: Questionnaire): QuestionnaireIssue[] {
  const issues: QuestionnaireIssue[] = [];
  q.sections.forEach((section, s) =>
    section.questions.forEach((question, i) =>
      question.articles.forEach((ref, k) => {
        const problem = legalRefProblem(ref);
        if (problem !== null)
          issues.push({
            file,
            path: `$.sections[${s}].questions[${i}].articles[${k}]`,
            code: 'unknown-article',
            message: `"${ref}" does not exist: ${problem}`,
          });
      }),
    ),
  );
  const check = (refs: readonly string[], path: string) =>
    refs.forEach((ref, k) => {
      const problem = legalRefProblem(ref);
      if (problem !== null)
        issues.push({
          file,
          path: `${path}.articles[${k}]`,
          code: 'unknown-article',
          message: `"${ref}" does not exist: ${problem}`,
        });
    });
  q.determinations.forEach((determination, d) =>
    determination.outcomes.forEach((outcome, o) => {
      check(outcome.articles, `$.determinations[${d}].outcomes[${o}]`);
      outcome.reasons.forEach((reason, r) =>
        check(reason.articles, `$.determinations[${d}].outcomes[${o}].reasons[${r}]`),
      );
    }),
  );
  q.criticalGaps.forEach((gap, g) => check(gap.articles, `$.criticalGaps[${g}]`));
  return issues;
}

type Leaf = Exclude<Condition, { all: Condition[] } | { any: Condition[] } | { not: Condition }>;

function walkLeaves(
  condition: Condition,
  path: string,
  visit: (leaf: Leaf, path: string) => void,
): void {
  if ('all' in condition)
    condition.all.forEach((c, i) => walkLeaves(c, `${path}.all[${i}]`, visit));
  else if ('any' in condition)
    condition.any.forEach((c, i) => walkLeaves(c, `${path}.any[${i}]`, visit));
  else if ('not' in condition) walkLeaves(condition.not, `${path}.not`, visit);
  else visit(condition, path);
}

function choiceOptions(question: Question): readonly string[] {
  return question.type === 'singleChoice' || question.type === 'multiChoice'
    ? question.options
    : [];
}

function checkOperator(
  leaf: Exclude<Leaf, { flag: string }>,
  target: Question,
  path: string,
  add: (path: string, code: QuestionnaireIssueCode, message: string) => void,
): void {
  const isChoice = target.type === 'singleChoice' || target.type === 'multiChoice';
  const options = choiceOptions(target);
  if ('equals' in leaf) {
    if (isChoice && typeof leaf.equals === 'string' && !options.includes(leaf.equals))
      add(
        `${path}.equals`,
        'unknown-option',
        `"${leaf.equals}" is not an option of question "${target.id}"`,
      );
    else if (isChoice && typeof leaf.equals !== 'string')
      add(
        `${path}.equals`,
        'operator-mismatch',
        `question "${target.id}" has options, so equals needs an option id`,
      );
    else if (target.type === 'number' && typeof leaf.equals !== 'number')
      add(
        `${path}.equals`,
        'operator-mismatch',
        `question "${target.id}" is a number question, so equals needs a number`,
      );
    else if (!isChoice && target.type !== 'number')
      add(
        `${path}.equals`,
        'operator-mismatch',
        `text question "${target.id}" can only be tested with answered`,
      );
  } else if ('minSelected' in leaf) {
    if (target.type !== 'multiChoice')
      add(
        `${path}.minSelected`,
        'operator-mismatch',
        `question "${target.id}" is not a multiple-choice question, so minSelected cannot apply`,
      );
    else if (leaf.minSelected > target.options.length)
      add(
        `${path}.minSelected`,
        'operator-mismatch',
        `question "${target.id}" has only ${target.options.length} options, fewer than ${leaf.minSelected}`,
      );
  } else if ('in' in leaf) {
    if (!isChoice)
      add(
        `${path}.in`,
        'operator-mismatch',
        `question "${target.id}" has no options, so "in" cannot apply`,
      );
    leaf.in.forEach((option, i) => {
      if (isChoice && !options.includes(option))
        add(
          `${path}.in[${i}]`,
          'unknown-option',
          `"${option}" is not an option of question "${target.id}"`,
        );
    });
  } else if (!('answered' in leaf) && target.type !== 'number') {
    const operator = 'gt' in leaf ? 'gt' : 'gte' in leaf ? 'gte' : 'lt' in leaf ? 'lt' : 'lte';
    add(
      `${path}.${operator}`,
      'operator-mismatch',
      `question "${target.id}" is not a number question, so it cannot be compared with gt, gte, lt or lte`,
    );
  }
}

/** How many answer combinations the reachability search tries per question before giving the benefit of the doubt. */
const REACHABILITY_BUDGET = 50_000;

/**
 * Finds questions that no set of answers can show. It tries every combination
 * of the values that matter for the questions a show-condition depends on
 * (through flags and their own show-conditions), within a budget.
 */
function reachabilityIssues(file: string, q: Questionnaire): QuestionnaireIssue[] {
  const all = q.sections.flatMap((section, s) =>
    section.questions.map((question, i) => ({
      section,
      question,
      path: `$.sections[${s}].questions[${i}]`,
    })),
  );
  const byId = new Map(all.map((entry) => [entry.question.id, entry]));
  const thresholds = numberThresholds(q);

  const dependencies = (conditions: (Condition | undefined)[]): Set<string> => {
    const found = new Set<string>();
    const pending = [...conditions];
    const seenFlags = new Set<string>();
    while (pending.length > 0) {
      const condition = pending.pop();
      if (!condition) continue;
      const refs = conditionRefs(condition);
      for (const flag of refs.flags) {
        if (!seenFlags.has(flag)) {
          seenFlags.add(flag);
          pending.push(q.flags[flag]);
        }
      }
      for (const id of refs.questions) {
        if (found.has(id)) continue;
        found.add(id);
        const entry = byId.get(id);
        pending.push(entry?.question.showIf, entry?.section.showIf);
      }
    }
    return found;
  };

  const reachable = (
    conditions: (Condition | undefined)[],
    shown: (v: Visibility) => boolean,
  ): boolean => {
    const deps = [...dependencies(conditions)];
    const domains = deps.map((id) => domainOf(byId.get(id)!.question, thresholds.get(id) ?? []));
    const size = domains.reduce((n, d) => n * d.length, 1);
    if (size > REACHABILITY_BUDGET) return true;
    let found = false;
    forEachCombination(domains, (values) => {
      const answers: Record<string, AnswerValue> = {};
      values.forEach((v, i) => {
        if (v !== undefined) answers[deps[i]!] = v;
      });
      found = shown(computeVisibility(q, answers));
      return found;
    });
    return found;
  };

  const issues: QuestionnaireIssue[] = [];
  q.sections.forEach((section, s) => {
    if (
      section.showIf &&
      !reachable([section.showIf], (v) => v.sections.get(section.id) === true)
    ) {
      issues.push({
        file,
        path: `$.sections[${s}].showIf`,
        code: 'unreachable-question',
        message: `section "${section.id}" can never be shown: no combination of earlier answers satisfies its conditions`,
      });
      return;
    }
    section.questions.forEach((question, i) => {
      if (!question.showIf) return;
      if (
        !reachable([question.showIf, section.showIf], (v) => v.questions.get(question.id) === true)
      )
        issues.push({
          file,
          path: `$.sections[${s}].questions[${i}].showIf`,
          code: 'unreachable-question',
          message: `question "${question.id}" can never be shown: no combination of earlier answers satisfies its conditions`,
        });
    });
  });
  return issues;
}

function numberThresholds(q: Questionnaire): Map<string, number[]> {
  const result = new Map<string, number[]>();
  const visit = (condition: Condition | undefined) => {
    if (!condition) return;
    walkLeaves(condition, '', (leaf) => {
      if (!('question' in leaf)) return;
      const value =
        'equals' in leaf
          ? leaf.equals
          : 'gt' in leaf
            ? leaf.gt
            : 'gte' in leaf
              ? leaf.gte
              : 'lt' in leaf
                ? leaf.lt
                : 'lte' in leaf
                  ? leaf.lte
                  : undefined;
      if (typeof value === 'number')
        result.set(leaf.question, [...(result.get(leaf.question) ?? []), value]);
    });
  };
  Object.values(q.flags).forEach(visit);
  q.sections.forEach((s) => {
    visit(s.showIf);
    s.questions.forEach((question) => visit(question.showIf));
  });
  return result;
}

function domainOf(question: Question, thresholds: number[]): (AnswerValue | undefined)[] {
  switch (question.type) {
    case 'singleChoice':
      return [undefined, ...question.options];
    case 'multiChoice':
      return [
        undefined,
        ...optionSets(question.options),
        question.options.filter((o) => !question.exclusive.includes(o)),
      ].filter((set) => set === undefined || validateAnswer(question, set) === null);
    case 'number': {
      // Around every threshold a condition uses, and between neighbouring thresholds for fractions.
      const sorted = [...new Set(thresholds)].sort((a, b) => a - b);
      const values = sorted.flatMap((t) => [t - 1, t, t + 1]);
      if (!question.integer) {
        values.push(...sorted.flatMap((t) => [t - 0.5, t + 0.5]));
        sorted.slice(1).forEach((t, i) => values.push((t + sorted[i]!) / 2));
      }
      return [undefined, 0, ...new Set(values)];
    }
    case 'shortText':
    case 'longText':
      return [undefined, 'x'];
  }
}

/** Every non-empty subset of a few options; for many options, each one alone, each pair, and all together. */
function optionSets(options: readonly string[]): string[][] {
  if (options.length > 8) {
    const pairs = options.flatMap((a, i) => options.slice(i + 1).map((b) => [a, b]));
    return [...options.map((o) => [o]), ...pairs, [...options]];
  }
  const sets: string[][] = [];
  for (let mask = 1; mask < 1 << options.length; mask++)
    sets.push(options.filter((_, i) => mask & (1 << i)));
  return sets;
}

function forEachCombination(
  domains: (AnswerValue | undefined)[][],
  visit: (values: (AnswerValue | undefined)[]) => boolean,
): void {
  const current: (AnswerValue | undefined)[] = [];
  const step = (i: number): boolean => {
    if (i === domains.length) return visit(current);
    for (const value of domains[i]!) {
      current[i] = value;
      if (step(i + 1)) return true;
    }
    return false;
  };
  step(0);
}

function localeIssues(
  q: Questionnaire,
  locales: Readonly<Record<string, SourceFile>>,
  folder: string,
): { issues: QuestionnaireIssue[]; texts: Record<string, Record<string, unknown>> } {
  const issues: QuestionnaireIssue[] = [];
  const texts: Record<string, Record<string, unknown>> = {};
  const { required, optional } = localeKeys(q);
  for (const language of q.languages) {
    if (!locales[language])
      issues.push({
        file: `${folder}locales/${language}.json`,
        path: '$',
        code: 'missing-locale',
        message: `language "${language}" is declared in "languages" but has no locale file`,
      });
  }
  for (const [language, source] of Object.entries(locales)) {
    const add = (path: string, code: QuestionnaireIssueCode, message: string) =>
      issues.push({ file: source.file, path, code, message });
    if (!(q.languages as readonly string[]).includes(language)) {
      add(
        '$',
        'undeclared-locale',
        `language "${language}" is not listed in the questionnaire's "languages"`,
      );
      continue;
    }
    const { entries, badLeaves } = flattenLocale(source.data);
    badLeaves.forEach((leaf) =>
      add(
        leaf === '' ? '$' : `$.${leaf}`,
        'not-text',
        'must be a text (a JSON string) or an object of texts',
      ),
    );
    const bad = new Set(badLeaves);
    for (const key of required) {
      const value = entries.get(key);
      if (bad.has(key)) continue;
      if (value === undefined) add(`$.${key}`, 'missing-key', `missing text "${key}"`);
      else if (value.trim() === '') add(`$.${key}`, 'empty-text', `text "${key}" is empty`);
    }
    for (const key of entries.keys()) {
      if (!required.has(key) && !optional.has(key))
        add(
          `$.${key}`,
          'orphan-key',
          `text "${key}" belongs to no question, section, option or exit`,
        );
    }
    texts[language] = source.data as Record<string, unknown>;
  }
  return { issues, texts };
}
