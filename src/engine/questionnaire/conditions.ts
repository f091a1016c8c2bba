import { isEmptyAnswer, isItemList, isOptionList } from './answer-value';
import type { Answers, Condition } from './questionnaire.schema';

/** Resolves a derived flag by name; supplied by the caller so flags can use the answers known so far. */
export type FlagResolver = (name: string) => boolean;

/** Whether a shown, scored question of a fine tier has a gap answer; only determinations use it. */
export type GapResolver = (tier: 'art83-4' | 'art83-5' | 'none') => boolean;

/**
 * Evaluates a condition against answers.
 *
 * An unanswered question fails every leaf except `answered: false`, so a
 * condition over questions a person has not reached yet is simply false.
 * For multiple choice, `equals` tests membership and `in` tests overlap.
 * `anyItem` and `everyItem` test each item's answers as they stand in `answers`: the effective
 * answers of a visibility walk hold each item with its effective answers only.
 *
 * @example
 * evaluateCondition({ question: 'employees', gte: 250 }, { employees: 300 }, () => false) // true
 */
export function evaluateCondition(
  condition: Condition,
  answers: Answers,
  flag: FlagResolver,
  gap: GapResolver = () => false,
): boolean {
  if ('all' in condition)
    return condition.all.every((c) => evaluateCondition(c, answers, flag, gap));
  if ('any' in condition)
    return condition.any.some((c) => evaluateCondition(c, answers, flag, gap));
  if ('not' in condition) return !evaluateCondition(condition.not, answers, flag, gap);
  if ('flag' in condition) return flag(condition.flag);
  if ('gap' in condition) return gap(condition.gap);
  if ('anyItem' in condition)
    return itemsOf(answers[condition.anyItem]).some((item) =>
      evaluateCondition(condition.where, item.answers, flag, gap),
    );
  if ('everyItem' in condition) {
    const items = itemsOf(answers[condition.everyItem]);
    return (
      items.length > 0 &&
      items.every((item) => evaluateCondition(condition.where, item.answers, flag, gap))
    );
  }

  const stored = answers[condition.question];
  const value = isEmptyAnswer(stored) ? undefined : stored;
  if ('answered' in condition) return (value !== undefined) === condition.answered;
  if (value === undefined) return false;
  if ('equals' in condition) {
    return isOptionList(value)
      ? value.includes(String(condition.equals))
      : value === condition.equals;
  }
  if ('in' in condition) {
    return isOptionList(value)
      ? value.some((v) => condition.in.includes(v))
      : typeof value === 'string' && condition.in.includes(value);
  }
  if ('minSelected' in condition)
    return isOptionList(value) && value.length >= condition.minSelected;
  if (typeof value !== 'number') return false;
  if ('gt' in condition) return value > condition.gt;
  if ('gte' in condition) return value >= condition.gte;
  if ('lt' in condition) return value < condition.lt;
  return value <= condition.lte;
}

const itemsOf = (value: Answers[string] | undefined) => (isItemList(value) ? value : []);

/**
 * Every question id and flag name a condition mentions directly (not through flags); for
 * `anyItem` and `everyItem`, the group (what its items answer is the group's answer).
 */
export function conditionRefs(condition: Condition): { questions: string[]; flags: string[] } {
  const questions: string[] = [];
  const flags: string[] = [];
  const walk = (c: Condition) => {
    if ('all' in c) c.all.forEach(walk);
    else if ('any' in c) c.any.forEach(walk);
    else if ('not' in c) walk(c.not);
    else if ('flag' in c) flags.push(c.flag);
    else if ('anyItem' in c) questions.push(c.anyItem);
    else if ('everyItem' in c) questions.push(c.everyItem);
    else if ('question' in c) questions.push(c.question);
  };
  walk(condition);
  return { questions, flags };
}
