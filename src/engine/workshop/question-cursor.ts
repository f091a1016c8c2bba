import type { Answers, Question, Questionnaire } from '../questionnaire/questionnaire.schema';
import { computeVisibility } from '../questionnaire/visibility';

/**
 * The workshop's presenter shows one question of a step at a time. These
 * helpers place that cursor over the step's visible questions, which change as
 * answers change: a question may appear after the cursor or the question under
 * the cursor may itself become hidden.
 */

/** Where the cursor is: the n-th visible question of the step and of the whole assessment. */
export interface CursorPosition {
  /** 1-based place in the step's visible questions. */
  readonly index: number;
  readonly total: number;
  /** Visible questions across every step that have a valid answer. */
  readonly answered: number;
  readonly overallTotal: number;
}

/** The step's questions that are shown with the current answers, in order. */
export function visibleQuestionsOf(q: Questionnaire, answers: Answers, stepId: string): Question[] {
  const visibility = computeVisibility(q, answers);
  const section = q.sections.find((s) => s.id === stepId);
  return (section?.questions ?? []).filter((x) => visibility.questions.get(x.id));
}

/**
 * The question the cursor stands on: `wanted` when it is visible in the step;
 * when it is hidden, the first visible question after its place (or the last one
 * before it), so a question disappearing never throws the presenter back to the start.
 * Null only when the step shows no question at all.
 */
export function settleCursor(
  q: Questionnaire,
  answers: Answers,
  stepId: string,
  wanted: string | null,
): string | null {
  const visible = visibleQuestionsOf(q, answers, stepId);
  if (wanted && visible.some((x) => x.id === wanted)) return wanted;
  const order = q.sections.find((s) => s.id === stepId)?.questions.map((x) => x.id) ?? [];
  const at = wanted ? order.indexOf(wanted) : -1;
  if (at < 0) return visible[0]?.id ?? null;
  const after = visible.find((x) => order.indexOf(x.id) > at);
  return (after ?? visible.at(-1))?.id ?? null;
}

/** The target of a move: another question of the step, or past either end of the step. */
export type CursorMove =
  | { readonly kind: 'question'; readonly questionId: string }
  | { readonly kind: 'stepEnd' }
  | { readonly kind: 'stepStart' };

/** Moves the cursor one visible question forward or back within the step. */
export function moveCursor(
  q: Questionnaire,
  answers: Answers,
  stepId: string,
  current: string,
  direction: 1 | -1,
): CursorMove {
  const visible = visibleQuestionsOf(q, answers, stepId);
  const order = q.sections.find((s) => s.id === stepId)?.questions.map((x) => x.id) ?? [];
  const at = order.indexOf(current);
  const candidates =
    direction === 1
      ? visible.filter((x) => order.indexOf(x.id) > at)
      : visible.filter((x) => order.indexOf(x.id) < at).reverse();
  const target = candidates[0];
  if (target) return { kind: 'question', questionId: target.id };
  return direction === 1 ? { kind: 'stepEnd' } : { kind: 'stepStart' };
}

/** The cursor's place for the "question 3 of 7" line and the overall progress bar. */
export function cursorPosition(
  q: Questionnaire,
  answers: Answers,
  stepId: string,
  current: string,
): CursorPosition {
  const visibility = computeVisibility(q, answers);
  const visible = visibleQuestionsOf(q, answers, stepId);
  const overallTotal = q.sections
    .flatMap((s) => s.questions)
    .filter((x) => visibility.questions.get(x.id)).length;
  return {
    index: visible.findIndex((x) => x.id === current) + 1,
    total: visible.length,
    answered: Object.keys(visibility.effectiveAnswers).length,
    overallTotal,
  };
}

/** A parked question to revisit, with the step it belongs to. */
export interface ParkedQuestion {
  readonly questionId: string;
  readonly stepId: string;
}

/**
 * The parked questions still worth revisiting: those shown with the current
 * answers, oldest first. A parked question that became hidden no longer matters.
 */
export function parkedToRevisit(
  q: Questionnaire,
  answers: Answers,
  parked: readonly string[],
): ParkedQuestion[] {
  const visibility = computeVisibility(q, answers);
  return parked.flatMap((questionId) => {
    if (!visibility.questions.get(questionId)) return [];
    const section = q.sections.find((s) => s.questions.some((x) => x.id === questionId));
    return section ? [{ questionId, stepId: section.id }] : [];
  });
}
