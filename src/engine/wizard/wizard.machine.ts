import { and, assign, emit, not, setup } from 'xstate';
import type { AnswerValue, Questionnaire } from '../questionnaire/questionnaire.schema';
import { isEmptyAnswer } from '../questionnaire/answer-value';
import {
  firstIncompleteStep,
  isStepComplete,
  nextStep,
  previousStep,
} from '../questionnaire/steps';
import { computeVisibility } from '../questionnaire/visibility';
import {
  ActionPlanEntrySchema,
  MAX_REVIEWS,
  NoteSchema,
  ProcessorReviewSchema,
  SavedAnswerSchema,
} from '../session/session.schema';
import type { WizardLocation } from './location';
import {
  activeExit,
  furthestLocation,
  isReadyForReview,
  lastCompleteStep,
  resolveLocation,
  type Resolution,
} from './navigation';

/** Told to the person after a redirect: the place they asked for was not open to them. */
export interface WizardNotice {
  readonly kind: 'locationUnavailable';
  readonly requested: WizardLocation;
}

export interface WizardContext {
  readonly questionnaire: Questionnaire;
  readonly answers: Readonly<Record<string, AnswerValue>>;
  /** The step being answered; kept while on other screens so "back" and "continue" know where to go. */
  readonly stepId: string | null;
  readonly exitId: string | null;
  readonly overriddenExits: readonly string[];
  readonly completedAt: string | null;
  readonly notice: WizardNotice | null;
  /** Where the person was last, outside the intro: saved, and offered as "continue" on the intro. */
  readonly resumeLocation: WizardLocation | null;
  /** Where the wizard was asked to open, usually the URL it was loaded at. */
  readonly requestedLocation: WizardLocation;
  /** Who closes each gap and by when, keyed by question id; filled in on the results page. */
  readonly actionPlan: Readonly<Record<string, ActionPlanEntry>>;
  /** Discussion notes per question id. */
  readonly notes: Readonly<Record<string, string>>;
  /** Questions set aside to revisit before the review, oldest first. */
  readonly parked: readonly string[];
  /** Vendors' processing agreements checked against the Art. 28 checklist. */
  readonly processorReviews: readonly ProcessorReview[];
}

/** One vendor's processing agreement and the checklist items it was found to cover. */
export interface ProcessorReview {
  readonly id: string;
  readonly vendor: string;
  readonly checked: readonly string[];
}

/** An owner and due date a person gave to the action of one gap. */
export interface ActionPlanEntry {
  readonly ownerName: string | null;
  /** yyyy-mm-dd */
  readonly dueDate: string | null;
}

export interface WizardInput {
  readonly questionnaire: Questionnaire;
  readonly requestedLocation: WizardLocation;
  readonly saved?: {
    readonly answers: Readonly<Record<string, AnswerValue>>;
    readonly location: WizardLocation;
    readonly overriddenExits: readonly string[];
    readonly completedAt: string | null;
    readonly actionPlan?: Readonly<Record<string, ActionPlanEntry>>;
    readonly notes?: Readonly<Record<string, string>>;
    readonly parked?: readonly string[];
    readonly processorReviews?: readonly ProcessorReview[];
  };
}

/** The person's work in an assessment, apart from where they are in the wizard. */
export type AssessmentWork = Pick<
  WizardContext,
  | 'answers'
  | 'overriddenExits'
  | 'completedAt'
  | 'actionPlan'
  | 'notes'
  | 'parked'
  | 'processorReviews'
>;

export type WizardEvent =
  | { type: 'assessment.start' }
  | { type: 'assessment.restart' }
  | { type: 'assessment.load'; answers: Readonly<Record<string, AnswerValue>> }
  | { type: 'assessment.synced'; work: AssessmentWork }
  | { type: 'assessment.complete' }
  | { type: 'answer.set'; questionId: string; value: AnswerValue | null }
  | { type: 'step.next' }
  | { type: 'step.back' }
  | { type: 'step.goto'; stepId: string }
  | { type: 'review.open' }
  | { type: 'exit.continue' }
  | { type: 'location.requested'; location: WizardLocation }
  | { type: 'notice.dismiss' }
  | { type: 'action.update'; questionId: string; ownerName: string | null; dueDate: string | null }
  | { type: 'note.set'; questionId: string; text: string }
  | { type: 'question.park'; questionId: string; parked: boolean }
  | { type: 'processor.add'; id: string; vendor: string }
  | { type: 'processor.update'; id: string; vendor?: string; checked?: readonly string[] }
  | { type: 'processor.remove'; id: string };

