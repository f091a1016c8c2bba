import { evaluateCondition } from '../questionnaire/conditions';
import type { Answers, Exit, Questionnaire } from '../questionnaire/questionnaire.schema';
import { canEnterStep, firstIncompleteStep, isStepComplete } from '../questionnaire/steps';
import { computeVisibility, flagResolver } from '../questionnaire/visibility';
import type { WizardLocation } from './location';

/** The part of the wizard's context that decides where a person may be. */
export interface NavigationState {
  readonly questionnaire: Questionnaire;
  readonly answers: Answers;
  readonly overriddenExits: readonly string[];
  readonly completedAt: string | null;
}

/**
 * The first early end whose condition holds for the visible answers and that
 * the person has not chosen to continue past.
 */
export function activeExit(state: NavigationState): Exit | null {
  const { effectiveAnswers } = computeVisibility(state.questionnaire, state.answers);
  const flag = flagResolver(state.questionnaire, effectiveAnswers);
  return (
    state.questionnaire.exits.find(
      (exit) =>
        !state.overriddenExits.includes(exit.id) &&
        evaluateCondition(exit.when, effectiveAnswers, flag),
    ) ?? null
  );
}

/** The reasons of an exit that hold for the current answers, for the "why" on the exit screen. */
export function exitReasons(state: NavigationState, exit: Exit): string[] {
  const { effectiveAnswers } = computeVisibility(state.questionnaire, state.answers);
  const flag = flagResolver(state.questionnaire, effectiveAnswers);
  return exit.reasons
    .filter((r) => evaluateCondition(r.when, effectiveAnswers, flag))
    .map((r) => r.id);
}

/** Whether every visible step is complete and no early end stands in the way. */
export function isReadyForReview(state: NavigationState): boolean {
  return (
    firstIncompleteStep(state.questionnaire, state.answers) === null && activeExit(state) === null
  );
}

/** Where a person who asks for `requested` ends up, and whether that was redirected. */
export interface Resolution {
  readonly location: WizardLocation;
  readonly redirected: boolean;
}

/**
 * Decides where a request to go somewhere (a deep link, back/forward, a
 * "jump to section" click) lands. A step can be entered when it is shown and
 * every step before it is complete; otherwise the person lands on the
 * furthest place they may be, and `redirected` is true so the UI can say so.
 * While an early end (such as "GDPR does not apply") holds, only complete
 * steps and the exit screen itself are open.
 */
export function resolveLocation(state: NavigationState, requested: WizardLocation): Resolution {
  const allowed = (location: WizardLocation): Resolution => ({ location, redirected: false });
  const fallback = (): Resolution => ({ location: furthestLocation(state), redirected: true });
  const q = state.questionnaire;
  const exit = activeExit(state);

  switch (requested.screen) {
    case 'intro':
      return allowed(requested);
    case 'step': {
      if (!canEnterStep(q, state.answers, requested.stepId)) return fallback();
      if (exit && !isStepComplete(q, state.answers, requested.stepId)) return fallback();
      return allowed(requested);
    }
    case 'review':
      return isReadyForReview(state) ? allowed(requested) : fallback();
    case 'exit':
      return exit?.id === requested.exitId ? allowed(requested) : fallback();
    case 'complete':
      return state.completedAt !== null && isReadyForReview(state)
        ? allowed(requested)
        : fallback();
  }
}

/** The furthest place a person may be right now: an active exit, the first incomplete step, or review. */
export function furthestLocation(state: NavigationState): WizardLocation {
  const exit = activeExit(state);
  if (exit) return { screen: 'exit', exitId: exit.id };
  const incomplete = firstIncompleteStep(state.questionnaire, state.answers);
  return incomplete ? { screen: 'step', stepId: incomplete } : { screen: 'review' };
}

/**
 * The last visible step before the first incomplete one: where a person stands
 * when an early end stops them, so "back" and "continue anyway" know where to go.
 */
export function lastCompleteStep(state: NavigationState): string | null {
  const { steps } = computeVisibility(state.questionnaire, state.answers);
  const blocker = firstIncompleteStep(state.questionnaire, state.answers);
  const index = blocker === null ? steps.length : steps.indexOf(blocker);
  return steps[index - 1] ?? steps[0] ?? null;
}
