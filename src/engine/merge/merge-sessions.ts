import type { AnswerValue, Answers, Questionnaire } from '../questionnaire/questionnaire.schema';
import { computeVisibility } from '../questionnaire/visibility';
import { SESSION_TYPE, SESSION_VERSION, type Session } from '../session/session.schema';
import { MAX_PARTICIPANTS } from '../session/session.schema';
import type { ActionPlanEntry, ProcessorReview, Team } from '../session/session.schema';
import { isItemList } from '../questionnaire/answer-value';
import { answerKey } from './answer-key';
import { mergeItemLists } from './merge-items';

/**
 * Merging a workshop: several participants fill in the same questionnaire on
 * their own, and a facilitator combines their answers into one assessment,
 * settling only where they disagree.
 */

/** One participant's assessment. */
export interface Participant {
  readonly name: string;
  readonly session: Session;
}

/** One of the different answers given to a question, and who gave it. */
export interface Variant<T> {
  readonly value: T;
  readonly participants: readonly string[];
}

/** A question the participants answered differently, with every distinct answer. */
export interface AnswerConflict {
  readonly questionId: string;
  /** In the order the participants were given. */
  readonly variants: readonly Variant<AnswerValue>[];
}

/** An owner or due date the participants set differently for the same action. */
export interface PlanConflict {
  readonly questionId: string;
  readonly field: keyof ActionPlanEntry;
  readonly variants: readonly Variant<string>[];
}

/** The participants' assessments combined, with what still has to be settled. */
export interface Merge {
  readonly questionnaireId: string;
  readonly participants: readonly string[];
  /** Answers no participant disagrees with. */
  readonly agreed: Answers;
  /** In questionnaire order. */
  readonly conflicts: readonly AnswerConflict[];
  /** Each participant's note, prefixed with their name, one paragraph each. */
  readonly notes: Readonly<Record<string, string>>;
  /** Owners and due dates no participant disagrees with; a field only one gave counts as agreed. */
  readonly actionPlan: Readonly<Record<string, ActionPlanEntry>>;
  readonly planConflicts: readonly PlanConflict[];
  /** Questions any participant parked, first parked first. */
  readonly parked: readonly string[];
  /** Exits any participant continued past. */
  readonly overriddenExits: readonly string[];
  readonly processorReviews: readonly ProcessorReview[];
  /** Who assessed, when the participants who named someone all named the same; else null. */
  readonly assessedBy: string | null;
}

export type MergeResult =
  | { readonly ok: true; readonly merge: Merge }
  | { readonly ok: false; readonly problem: 'no-participants' }
  /** Lists every questionnaire id found, the expected one first. */
  | {
      readonly ok: false;
      readonly problem: 'mixed-questionnaires';
      readonly questionnaireIds: readonly string[];
    };

/** The facilitator's decisions: an answer per question, an owner or due date per action. */
export interface MergeChoices {
  readonly answers?: Readonly<Record<string, AnswerValue>>;
  readonly actionPlan?: Readonly<Record<string, Partial<ActionPlanEntry>>>;
}

/** A note may hold at most this many characters (`SessionSchema`); longer combined notes are cut. */
const MAX_NOTE = 20000;

/** Groups values by `key`, keeping the first value of each group and who gave it. */
function variants<T>(given: readonly [string, T][], key: (value: T) => string): Variant<T>[] {
  const groups = new Map<string, { value: T; participants: string[] }>();
  for (const [participant, value] of given) {
    const k = key(value);
    const group = groups.get(k);
    if (group) group.participants.push(participant);
    else groups.set(k, { value, participants: [participant] });
  }
  return [...groups.values()];
}

/**
 * Combines the participants' assessments of one questionnaire.
 *
 * - Lists of items (processing activities) are joined, not chosen between (`mergeItemLists`).
 * - Only answers that counted for a participant are compared: an answer they
 *   left behind on a question their other answers hide is not theirs any more
 *   (see `computeVisibility`). A participant who did not answer does not disagree.
 * - Notes are kept side by side, each prefixed with the participant's name.
 * - Action plans are combined field by field: one participant's owner and
 *   another's due date fit together; two different owners are a conflict.
 * - Processor reviews are combined by id; a checklist item counts as covered
 *   only if everyone who reviewed that agreement ticked it.
 *
 * Refuses sessions of another questionnaire than `q`.
 */