/** Told to forms on screen: answers another tab changed, which their fields must now show. */
export interface AnswersSyncedEmitted {
  readonly type: 'answers.synced';
  /** Each changed answer's new value; null where it was removed. */
  readonly changed: Readonly<Record<string, AnswerValue | null>>;
}

type Screen = WizardLocation['screen'];

/** The place an event asks for, or the initial request when there is no event. */
function requested(context: WizardContext, event: WizardEvent | { type: string }): WizardLocation {
  if (event.type === 'location.requested')
    return (event as Extract<WizardEvent, { type: 'location.requested' }>).location;
  if (event.type === 'step.goto')
    return {
      screen: 'step',
      stepId: (event as Extract<WizardEvent, { type: 'step.goto' }>).stepId,
    };
  if (event.type === 'review.open') return { screen: 'review' };
  if (event.type === 'assessment.start') {
    const firstStep = computeVisibility(context.questionnaire, context.answers).steps[0];
    return (
      context.resumeLocation ??
      (firstStep ? { screen: 'step', stepId: firstStep } : { screen: 'review' })
    );
  }
  return context.requestedLocation;
}

/** The state that shows each kind of place. */
const STATE_OF: Readonly<Record<Screen, 'intro' | 'answering' | 'review' | 'exit' | 'complete'>> = {
  intro: 'intro',
  step: 'answering',
  review: 'review',
  exit: 'exit',
  complete: 'complete',
};

/**
 * Guarded transitions to wherever a request resolves (see `resolveLocation`),
 * one per screen it may resolve to; `prefix` is '.' on the root, where targets are children.
 * A step re-enters `answering`, so its entry navigates even when only the step changed.
 */
function toResolvedPlace(screens: readonly Screen[], prefix: '' | '.' = '') {
  return screens.map((screen) => ({
    guard: { type: 'resolvesTo' as const, params: { screen } },
    target: `${prefix}${STATE_OF[screen]}`,
    reenter: screen === 'step',
    actions: 'applyResolution' as const,
  }));
}

/**
 * Entry actions of a state that shows a place: move the address bar there (replacing the history
 * entry after a redirect) and, outside the intro, remember it as where to resume.
 */
function show(place: (context: WizardContext) => WizardLocation, remember = true) {
  const navigate = {
    type: 'navigate' as const,
    params: ({ context }: { context: WizardContext }) => ({
      location: place(context),
      replace: context.notice !== null,
    }),
  };
  const rememberLocation = {
    type: 'rememberLocation' as const,
    params: ({ context }: { context: WizardContext }) => ({ location: place(context) }),
  };
  return remember ? [navigate, rememberLocation] : [navigate];
}

function resolution(context: WizardContext, event: WizardEvent | { type: string }): Resolution {
  return resolveLocation(context, requested(context, event));
}

/**
 * The wizard: intro → answering (one step per visible section) → review →
 * complete, with an early end ("the GDPR does not apply") that explains why
 * and lets the person continue anyway.
 *
 * Side effects are declared here and provided by the app: `navigate` moves the
 * address bar to the new location (see `app/`), so this file stays free of
 * React and the router.
 */
