import type { AnswerConflict, Merge, MergeChoices, PlanConflict } from './merge-sessions';

/**
 * The answer conflicts to show: those still open and those already settled, in questionnaire
 * order, so settling one does not move the others. A conflict an earlier choice hid, and that
 * was never settled, is left out.
 */
export function shownConflicts(
  merge: Merge,
  choices: MergeChoices,
  open: readonly AnswerConflict[],
): AnswerConflict[] {
  return merge.conflicts.filter(
    (c) => choices.answers?.[c.questionId] !== undefined || open.includes(c),
  );
}

type PlanChoices = NonNullable<MergeChoices['actionPlan']>;

/** The action plan choices with one owner or due date chosen, the other field of that action kept. */
export function choosePlanValue(
  current: PlanChoices,
  conflict: Pick<PlanConflict, 'questionId' | 'field'>,
  value: string,
): PlanChoices {
  return {
    ...current,
    [conflict.questionId]: { ...current[conflict.questionId], [conflict.field]: value },
  };
}
