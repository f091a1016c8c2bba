import type { SnapshotFrom } from 'xstate';
import { stepCount, type StepCount } from '../questionnaire/possible-steps';
import { firstIncompleteStep } from '../questionnaire/steps';
import { computeVisibility } from '../questionnaire/visibility';
import type { WizardLocation } from './location';
import type { wizardMachine } from './wizard.machine';

export type WizardSnapshot = SnapshotFrom<typeof wizardMachine>;

/** The place the wizard is at, as the URL should show it. */
export function selectLocation(snapshot: WizardSnapshot): WizardLocation {
  const { stepId, exitId } = snapshot.context;
  if (snapshot.matches('answering') && stepId) return { screen: 'step', stepId };
  if (snapshot.matches('exit') && exitId) return { screen: 'exit', exitId };
  if (snapshot.matches('review')) return { screen: 'review' };
  if (snapshot.matches('complete')) return { screen: 'complete' };
  return { screen: 'intro' };
}

export type StepStatus = 'done' | 'current' | 'open' | 'locked' | 'skipped' | 'pending';

export interface StepOverview {
  readonly sectionId: string;
  readonly status: StepStatus;
}

/**
 * Every section with its status, for the section list and progress bar:
 * `open` steps can be jumped to, `locked` ones wait for earlier answers,
 * `skipped` ones do not apply with the current answers, and `pending` ones are
 * hidden now but come after questions not answered yet, so they may still apply.
 */
export function selectStepOverview(snapshot: WizardSnapshot): StepOverview[] {
  const { questionnaire, answers } = snapshot.context;
  const visibility = computeVisibility(questionnaire, answers);
  const blocker = firstIncompleteStep(questionnaire, answers);
  const blockerIndex = blocker ? visibility.steps.indexOf(blocker) : visibility.steps.length;
  const current = selectLocation(snapshot);
  const order = questionnaire.sections.map((s) => s.id);
  const undecidedFrom = blocker ? order.indexOf(blocker) : order.length;
  return questionnaire.sections.map(({ id }) => {
    const index = visibility.steps.indexOf(id);
    if (index < 0)
      return { sectionId: id, status: order.indexOf(id) > undecidedFrom ? 'pending' : 'skipped' };
    if (current.screen === 'step' && current.stepId === id)
      return { sectionId: id, status: 'current' };
    if (index < blockerIndex) return { sectionId: id, status: 'done' };
    return { sectionId: id, status: index === blockerIndex ? 'open' : 'locked' };
  });
}

/** Answered questions that count: visible ones only. */
export function selectAnsweredCount(snapshot: WizardSnapshot): number {
  const { questionnaire, answers } = snapshot.context;
  return Object.keys(computeVisibility(questionnaire, answers).effectiveAnswers).length;
}

/** How far along the current step is, for the progress line; null off the steps. */
export function selectStepCount(snapshot: WizardSnapshot): StepCount | null {
  const location = selectLocation(snapshot);
  if (location.screen !== 'step') return null;
  const { questionnaire, answers } = snapshot.context;
  return stepCount(questionnaire, answers, location.stepId);
}
