import type { Condition, Question } from './questionnaire.schema';

/** A condition that tests one thing: a question, a flag or a gap. */
export type ConditionLeaf = Exclude<
  Condition,
  { all: Condition[] } | { any: Condition[] } | { not: Condition }
>;

/** Visits every leaf of a condition with its JSON path, so a check can point at the exact leaf. */
export function walkLeaves(
  condition: Condition,
  path: string,
  visit: (leaf: ConditionLeaf, path: string) => void,
): void {
  if ('all' in condition)
    condition.all.forEach((c, i) => walkLeaves(c, `${path}.all[${i}]`, visit));
  else if ('any' in condition)
    condition.any.forEach((c, i) => walkLeaves(c, `${path}.any[${i}]`, visit));
  else if ('not' in condition) walkLeaves(condition.not, `${path}.not`, visit);
  else visit(condition, path);
}

/** The option ids of a choice question; none for other types. */
export function choiceOptions(question: Question): readonly string[] {
  return question.type === 'singleChoice' || question.type === 'multiChoice'
    ? question.options
    : [];
}