export function mergeSessions(q: Questionnaire, participants: readonly Participant[]): MergeResult {
  if (participants.length === 0) return { ok: false, problem: 'no-participants' };
  const ids = [...new Set([q.id, ...participants.map((p) => p.session.questionnaireId)])];
  if (ids.length > 1) return { ok: false, problem: 'mixed-questionnaires', questionnaireIds: ids };

  const counted = participants.map((p) => computeVisibility(q, p.session.answers).effectiveAnswers);
  const agreed: Record<string, AnswerValue> = {};
  const conflicts: AnswerConflict[] = [];
  for (const question of q.sections.flatMap((s) => s.questions)) {
    const given = participants.flatMap((p, i): [string, AnswerValue][] => {
      const value = counted[i]?.[question.id];
      return value === undefined ? [] : [[p.name, value]];
    });
    if (question.type === 'repeatable') {
      const lists = given.map(([participant, value]) => ({
        participant,
        items: isItemList(value) ? value : [],
      }));
      if (lists.length > 0) agreed[question.id] = mergeItemLists(question, lists);
      continue;
    }
    const found = variants(given, answerKey);
    if (found.length === 1) agreed[question.id] = found[0]!.value;
    else if (found.length > 1) conflicts.push({ questionId: question.id, variants: found });
  }

  const notes: Record<string, string> = {};
  for (const id of new Set(participants.flatMap((p) => Object.keys(p.session.notes)))) {
    const parts = participants.flatMap((p) => {
      const note = p.session.notes[id]?.trim();
      return note ? [`${p.name}: ${note}`] : [];
    });
    const text = parts.join('\n\n');
    if (text !== '') notes[id] = text.length > MAX_NOTE ? `${cut(text, MAX_NOTE - 1)}…` : text;
  }

  const actionPlan: Record<string, ActionPlanEntry> = {};
  const planConflicts: PlanConflict[] = [];
  for (const id of new Set(participants.flatMap((p) => Object.keys(p.session.actionPlan)))) {
    const entry: { ownerName: string | null; dueDate: string | null } = {
      ownerName: null,
      dueDate: null,
    };
    for (const field of ['ownerName', 'dueDate'] as const) {
      // Kept as typed; only spaces around a name do not make it another owner.
      const given = participants.flatMap((p): [string, string][] => {
        const value = p.session.actionPlan[id]?.[field];
        return value?.trim() ? [[p.name, value]] : [];
      });
      const found = variants(given, (v) => v.trim());
      if (found.length === 1) entry[field] = found[0]!.value;
      else if (found.length > 1) planConflicts.push({ questionId: id, field, variants: found });
    }
    if (entry.ownerName !== null || entry.dueDate !== null) actionPlan[id] = entry;
  }

  return {
    ok: true,
    merge: {
      questionnaireId: q.id,
      participants: participants.map((p) => p.name),
      agreed,
      conflicts,
      notes,
      actionPlan,
      planConflicts,
      parked: [...new Set(participants.flatMap((p) => p.session.parked))],
      overriddenExits: [...new Set(participants.flatMap((p) => p.session.overriddenExits))],
      processorReviews: mergeReviews(participants.flatMap((p) => p.session.processorReviews)),
      assessedBy: sameAssessor(participants),
    },
  };
}

function sameAssessor(participants: readonly Participant[]): string | null {
  const named = new Set(participants.flatMap((p) => p.session.team?.assessedBy?.trim() || []));
  return named.size === 1 ? ([...named][0] ?? null) : null;
}

/** The first `length` UTF-16 units of `text`, one fewer when that would split an emoji's surrogate pair. */
function cut(text: string, length: number): string {
  const last = text.charCodeAt(length - 1);
  return text.slice(0, last >= 0xd800 && last <= 0xdbff ? length - 1 : length);
}

function mergeReviews(reviews: readonly ProcessorReview[]): ProcessorReview[] {
  const byId = new Map<string, ProcessorReview>();
  for (const review of reviews) {
    const known = byId.get(review.id);
    byId.set(
      review.id,
      known
        ? { ...known, checked: known.checked.filter((item) => review.checked.includes(item)) }
        : { id: review.id, vendor: review.vendor, checked: [...review.checked] },
    );
  }
  return [...byId.values()];
}

/**
 * The conflicts still to settle under the choices made so far: those without
 * a choice whose question is still asked. Settling an early question can hide
 * later ones, and their conflicts then no longer matter.
 */
export function openConflicts(
  q: Questionnaire,
  merge: Merge,
  choices: MergeChoices = {},
): AnswerConflict[] {
  const { questions } = computeVisibility(q, { ...merge.agreed, ...choices.answers });
  return merge.conflicts.filter(
    (c) => choices.answers?.[c.questionId] === undefined && questions.get(c.questionId) === true,
  );
}

/**
 * The merged assessment as a saved session, with the facilitator's choices.
 *
 * Only answers that count under the chosen answers are kept: an agreed answer
 * to a question that a choice hides is left out, so it can never come back
 * into play unseen. A conflict without a choice stays unanswered, for the
 * wizard to ask. The result starts at the review step, not completed.
 */
export function resolveMerge(
  q: Questionnaire,
  merge: Merge,
  choices: MergeChoices = {},
  now: Date = new Date(),
): Session {
  const { effectiveAnswers } = computeVisibility(q, { ...merge.agreed, ...choices.answers });
  const actionPlan: Record<string, ActionPlanEntry> = { ...merge.actionPlan };
  for (const [id, chosen] of Object.entries(choices.actionPlan ?? {})) {
    const entry: ActionPlanEntry = {
      ownerName:
        chosen.ownerName !== undefined ? chosen.ownerName : (actionPlan[id]?.ownerName ?? null),
      dueDate: chosen.dueDate !== undefined ? chosen.dueDate : (actionPlan[id]?.dueDate ?? null),
    };
    if (entry.ownerName !== null || entry.dueDate !== null) actionPlan[id] = entry;
    else delete actionPlan[id];
  }
  return {
    type: SESSION_TYPE,
    version: SESSION_VERSION,
    questionnaireId: q.id,
    questionnaireVersion: q.version,
    answers: { ...effectiveAnswers },
    location: { screen: 'review' },
    overriddenExits: [...merge.overriddenExits],
    completedAt: null,
    updatedAt: now.toISOString(),
    actionPlan,
    notes: { ...merge.notes },
    parked: [...merge.parked],
    processorReviews: merge.processorReviews.map((r) => ({ ...r, checked: [...r.checked] })),
    team: mergedTeam(merge),
  };
}

/**
 * The merged assessment's team: the participants by name, and who assessed when every
 * participant who said named the same person (a facilitator's name typed in each copy).
 */
function mergedTeam(merge: Merge): Team {
  const names = merge.participants.join(', ');
  const participants =
    names.length > MAX_PARTICIPANTS ? `${cut(names, MAX_PARTICIPANTS - 1)}…` : names;
  return merge.assessedBy === null
    ? { participants }
    : { assessedBy: merge.assessedBy, participants };
}
