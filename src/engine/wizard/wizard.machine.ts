import { and, assertEvent, assign, emit, not, setup } from 'xstate';
import type { AnswerValue, Questionnaire } from '../questionnaire/questionnaire.schema';
import { isEmptyAnswer } from '../questionnaire/answer-value';
import {
  firstIncompleteStep,
  isStepComplete,
  nextStep,
  previousStep,
} from '../questionnaire/steps';
import { computeVisibility, frozenAnswers } from '../questionnaire/visibility';
import {
  ActionPlanEntrySchema,
  MAX_REVIEWS,
  NoteSchema,
  ProcessorReviewSchema,
  SavedAnswerSchema,
  TeamSchema,
  type ActionPlanEntry,
  type ProcessorReview,
  type Team,
} from '../session/session.schema';
import {
  addProcessorReview,
  removeProcessorReview,
  setActionEntry,
  setNote,
  setParked,
  setTeam,
  updateProcessorReview,
} from '../session/document-edits';
import type { WizardLocation } from './location';
import {
  activeExit,
  furthestLocation,
  isReadyForReview,
  lastCompleteStep,
  resolveLocation,
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
  /** Who assessed and who took part, for the report's cover; empty until someone says. */
  readonly team: Team;
  /** The screen the `routing` state goes to next: set once per request, where it is resolved. */
  readonly destination: Screen;
  /** The time a completion is stamped with. */
  readonly now: () => Date;
}

