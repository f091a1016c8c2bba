import { validateAnswer } from './answer-validation';
import { walkLeaves } from './condition-leaves';
import { conditionRefs } from './conditions';
import { issueCollector, type QuestionnaireIssue } from './questionnaire-issue';
import type {
  AnswerValue,
  Condition,
  Question,
  Questionnaire,
  Section,
} from './questionnaire.schema';
import { computeVisibility, type Visibility } from './visibility';

/**
 * How many answer combinations the search tries per question before giving
 * it the benefit of the doubt, so a huge questionnaire cannot stall the check.
 */
const REACHABILITY_BUDGET = 50_000;

/**
 * Finds sections and questions that no set of answers can show. For each
 * show-condition it tries every combination of the values that matter for the
 * questions it depends on (through flags and their own show-conditions):
 * each option, no answer, and numbers around every threshold a condition uses.
 *
 * WARNING: assumes the structure and conditions are sound (run it only when
 * `structureIssues` and `conditionIssues` found nothing); an unknown question
 * in a condition would make the search fail.
 */
export function reachabilityIssues(file: string, q: Questionnaire): QuestionnaireIssue[] {
  const { issues, add } = issueCollector(file);
  const byId = new Map<string, Located>();
  q.sections.forEach((section, s) =>
    section.questions.forEach((question, i) => byId.set(question.id, { section, question, s, i })),
  );
  const thresholds = numberThresholds(q);
  const domains = new Map<string, (AnswerValue | undefined)[]>();
  const domain = (id: string) => {
    let values = domains.get(id);
    if (!values) {
      values = domainOf(byId.get(id)!.question, thresholds.get(id) ?? []);
      domains.set(id, values);
    }
    return values;
  };

  /** The questions (and flags) whose answers can change whether the conditions hold. */
  const dependencies = (conditions: (Condition | undefined)[]) => {
    const found = new Set<string>();
    const seenFlags = new Set<string>();
    const pending = [...conditions];
    while (pending.length > 0) {
      const condition = pending.pop();
      if (!condition) continue;
      const refs = conditionRefs(condition);
      for (const flag of refs.flags)
        if (!seenFlags.has(flag)) {
          seenFlags.add(flag);
          pending.push(q.flags[flag]);
        }
      for (const id of refs.questions)
        if (!found.has(id)) {
          found.add(id);
          const entry = byId.get(id);
          pending.push(entry?.question.showIf, entry?.section.showIf);
        }
    }
    return { questions: [...found], flags: seenFlags };
  };

  const reachable = (
    target: { section: number; question?: string },
    conditions: (Condition | undefined)[],
    shown: (v: Visibility) => boolean,
  ): boolean => {
    const deps = dependencies(conditions);
    const values = deps.questions.map(domain);
    if (values.reduce((n, d) => n * d.length, 1) > REACHABILITY_BUDGET) return true;
    const part = partOf(q, byId, target, deps);
    let found = false;
    forEachCombination(values, (combination) => {
      const answers: Record<string, AnswerValue> = {};
      combination.forEach((v, i) => {
        if (v !== undefined) answers[deps.questions[i]!] = v;
      });
      found = shown(computeVisibility(part, answers));
      return found;
    });
    return found;
  };

  q.sections.forEach((section, s) => {
    if (
      section.showIf &&
      !reachable({ section: s }, [section.showIf], (v) => v.sections.get(section.id) === true)
    ) {
      add(
        `$.sections[${s}].showIf`,
        'unreachable-section',
        `section "${section.id}" can never be shown: no combination of earlier answers satisfies its conditions`,
      );
      return;
    }
    section.questions.forEach((question, i) => {
      if (
        question.showIf &&
        !reachable(
          { section: s, question: question.id },
          [question.showIf, section.showIf],
          (v) => v.questions.get(question.id) === true,
        )
      )
        add(
          `$.sections[${s}].questions[${i}].showIf`,
          'unreachable-question',
          `question "${question.id}" can never be shown: no combination of earlier answers satisfies its conditions`,
        );
    });
  });
  return issues;
}

interface Located {
  readonly section: Section;
  readonly question: Question;
  /** Index of the section, and of the question in it. */
  readonly s: number;
  readonly i: number;
}

/**
 * The part of the questionnaire that decides whether the target is shown: its
 * dependencies and the target, in their order and with their sections, and the
 * flags they use.
 *
 * Why walking this part answers as walking the whole questionnaire would, for
 * the same answers (which hold a value for dependencies only): a question enters
 * the effective answers only when it has an answer, so no question outside the
 * part ever does, in either walk. Every condition the part holds names only
 * flags the part keeps (the dependencies are closed over show-conditions and
 * flags). So, in order, each kept section and question is judged against the
 * same effective answers and flag values as in the whole walk, and gets the same
 * verdict. The search finds exactly what it found when every combination walked
 * the whole questionnaire, in time that grows with the dependencies instead of
 * with the size of the questionnaire.
 */
function partOf(
  q: Questionnaire,
  byId: ReadonlyMap<string, Located>,
  target: { section: number; question?: string },
  deps: { questions: readonly string[]; flags: ReadonlySet<string> },
): Questionnaire {
  const kept = [...deps.questions, ...(target.question === undefined ? [] : [target.question])]
    .map((id) => byId.get(id)!)
    .sort((a, b) => a.s - b.s || a.i - b.i);
  const bySection = new Map<number, Question[]>([[target.section, []]]);
  for (const { s, question } of kept) {
    const questions = bySection.get(s);
    if (questions) questions.push(question);
    else bySection.set(s, [question]);
  }
  const sections = [...bySection]
    .sort(([a], [b]) => a - b)
    .map(([s, questions]) => ({ ...q.sections[s]!, questions }));
  return {
    ...q,
    sections,
    flags: Object.fromEntries([...deps.flags].map((name) => [name, q.flags[name]!])),
  };
}

/** The numbers each number question is compared with, anywhere a show-condition or flag tests it. */
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
      if (typeof value === 'number') {
        const known = result.get(leaf.question);
        if (known) known.push(value);
        else result.set(leaf.question, [value]);
      }
    });
  };
  Object.values(q.flags).forEach(visit);
  q.sections.forEach((s) => {
    visit(s.showIf);
    s.questions.forEach((question) => visit(question.showIf));
  });
  return result;
}

/** The answers worth trying for a question: one of each kind a condition can tell apart. */
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
      // Around every threshold, and between neighbouring thresholds for fractions.
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

/** Calls `visit` with each combination, one value per domain, until it returns true. */
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
