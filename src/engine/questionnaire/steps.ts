import { validateStep } from './answer-validation';
import type { Answers, Questionnaire } from './questionnaire.schema';
import { computeVisibility } from './visibility';

/**
 * Step navigation over a questionnaire. A step is a section with at least one
 * visible question; hidden sections are skipped going forward and back.
 */

export function isStepComplete(q: Questionnaire, answers: Answers, stepId: string): boolean {
  const visibility = computeVisibility(q, answers);
  return Object.keys(validateStep(q, stepId, answers, visibility)).length === 0;
}

/** The first visible step that is not complete, or null when every visible step is. */
export function firstIncompleteStep(q: Questionnaire, answers: Answers): string | null {
  const visibility = computeVisibility(q, answers);
  for (const stepId of visibility.steps) {
    if (Object.keys(validateStep(q, stepId, answers, visibility)).length > 0) return stepId;
  }
  return null;
}

/** A step may be entered when it is visible and every visible step before it is complete. */
export function canEnterStep(q: Questionnaire, answers: Answers, stepId: string): boolean {
  const steps = computeVisibility(q, answers).steps;
  const index = steps.indexOf(stepId);
  if (index < 0) return false;
  const blocker = firstIncompleteStep(q, answers);
  return blocker === null || steps.indexOf(blocker) >= index;
}

export function nextStep(q: Questionnaire, answers: Answers, current: string): string | null {
  return neighbour(q, answers, current, +1);
}

export function previousStep(q: Questionnaire, answers: Answers, current: string): string | null {
  return neighbour(q, answers, current, -1);
}

/**
 * The visible step next to `current` in a direction. If `current` itself has
 * become hidden, its position in the full section list is used instead.
 */
function neighbour(
  q: Questionnaire,
  answers: Answers,
  current: string,
  direction: 1 | -1,
): string | null {
  const steps = computeVisibility(q, answers).steps;
  const order = q.sections.map((s) => s.id);
  const at = order.indexOf(current);
  const candidates =
    direction === 1 ? order.slice(at + 1) : order.slice(0, Math.max(at, 0)).reverse();
  return candidates.find((id) => steps.includes(id)) ?? null;
}