export interface WizardInput {
  readonly questionnaire: Questionnaire;
  /** The clock; the system's by default. */
  readonly now?: () => Date;
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
    readonly team?: Team;
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
  | 'team'
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
  | { type: 'processor.remove'; id: string }
  | { type: 'team.set'; assessedBy?: string; participants?: string };

/** Told to forms on screen: answers another tab changed, which their fields must now show. */
export interface AnswersSyncedEmitted {
  readonly type: 'answers.synced';
  /** Each changed answer's new value; null where it was removed. */
  readonly changed: Readonly<Record<string, AnswerValue | null>>;
}

type Screen = WizardLocation['screen'];

/** Where "start" on the intro leads: where the person was last, else the first step. */
function startLocation(context: WizardContext): WizardLocation {
  const firstStep = computeVisibility(context.questionnaire, context.answers).steps[0];
  return (
    context.resumeLocation ??
    (firstStep ? { screen: 'step', stepId: firstStep } : { screen: 'review' })
  );
}

/**
 * Resolves a request to go somewhere once (see `resolveLocation`) and sets where the wizard
 * stands after it; the `routing` state then goes to the `destination` screen.
 */
function routeTo(
  context: WizardContext,
  requested: WizardLocation,
): Pick<WizardContext, 'stepId' | 'exitId' | 'notice' | 'destination'> {
  const { location, redirected } = resolveLocation(context, requested);
  return {
    stepId:
      location.screen === 'step' ? location.stepId : (context.stepId ?? lastCompleteStep(context)),
    exitId: location.screen === 'exit' ? location.exitId : context.exitId,
    notice: redirected ? { kind: 'locationUnavailable', requested } : null,
    destination: location.screen,
  };
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

const fitsSavedForm = and(['isKnownQuestion', 'fitsSavedForm']);

/**
 * The wizard: intro → answering (one step per visible section) → review →
 * complete, with an early end ("the GDPR does not apply") that explains why
 * and lets the person continue anyway. Every move to a place someone asked for
 * (a URL, "jump to section", "start", an opened example) passes through the
 * transient `routing` state, so each transition and target is written out here.
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
    requestLocation: assign(({ context }, params: { location: WizardLocation }) =>
      routeTo(context, params.location),
    ),
    requestStart: assign(({ context }) => routeTo(context, startLocation(context))),
    setAnswer: assign(({ context, event }) => {
      assertEvent(event, 'answer.set');
      const answers = { ...context.answers };
      if (event.value === null || isEmptyAnswer(event.value)) delete answers[event.questionId];
      else answers[event.questionId] = event.value;
      return { answers: frozenAnswers(answers), completedAt: null };
    }),
    clearNotice: assign({ notice: null }),
    updateAction: assign(({ context, event }) => {
      assertEvent(event, 'action.update');
      return {
        actionPlan: setActionEntry(
          context.actionPlan,
          event.questionId,
          event.ownerName,
          event.dueDate,
        ),
      };
    }),
    setNote: assign(({ context, event }) => {
      assertEvent(event, 'note.set');
      return { notes: setNote(context.notes, event.questionId, event.text) };
    }),
    park: assign(({ context, event }) => {
      assertEvent(event, 'question.park');
      return { parked: setParked(context.parked, event.questionId, event.parked) };
    }),
    updateTeam: assign(({ context, event }) => {
      assertEvent(event, 'team.set');
      const { type: _type, ...changes } = event;
      return { team: setTeam(context.team, changes) };
    }),
    addProcessor: assign(({ context, event }) => {
      assertEvent(event, 'processor.add');
      return {
        processorReviews: addProcessorReview(context.processorReviews, event.id, event.vendor),
      };
    }),
    updateProcessor: assign(({ context, event }) => {
      assertEvent(event, 'processor.update');
      return {
        processorReviews: updateProcessorReview(context.processorReviews, event.id, event),
      };
    }),
    removeProcessor: assign(({ context, event }) => {
      assertEvent(event, 'processor.remove');
      return { processorReviews: removeProcessorReview(context.processorReviews, event.id) };
    }),
    goToFirstIncompleteStep: assign(({ context }) => ({
      stepId: firstIncompleteStep(context.questionnaire, context.answers) ?? context.stepId,
      notice: { kind: 'locationUnavailable' as const, requested: { screen: 'review' as const } },
      destination: 'step' as const,
    })),
    goToNextStep: assign(({ context }) => ({
      stepId:
        nextStep(context.questionnaire, context.answers, context.stepId ?? '') ?? context.stepId,
      notice: null,
      destination: 'step' as const,
    })),
    goToPreviousStep: assign(({ context }) => ({
      stepId:
        previousStep(context.questionnaire, context.answers, context.stepId ?? '') ??
        context.stepId,
      notice: null,
      destination: 'step' as const,
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
    markComplete: assign(({ context }) => ({
      completedAt: context.now().toISOString(),
      notice: null,
    })),
    rememberLocation: assign((_, params: { location: WizardLocation }) => ({
      resumeLocation: params.location,
    })),
    announceSyncedAnswers: emit(({ context, event }) => {
      assertEvent(event, 'assessment.synced');
      const next = event.work.answers;
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
      assertEvent(event, 'assessment.synced');
      const {
        answers,
        overriddenExits,
        completedAt,
        actionPlan,
        notes,
        parked,
        processorReviews,
        team,
      } = event.work;
      return {
        answers: frozenAnswers(answers),
        overriddenExits,
        completedAt,
        actionPlan,
        notes,
        parked,
        processorReviews,
        team,
      };
    }),
    loadAnswers: assign(({ context, event }) => {
      assertEvent(event, 'assessment.load');
      const answers = frozenAnswers(event.answers);
      const loaded = { ...context, answers, overriddenExits: [], completedAt: null };
      const requestedLocation = furthestLocation(loaded);
      return { answers, requestedLocation, ...routeTo(loaded, requestedLocation) };
    }),
    reset: assign({
      answers: frozenAnswers({}),
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
      team: {},
    }),
  },
  guards: {
    isHeadingTo: ({ context }, params: { screen: Screen }) => context.destination === params.screen,
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
        case 'team.set':
          return TeamSchema.safeParse({
            assessedBy: event.assessedBy,
            participants: event.participants,
          }).success;
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
    isKnownQuestion: ({ context, event }) => {
      assertEvent(event, ['answer.set', 'action.update', 'note.set', 'question.park']);
      return context.questionnaire.sections.some((s) =>
        s.questions.some((q) => q.id === event.questionId),
      );
    },
  },
}).createMachine({
  id: 'wizard',
  context: ({ input }) => {
    const opened = {
      questionnaire: input.questionnaire,
      answers: frozenAnswers(input.saved?.answers ?? {}),
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
      team: input.saved?.team ?? {},
      destination: 'intro' as const,
      now: input.now ?? (() => new Date()),
    };
    return { ...opened, ...routeTo(opened, input.requestedLocation) };
  },
  initial: 'routing',
  on: {
    'assessment.restart': { target: '.intro', actions: 'reset' },
    'assessment.load': {
      target: '.routing',
      actions: ['reset', 'loadAnswers'],
      description:
        'Replaces every answer (an example, an import) and opens the furthest place they reach',
    },
    'assessment.synced': {
      actions: ['announceSyncedAnswers', 'applyWork'],
      description:
        'Another tab saved this assessment: its work, merged with the work of this tab, replaces what is shown wherever the person is',
    },
    'location.requested': {
      target: '.routing',
      actions: {
        type: 'requestLocation',
        params: ({ event }) => ({ location: event.location }),
      },
    },
    'step.goto': {
      target: '.routing',
      actions: {
        type: 'requestLocation',
        params: ({ event }) => ({ location: { screen: 'step', stepId: event.stepId } }),
      },
    },
    'notice.dismiss': { actions: 'clearNotice' },
    'action.update': { guard: fitsSavedForm, actions: 'updateAction' },
    'note.set': { guard: fitsSavedForm, actions: 'setNote' },
    'question.park': { guard: 'isKnownQuestion', actions: 'park' },
    'processor.add': { guard: 'fitsSavedForm', actions: 'addProcessor' },
    'processor.update': { guard: 'fitsSavedForm', actions: 'updateProcessor' },
    'processor.remove': { actions: 'removeProcessor' },
    'team.set': { guard: 'fitsSavedForm', actions: 'updateTeam' },
  },
  states: {
    routing: {
      description:
        'Goes to the screen a request was resolved to (its `destination`): the place asked for if it is open, else the furthest open one.',
      always: [
        { guard: { type: 'isHeadingTo', params: { screen: 'step' } }, target: 'answering' },
        { guard: { type: 'isHeadingTo', params: { screen: 'review' } }, target: 'review' },
        { guard: { type: 'isHeadingTo', params: { screen: 'exit' } }, target: 'exit' },
        { guard: { type: 'isHeadingTo', params: { screen: 'complete' } }, target: 'complete' },
        { target: 'intro' },
      ],
    },
    intro: {
      entry: show(() => ({ screen: 'intro' }), false),
      on: {
        'assessment.start': { target: 'routing', actions: 'requestStart' },
      },
    },
    answering: {
      description: 'One step (a visible section) at a time; every answer is kept as it is given.',
      entry: show((context) => ({ screen: 'step', stepId: context.stepId ?? '' })),
      on: {
        'answer.set': { guard: fitsSavedForm, actions: 'setAnswer' },
        'step.next': [
          { guard: not('isStepComplete'), description: 'Stay: the form shows what is missing' },
          { guard: 'hasActiveExit', target: 'exit', actions: 'enterExit' },
          { guard: 'hasNextStep', target: 'routing', actions: 'goToNextStep' },
          { guard: 'isReadyForReview', target: 'review', actions: 'clearNotice' },
          {
            target: 'routing',
            actions: 'goToFirstIncompleteStep',
            description: 'An earlier step lost an answer: go back to it',
          },
        ],
        'step.back': [
          { guard: 'hasPreviousStep', target: 'routing', actions: 'goToPreviousStep' },
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
