import { itemVisibility, validateAnswer } from './answer-validation';
import { isEmptyAnswer, isItemList } from './answer-value';
import { evaluateCondition } from './conditions';
import type { AnswerValue, Answers, Condition, Questionnaire } from './questionnaire.schema';
import { firstIncompleteStep } from './steps';

/** A step that counts towards the steps ahead. */
export interface PossibleStep {
  readonly stepId: string;
  /** Shown for certain with the answers so far; otherwise it depends on answers still to come. */
  readonly certain: boolean;
}

/**
 * The steps still ahead of a person, counted so that the number does not jump around.
 *
 * The rule: a question not answered yet "could go either way". Every show-condition is worked
 * out in three values (yes, no, could be either), and a step counts when it is shown for certain
 * or could still be shown. So the count is the most steps the answers so far leave open, and
 * adding an answer can only take steps away, never add them: a step drops out only when the
 * answers given rule it out, whatever the rest will be. Guessing a likely answer instead would be
 * closer on average, but a guess proved wrong puts steps back, and "about 6 steps left" turning
 * into 9 is the jump we want to avoid.
 *
 * An empty question counts as "no answer" for good once the person has gone past its step: the
 * steps before the first incomplete one, except the step they are on, where an optional question
 * may still be filled in.
 */
export function possibleSteps(
  q: Questionnaire,
  answers: Answers,
  currentStepId: string | null,
): PossibleStep[] {
  const order = q.sections.map((s) => s.id);
  const blocker = firstIncompleteStep(q, answers);
  const settledBefore = blocker === null ? order.length : order.indexOf(blocker);
  const known: Record<string, AnswerValue> = {};
  const unknown = new Set<string>();
  const flag = (name: string): Maybe => {
    const condition = q.flags[name];
    return condition ? evaluateMaybe(condition, known, unknown, flag) : false;
  };
  const steps: PossibleStep[] = [];

  q.sections.forEach((section, index) => {
    const settled = index < settledBefore && section.id !== currentStepId;
    const sectionShown = section.showIf
      ? evaluateMaybe(section.showIf, known, unknown, flag)
      : true;
    let stepShown: Maybe = false;
    for (const question of section.questions) {
      const shown = and(
        sectionShown,
        question.showIf ? evaluateMaybe(question.showIf, known, unknown, flag) : true,
      );
      stepShown = or(stepShown, shown);
      const value = answers[question.id];
      const valid = !isEmptyAnswer(value) && validateAnswer(question, value) === null;
      // As in the visibility walk, a later condition sees only answers that are shown and valid.
      if (shown === true && valid)
        known[question.id] =
          question.type === 'repeatable' && isItemList(value)
            ? value.map((item) => ({
                id: item.id,
                answers: { ...itemVisibility(question, item.answers).effectiveAnswers },
              }))
            : value;
      else if (shown === 'maybe' || (shown === true && !settled)) unknown.add(question.id);
    }
    if (stepShown !== false) steps.push({ stepId: section.id, certain: stepShown === true });
  });
  return steps;
}

/** Where a step stands among the steps that count. */
export interface StepCount {
  /** Steps before this one. */
  readonly passed: number;
  /** Steps after this one, before the review: shown for certain or still possible. */
  readonly left: number;
  /** Every step left is shown for certain: the number is exact, not "about". */
  readonly exact: boolean;
}

/**
 * The count the progress line shows on a step. Steps before the current one depend only on
 * answers before it, so answering on the current step never changes `passed`.
 */
export function stepCount(q: Questionnaire, answers: Answers, currentStepId: string): StepCount {
  const order = q.sections.map((s) => s.id);
  const at = order.indexOf(currentStepId);
  const steps = possibleSteps(q, answers, currentStepId);
  const before = steps.filter((s) => order.indexOf(s.stepId) < at).length;
  const after = steps.filter((s) => order.indexOf(s.stepId) > at);
  return { passed: before, left: after.length, exact: after.every((s) => s.certain) };
}

type Maybe = boolean | 'maybe';

const and = (a: Maybe, b: Maybe): Maybe =>
  a === false || b === false ? false : a === true && b === true ? true : 'maybe';
const or = (a: Maybe, b: Maybe): Maybe =>
  a === true || b === true ? true : a === false && b === false ? false : 'maybe';
const not = (a: Maybe): Maybe => (a === 'maybe' ? a : !a);

/**
 * `evaluateCondition` with a third value: a test on a question in `unknown` could go either way,
 * and so could anything built on it, unless the rest decides (`false` and anything is false).
 */
function evaluateMaybe(
  condition: Condition,
  known: Answers,
  unknown: ReadonlySet<string>,
  flag: (name: string) => Maybe,
): Maybe {
  const recur = (c: Condition) => evaluateMaybe(c, known, unknown, flag);
  if ('all' in condition) return condition.all.map(recur).reduce(and, true);
  if ('any' in condition) return condition.any.map(recur).reduce(or, false);
  if ('not' in condition) return not(recur(condition.not));
  if ('flag' in condition) return flag(condition.flag);
  // Only determinations test gaps; a show-condition never does.
  if ('gap' in condition) return 'maybe';
  const group = 'anyItem' in condition ? condition.anyItem : undefined;
  const every = 'everyItem' in condition ? condition.everyItem : undefined;
  const id = group ?? every ?? ('question' in condition ? condition.question : undefined);
  if (id !== undefined && unknown.has(id)) return 'maybe';
  // Known answers decide it; the parser refuses flags inside an item's conditions.
  return evaluateCondition(condition, known, () => false);
}
