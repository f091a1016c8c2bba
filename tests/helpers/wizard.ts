import { vi } from 'vitest';
import { createActor } from 'xstate';
import type {
  AnswerValue,
  Answers,
  Questionnaire,
} from '@/engine/questionnaire/questionnaire.schema';
import { computeVisibility } from '@/engine/questionnaire/visibility';
import type { WizardLocation } from '@/engine/wizard/location';
import { wizardMachine, type WizardEvent, type WizardInput } from '@/engine/wizard/wizard.machine';
import {
  loadFixtureQuestionnaire,
  loadShippedQuestionnaire,
  SHIPPED,
  SHIPPED_COMPLETE,
} from './questionnaires';

export interface Navigation {
  readonly location: WizardLocation;
  readonly replace: boolean;
}

export const shipped = loadShippedQuestionnaire();

/** Saved progress as the wizard input takes it. */
export function savedProgress(
  answers: Answers,
  location: WizardLocation,
  extra: { overriddenExits?: string[]; completedAt?: string | null } = {},
): NonNullable<WizardInput['saved']> {
  return {
    answers,
    location,
    overriddenExits: extra.overriddenExits ?? [],
    completedAt: extra.completedAt ?? null,
  };
}

/** answer.set events for a set of answers, in order. */
export function answerEvents(answers: Record<string, AnswerValue>): WizardEvent[] {
  return Object.entries(answers).map(([questionId, value]) => ({
    type: 'answer.set',
    questionId,
    value,
  }));
}

/**
 * Starts the wizard with a spy for the `navigate` action. By default on the
 * shipped questionnaire, opened at the intro with no saved progress.
 */
export function startWizard(
  options: {
    questionnaire?: Questionnaire;
    requestedLocation?: WizardLocation;
    saved?: WizardInput['saved'];
  } = {},
) {
  const navigate = vi.fn<(navigation: Navigation) => void>();
  const machine = wizardMachine.provide({ actions: { navigate: (_, params) => navigate(params) } });
  const input: WizardInput = {
    questionnaire: options.questionnaire ?? shipped,
    requestedLocation: options.requestedLocation ?? { screen: 'intro' },
    ...(options.saved ? { saved: options.saved } : {}),
  };
  const actor = createActor(machine, { input }).start();
  return {
    actor,
    navigate,
    send: (...events: WizardEvent[]) => events.forEach((event) => actor.send(event)),
    state: () => actor.getSnapshot().value,
    context: () => actor.getSnapshot().context,
    /** The last navigation, or undefined when there was none. */
    lastNavigation: () => navigate.mock.lastCall?.[0],
  };
}

export const step = (stepId: string) => ({ screen: 'step', stepId }) as const;
export const EXIT = { screen: 'exit', exitId: 'gdpr-not-applicable' } as const;
export const OUT_OF_SCOPE: Answers = { 'personal-data': 'no' };
export const THROUGH_ORGANISATION: Answers = { ...SHIPPED.scope, ...SHIPPED.organisation };
export const COMPLETED_AT = '2025-03-01T10:00:00.000Z';
export const notice = (requested: WizardLocation) => ({ kind: 'locationUnavailable', requested });

/**
 * The branching fixture: basics (uses-data; staff if handlesData), records
 * (if handlesData and staff >= 250), closing (an optional long text).
 */
export const branching = loadFixtureQuestionnaire('branching');

/** On the data step of the shipped questionnaire, with scope and organisation complete. */
export const atData = () =>
  startWizard({
    requestedLocation: step('data'),
    saved: savedProgress(THROUGH_ORGANISATION, step('data')),
  });

/** On the organisation step, with only scope complete. */
export const atOrganisation = () =>
  startWizard({
    requestedLocation: step('organisation'),
    saved: savedProgress(SHIPPED.scope, step('organisation')),
  });

/** On review with every step complete, never completed before. */
export const atReview = () =>
  startWizard({
    requestedLocation: { screen: 'review' },
    saved: savedProgress(SHIPPED_COMPLETE, { screen: 'review' }),
  });

/** On the "GDPR does not apply" exit, reached by answering "no personal data" on scope. */
export const atExit = () => {
  const w = startWizard();
  w.send({ type: 'assessment.start' }, ...answerEvents(OUT_OF_SCOPE), { type: 'step.next' });
  return w;
};

/** The last step a person who answers SHIPPED_COMPLETE sees, whatever the questionnaire grows to. */
export const LAST_STEP = computeVisibility(shipped, SHIPPED_COMPLETE).steps.at(-1)!;