export const wizardMachine = setup({
  types: {
    context: {} as WizardContext,
    events: {} as WizardEvent,
    input: {} as WizardInput,
    emitted: {} as AnswersSyncedEmitted,
  },
  actions: {
    /** Provided at the root; `replace` is true after a redirect so history keeps no dead entry. */
    navigate: (_, _params: { location: WizardLocation; replace: boolean }) => {},
    applyResolution: assign(({ context, event }) => {
      const { location, redirected } = resolution(context, event);
      return {
        stepId:
          location.screen === 'step'
            ? location.stepId
            : (context.stepId ?? lastCompleteStep(context)),
        exitId: location.screen === 'exit' ? location.exitId : context.exitId,
        notice: redirected
          ? { kind: 'locationUnavailable' as const, requested: requested(context, event) }
          : null,
      };
    }),
    setAnswer: assign(({ context, event }) => {
      if (event.type !== 'answer.set') return {};
      const answers = { ...context.answers };
      if (isEmptyAnswer(event.value ?? undefined)) delete answers[event.questionId];
      else answers[event.questionId] = event.value!;
      return { answers, completedAt: null };
    }),
    clearNotice: assign({ notice: null }),
    updateAction: assign(({ context, event }) => {
      if (event.type !== 'action.update') return {};
      const entry = { ownerName: event.ownerName || null, dueDate: event.dueDate || null };
      const actionPlan = { ...context.actionPlan };
      if (entry.ownerName === null && entry.dueDate === null) delete actionPlan[event.questionId];
      else actionPlan[event.questionId] = entry;
      return { actionPlan };
    }),
    setNote: assign(({ context, event }) => {
      if (event.type !== 'note.set') return {};
      const notes = { ...context.notes };
      if (event.text.trim() === '') delete notes[event.questionId];
      else notes[event.questionId] = event.text;
      return { notes };
    }),
    park: assign(({ context, event }) => {
      if (event.type !== 'question.park') return {};
      const others = context.parked.filter((id) => id !== event.questionId);
      return { parked: event.parked ? [...others, event.questionId] : others };
    }),
    addProcessor: assign(({ context, event }) => {
      if (event.type !== 'processor.add') return {};
      if (context.processorReviews.some((r) => r.id === event.id)) return {};
      return {
        processorReviews: [
          ...context.processorReviews,
          { id: event.id, vendor: event.vendor, checked: [] },
        ],
      };
    }),
    updateProcessor: assign(({ context, event }) => {
      if (event.type !== 'processor.update') return {};
      return {
        processorReviews: context.processorReviews.map((r) =>
          r.id === event.id
            ? {
                ...r,
                vendor: event.vendor ?? r.vendor,
                checked: event.checked ? [...new Set(event.checked)] : r.checked,
              }
            : r,
        ),
      };
    }),
    removeProcessor: assign(({ context, event }) => {
      if (event.type !== 'processor.remove') return {};
      return { processorReviews: context.processorReviews.filter((r) => r.id !== event.id) };
    }),
    goToFirstIncompleteStep: assign(({ context }) => ({
      stepId: firstIncompleteStep(context.questionnaire, context.answers) ?? context.stepId,
      notice: { kind: 'locationUnavailable' as const, requested: { screen: 'review' as const } },
    })),
    goToNextStep: assign(({ context }) => ({
      stepId:
        nextStep(context.questionnaire, context.answers, context.stepId ?? '') ?? context.stepId,
      notice: null,
    })),
    goToPreviousStep: assign(({ context }) => ({
      stepId:
        previousStep(context.questionnaire, context.answers, context.stepId ?? '') ??
        context.stepId,
      notice: null,
    })),
    goToLastStep: assign(({ context }) => ({
      stepId:
        computeVisibility(context.questionnaire, context.answers).steps.at(-1) ?? context.stepId,
      notice: null,
    })),
    enterExit: assign(({ context }) => ({ exitId: activeExit(context)?.id ?? null, notice: null })),
    overrideExit: assign(({ context }) => ({
      overriddenExits: context.exitId
        ? [...context.overriddenExits, context.exitId]
        : context.overriddenExits,
      notice: null,
    })),
    markComplete: assign({ completedAt: () => new Date().toISOString(), notice: null }),
    rememberLocation: assign((_, params: { location: WizardLocation }) => ({
      resumeLocation: params.location,
    })),
    announceSyncedAnswers: emit(({ context, event }) => {
      const next = event.type === 'assessment.synced' ? event.work.answers : context.answers;
      const ids = new Set([...Object.keys(context.answers), ...Object.keys(next)]);
      const changed = [...ids].filter(
        (id) => JSON.stringify(context.answers[id]) !== JSON.stringify(next[id]),
      );
      return {
        type: 'answers.synced' as const,
        changed: Object.fromEntries(changed.map((id) => [id, next[id] ?? null])),
      };
    }),
    applyWork: assign(({ event }) => {
      if (event.type !== 'assessment.synced') return {};
      const { answers, overriddenExits, completedAt, actionPlan, notes, parked } = event.work;
      return {
        answers,
        overriddenExits,
        completedAt,
        actionPlan,
        notes,
        parked,
        processorReviews: event.work.processorReviews,
      };
    }),
    loadAnswers: assign(({ context, event }) => {
      if (event.type !== 'assessment.load') return {};
      const loaded = { ...context, answers: event.answers, overriddenExits: [], completedAt: null };
      return { answers: event.answers, requestedLocation: furthestLocation(loaded) };
    }),
    reset: assign({
      answers: {},
      stepId: null,
      exitId: null,
      overriddenExits: [],
      completedAt: null,
      notice: null,
      resumeLocation: null,
      actionPlan: {},
      notes: {},
      parked: [],
      processorReviews: [],
    }),
  },
  guards: {
    resolvesTo: ({ context, event }, params: { screen: Screen }) =>
      resolution(context, event).location.screen === params.screen,
    isStepComplete: ({ context }) =>
      context.stepId !== null &&
      isStepComplete(context.questionnaire, context.answers, context.stepId),
    hasActiveExit: ({ context }) => activeExit(context) !== null,
    hasNextStep: ({ context }) =>
      context.stepId !== null &&
      nextStep(context.questionnaire, context.answers, context.stepId) !== null,
    hasPreviousStep: ({ context }) =>
      context.stepId !== null &&
      previousStep(context.questionnaire, context.answers, context.stepId) !== null,
    isReadyForReview: ({ context }) => isReadyForReview(context),
    /**
     * Whether a value can be saved as it is: a value the saved form refuses (a five-digit year
     * typed half-way, text beyond the limit) would make the whole saved assessment unreadable.
     */
    fitsSavedForm: ({ context, event }) => {
      switch (event.type) {
        case 'answer.set':
          return event.value === null || SavedAnswerSchema.safeParse(event.value).success;
        case 'action.update':
          return ActionPlanEntrySchema.safeParse({
            ownerName: event.ownerName || null,
            dueDate: event.dueDate || null,
          }).success;
        case 'note.set':
          return NoteSchema.safeParse(event.text).success;
        case 'processor.add':
          return (
            context.processorReviews.length < MAX_REVIEWS &&
            ProcessorReviewSchema.safeParse({ id: event.id, vendor: event.vendor, checked: [] })
              .success
          );
        case 'processor.update': {
          const current = context.processorReviews.find((r) => r.id === event.id);
          return (
            current !== undefined &&
            ProcessorReviewSchema.safeParse({
              ...current,
              vendor: event.vendor ?? current.vendor,
              checked: event.checked ?? current.checked,
            }).success
          );
        }
        default:
          return true;
      }
    },
    isKnownQuestion: ({ context, event }) =>
      (event.type === 'answer.set' ||
        event.type === 'action.update' ||
        event.type === 'note.set' ||
        event.type === 'question.park') &&
      context.questionnaire.sections.some((s) =>
        s.questions.some((q) => q.id === event.questionId),
      ),
  },
}).createMachine({
  id: 'wizard',
  context: ({ input }) => ({
    questionnaire: input.questionnaire,
    answers: input.saved?.answers ?? {},
    stepId: input.saved?.location.screen === 'step' ? input.saved.location.stepId : null,
    exitId: null,
    overriddenExits: input.saved?.overriddenExits ?? [],
    completedAt: input.saved?.completedAt ?? null,
    notice: null,
    resumeLocation:
      input.saved && input.saved.location.screen !== 'intro' ? input.saved.location : null,
    requestedLocation: input.requestedLocation,
    actionPlan: input.saved?.actionPlan ?? {},
    notes: input.saved?.notes ?? {},
    parked: input.saved?.parked ?? [],
    processorReviews: input.saved?.processorReviews ?? [],
  }),
  initial: 'opening',
  on: {
    'assessment.restart': { target: '.intro', actions: 'reset' },
    'assessment.load': {
      target: '.opening',
      actions: ['reset', 'loadAnswers'],
      description:
        'Replaces every answer (an example, an import) and opens the furthest place they reach',
    },
    'assessment.synced': {
      actions: ['announceSyncedAnswers', 'applyWork'],
      description:
        'Another tab saved this assessment: its work, merged with the work of this tab, replaces what is shown wherever the person is',
    },
    'location.requested': toResolvedPlace(['intro', 'step', 'review', 'exit', 'complete'], '.'),
    'step.goto': toResolvedPlace(['step', 'review', 'exit'], '.'),
    'notice.dismiss': { actions: 'clearNotice' },
    'action.update': {
      guard: and(['isKnownQuestion', 'fitsSavedForm']),
      actions: 'updateAction',
    },
    'note.set': { guard: and(['isKnownQuestion', 'fitsSavedForm']), actions: 'setNote' },
    'question.park': { guard: 'isKnownQuestion', actions: 'park' },
    'processor.add': { guard: 'fitsSavedForm', actions: 'addProcessor' },
    'processor.update': { guard: 'fitsSavedForm', actions: 'updateProcessor' },
    'processor.remove': { actions: 'removeProcessor' },
  },
  states: {
    opening: {
      description:
        'Decides where a freshly loaded wizard opens: the requested place if it is open, else the furthest open one.',
      always: [
        ...toResolvedPlace(['step', 'review', 'exit', 'complete']),
        { target: 'intro', actions: 'applyResolution' },
      ],
    },
    intro: {
      entry: show(() => ({ screen: 'intro' }), false),
      on: {
        'assessment.start': toResolvedPlace(['step', 'review', 'exit', 'complete']),
      },
    },
    answering: {
      description: 'One step (a visible section) at a time; every answer is kept as it is given.',
      entry: show((context) => ({ screen: 'step', stepId: context.stepId ?? '' })),
      on: {
        'answer.set': {
          guard: and(['isKnownQuestion', 'fitsSavedForm']),
          actions: 'setAnswer',
        },
        'step.next': [
          { guard: not('isStepComplete'), description: 'Stay: the form shows what is missing' },
          { guard: 'hasActiveExit', target: 'exit', actions: 'enterExit' },
          { guard: 'hasNextStep', target: 'answering', reenter: true, actions: 'goToNextStep' },
          { guard: 'isReadyForReview', target: 'review', actions: 'clearNotice' },
          {
            target: 'answering',
            reenter: true,
            actions: 'goToFirstIncompleteStep',
            description: 'An earlier step lost an answer: go back to it',
          },
        ],
        'step.back': [
          {
            guard: 'hasPreviousStep',
            target: 'answering',
            reenter: true,
            actions: 'goToPreviousStep',
          },
          { target: 'intro', actions: 'clearNotice' },
        ],
      },
    },
    exit: {
      description:
        'The answers show the GDPR (or another precondition) does not apply; the person may go back or continue anyway.',
      entry: show((context) => ({ screen: 'exit', exitId: context.exitId ?? '' })),
      on: {
        'step.back': { target: 'answering', actions: 'clearNotice' },
        'exit.continue': [
          { guard: 'hasNextStep', target: 'answering', actions: ['overrideExit', 'goToNextStep'] },
          { target: 'review', actions: 'overrideExit' },
        ],
      },
    },
    review: {
      entry: show(() => ({ screen: 'review' })),
      on: {
        'step.back': { target: 'answering', actions: 'goToLastStep' },
        'assessment.complete': {
          guard: 'isReadyForReview',
          target: 'complete',
          actions: 'markComplete',
        },
      },
    },
    complete: {
      entry: show(() => ({ screen: 'complete' })),
      on: {
        'step.back': { target: 'review', actions: 'clearNotice' },
        'review.open': { target: 'review', actions: 'clearNotice' },
      },
    },
  },
});
