import { itemVisibility, validateAnswer } from './answer-validation';
import { walkLeaves } from './condition-leaves';
import { conditionRefs } from './conditions';
import { issueCollector, type QuestionnaireIssue } from './questionnaire-issue';
import type {
  AnswerValue,
  Condition,
  PlainAnswerValue,
  PlainQuestion,
  Question,
  Questionnaire,
  RepeatableQuestion,
  RepeatedItem,
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
      values = domainOf(byId.get(id)!.question, thresholds.get(id) ?? [], thresholds);
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
      if (question.type === 'repeatable')
        question.questions.forEach((inner, k) => {
          if (inner.showIf && !reachableInItem(question, inner, thresholds))
            add(
              `$.sections[${s}].questions[${i}].questions[${k}].showIf`,
              'unreachable-question',
              `question "${inner.id}" can never be shown: no answers earlier in the item satisfy its conditions`,
            );
        });
    });
  });
  return issues;
}

/** Whether some answers to the questions before `target` in an item show it. */
function reachableInItem(
  group: RepeatableQuestion,
  target: PlainQuestion,
  thresholds: ReadonlyMap<string, number[]>,
): boolean {
  const before = group.questions.slice(0, group.questions.indexOf(target));
  const domains = before.map((x) => domainOf(x, thresholds.get(x.id) ?? []));
  if (domains.reduce((n, d) => n * d.length, 1) > REACHABILITY_BUDGET) return true;
  let found = false;
  forEachCombination(domains, (combination) => {
    found =
      itemVisibility(group, itemAnswers(before, combination)).questions.get(target.id) === true;
    return found;
  });
  return found;
}

/**
 * Lists of items worth trying for a group: one item for each combination of its questions'
 * values when there are few, else each question's values in turn on a base item; every item
 * completed (a shown required question gets a value) so that the group counts. Two items
 * (the first and the last) let `anyItem` and `everyItem` part ways.
 */
function itemLists(
  group: RepeatableQuestion,
  thresholds: ReadonlyMap<string, number[]>,
): RepeatedItem[][] {
  const domains = group.questions.map((x) => domainOf(x, thresholds.get(x.id) ?? []));
  const combinations: (AnswerValue | undefined)[][] = [];
  if (domains.reduce((n, d) => n * d.length, 1) <= ITEM_SAMPLES)
    forEachCombination(domains, (values) => {
      combinations.push([...values]);
      return false;
    });
  else {
    const base = domains.map(() => undefined);
    domains.forEach((domain, i) =>
      domain.forEach((value) => combinations.push(base.map((b, k) => (k === i ? value : b)))),
    );
  }
  const items = combinations
    .map((values, n) => ({
      id: `i${n}`,
      answers: completed(group, itemAnswers(group.questions, values), domains),
    }))
    .filter((item) => validateAnswer(group, [item]) === null);
  const lists = items.map((item) => [item]);
  if (items.length > 1) lists.push([items[0]!, items.at(-1)!]);
  return lists.filter((list) => list.length <= group.maxItems && list.length >= group.minItems);
}

const ITEM_SAMPLES = 2_000;

function itemAnswers(
  questions: readonly PlainQuestion[],
  values: readonly (AnswerValue | undefined)[],
): Record<string, PlainAnswerValue> {
  const answers: Record<string, PlainAnswerValue> = {};
  questions.forEach((x, i) => {
    const value = values[i];
    if (value !== undefined) answers[x.id] = value as PlainAnswerValue;
  });
  return answers;
}

/** The item with a value for every shown required question it leaves open, in order. */
function completed(
  group: RepeatableQuestion,
  answers: Record<string, PlainAnswerValue>,
  domains: readonly (AnswerValue | undefined)[][],
): Record<string, PlainAnswerValue> {
  const result = { ...answers };
  group.questions.forEach((x, i) => {
    if (!x.required || result[x.id] !== undefined) return;
    if (!itemVisibility(group, result).questions.get(x.id)) return;
    const value = domains[i]!.find((v) => v !== undefined && validateAnswer(x, v) === null);
    if (value !== undefined) result[x.id] = value as PlainAnswerValue;
  });
  return result;
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
      if ('anyItem' in leaf || 'everyItem' in leaf) visit(leaf.where);
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
    s.questions.forEach((question) => {
      visit(question.showIf);
      if (question.type === 'repeatable') question.questions.forEach((x) => visit(x.showIf));
    });
  });
  return result;
}

/** The answers worth trying for a question: one of each kind a condition can tell apart. */
function domainOf(
  question: Question,
  thresholds: number[],
  all: ReadonlyMap<string, number[]> = new Map(),
): (AnswerValue | undefined)[] {
  switch (question.type) {
    case 'repeatable':
      return [undefined, ...itemLists(question, all)];
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
