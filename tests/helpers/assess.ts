import { itemVisibility, validateAnswer } from '@/engine/questionnaire/answer-validation';
import { isItemList } from '@/engine/questionnaire/answer-value';
import { evaluateVerdicts } from '@/engine/questionnaire/determinations';
import type {
  AnswerValue,
  Answers,
  PlainAnswerValue,
  Question,
  RepeatableQuestion,
  RepeatedItem,
} from '@/engine/questionnaire/questionnaire.schema';
import { computeVisibility } from '@/engine/questionnaire/visibility';
import { activeExit, exitReasons } from '@/engine/wizard/navigation';
import {
  completeAnswers,
  loadShippedQuestionnaire,
  ORDINARY_ACTIVITY,
  plainAnswer,
} from './questionnaires';

/**
 * Cases for the determinations of the shipped questionnaire. Each case starts from a small
 * profile (scope, organisation, data, roles), and completeAnswers fills in the rest: assessment
 * questions "yes" unless the case needs a gap, other profile questions a neutral "no" or
 * "none of these".
 */
export const q = loadShippedQuestionnaire();

/** Neutral answer to a profile question the case does not set: "no", "none of these", ... */
export function neutral(question: Question): AnswerValue {
  if (question.type === 'repeatable') return [activity('ordinary')];
  if (question.type === 'singleChoice')
    return question.options.includes('no') ? 'no' : question.options[0]!;
  if (question.type === 'multiChoice') {
    const none = question.exclusive.find((o) => o.startsWith('none'));
    return none ? [none] : plainAnswer(question);
  }
  return plainAnswer(question);
}

/** Assessment (scored) questions "yes" unless the case names a gap; other questions neutral. */
export function choose(gaps: Answers) {
  return (question: Question): AnswerValue =>
    gaps[question.id] ?? (question.scoring ? plainAnswer(question) : neutral(question));
}

export function assess(base: Answers, gaps: Answers = {}) {
  const answers = completeAnswers(q, base, choose(gaps));
  const visibility = computeVisibility(q, answers);
  const verdicts = evaluateVerdicts(q, answers);
  const results = verdicts.determinations;
  const result = (id: string) => {
    const found = results.find((d) => d.id === id);
    if (!found) throw new Error(`no determination ${id}`);
    return found;
  };
  /** A determination reached for each activity: its outcome ids by item id. */
  const items = (id: string) => {
    const found = verdicts.itemDeterminations.find((d) => d.id === id);
    if (!found) throw new Error(`no item determination ${id}`);
    return Object.fromEntries(found.items.map((i) => [i.itemId, i.outcomes.map((o) => o.id)]));
  };
  const itemReasons = (id: string, itemId: string) =>
    verdicts.itemDeterminations
      .find((d) => d.id === id)
      ?.items.find((i) => i.itemId === itemId)
      ?.outcomes.flatMap((o) => o.reasons) ?? [];
  /** Whether an activity shows one of its questions. */
  const itemShown = (itemId: string, questionId: string) => {
    const list = answers.activities;
    const item = isItemList(list) ? list.find((i) => i.id === itemId) : undefined;
    if (!item) throw new Error(`no activity ${itemId}`);
    return itemVisibility(activitiesGroup, item.answers).questions.get(questionId) === true;
  };
  const state = { questionnaire: q, answers, overriddenExits: [], completedAt: null };
  const exit = activeExit(state);
  return {
    answers,
    steps: visibility.steps,
    shown: (id: string) => visibility.questions.get(id) === true,
    outcome: (id: string) => result(id).outcomes.map((o) => o.id),
    articles: (id: string) => result(id).outcomes.flatMap((o) => o.articles),
    reasons: (id: string) => result(id).outcomes.flatMap((o) => o.reasons),
    has: (id: string) => results.some((d) => d.id === id),
    items,
    itemReasons,
    itemShown,
    flag: (name: string) => visibility.flags[name] === true,
    criticalGaps: verdicts.criticalGaps.map((g) => g.id),
    outOfScope: verdicts.outOfScope,
    exit: exit?.id ?? null,
    exitReasons: exit ? exitReasons(state, exit) : [],
  };
}

// --- Processing activities -------------------------------------------------------------------

const group = q.sections.flatMap((s) => s.questions).find((x) => x.id === 'activities');
if (group?.type !== 'repeatable')
  throw new Error('the shipped questionnaire has no activities group');
/** The shipped group of processing activities. */
export const activitiesGroup: RepeatableQuestion = group;

/**
 * One processing activity: the ordinary one with the case's answers on top (`null` leaves an
 * optional question unanswered). A question the answers bring up and do not answer gets a neutral
 * answer ("no", "none of these"); answers to questions the item hides are left out, as a person's
 * form would.
 */
export function activity(
  id: string,
  answers: Readonly<Record<string, PlainAnswerValue | null>> = {},
): RepeatedItem {
  const given = { ...ORDINARY_ACTIVITY, ...answers };
  const complete: Record<string, PlainAnswerValue> = {};
  const visited = new Set<string>();
  for (let changed = true; changed;) {
    changed = false;
    const { questions } = itemVisibility(activitiesGroup, complete);
    for (const question of activitiesGroup.questions) {
      if (!questions.get(question.id) || visited.has(question.id)) continue;
      visited.add(question.id);
      changed = true;
      const value =
        question.id in given ? given[question.id] : (neutral(question) as PlainAnswerValue);
      if (value === null || value === undefined) continue;
      if (validateAnswer(question, value) !== null)
        throw new Error(`activity ${id}: ${question.id} = ${JSON.stringify(value)} is not valid`);
      complete[question.id] = value;
    }
  }
  const shown = itemVisibility(activitiesGroup, complete).questions;
  return {
    id,
    answers: Object.fromEntries(Object.entries(complete).filter(([k]) => shown.get(k) === true)),
  };
}

/** A list of activities, said to be complete (Art. 30(1)-(2)). */
export function activities(...items: RepeatedItem[]): Answers {
  return { activities: items, 'activities-complete': 'yes' };
}

// --- Profiles --------------------------------------------------------------------------------

export const NL_SCOPE: Answers = {
  'personal-data': 'yes',
  'household-only': 'no',
  'eu-establishment': 'yes',
  'establishment-countries': ['netherlands'],
};

export const DE_SCOPE: Answers = { ...NL_SCOPE, 'establishment-countries': ['germany'] };

/** No EU establishment; offering and monitoring set per case. */
export const NON_EU_SCOPE: Answers = {
  'personal-data': 'yes',
  'household-only': 'no',
  'eu-establishment': 'no',
  'offers-to-eu': 'yes',
  'monitors-eu': 'no',
  'targets-netherlands': 'no',
};

/**
 * No EU establishment, no offering to or monitoring of people in the EU: the GDPR reaches the
 * organisation only through the EU controllers it works for, as their processor.
 */
export const THROUGH_CLIENTS_SCOPE: Answers = {
  'personal-data': 'yes',
  'household-only': 'no',
  'law-enforcement': 'no',
  'eu-establishment': 'no',
  'offers-to-eu': 'no',
  'monitors-eu': 'no',
  'serves-eu-controllers': 'yes',
  'serves-controllers-targeting-eu': 'no',
  'international-law-place': 'no',
};

export const SMALL_FIRM: Answers = {
  'organisation-name': 'Acme BV',
  employees: 12,
  'public-body': 'no',
};

/** Ordinary customer data, processed regularly; nothing sensitive, no transfers. */
export const ORDINARY_DATA: Answers = {
  'data-subjects': ['customers'],
  'data-inventory': 'yes',
  'special-category': 'no',
  'sensitive-inferences': 'no',
  'criminal-data': 'no',
  'children-data': 'no',
  'national-id': 'no',
  'large-scale': 'no',
  profiling: 'no',
  marketing: 'no',
  'indirect-collection': 'no',
  transfers: 'no',
};

/** One activity only, an occasional one unlikely to result in a risk, and the list complete. */
export const OCCASIONAL_LOW_RISK: Answers = activities(
  activity('event', {
    'activity-purposes': ['purpose-other'],
    'activity-purpose-other': 'Guest list of the 25th anniversary',
    'activity-occasional': 'yes',
    'activity-low-risk': 'yes',
  }),
);

export const CONTROLLER: Answers = {
  'controller-role': 'yes',
  'processor-role': 'no',
  'joint-control': 'no',
  'uses-processors': 'yes',
  'privacy-owner': 'yes',
  'cross-border': 'no',
};

export const PROCESSOR_ONLY: Answers = {
  'controller-role': 'no',
  'processor-role': 'yes',
  'privacy-owner': 'yes',
  'cross-border': 'no',
  ...activities(
    activity('client-work', { 'activity-role': 'processor', 'activity-client': 'Bakery Jansen' }),
  ),
};

/** A small Dutch web shop: controller, ordinary customer data, EU processors. */
export const NL_SHOP: Answers = { ...NL_SCOPE, ...SMALL_FIRM, ...ORDINARY_DATA, ...CONTROLLER };

/** A non-EU shop that offers goods to people in the EU on a regular basis. */
export const NON_EU_SHOP: Answers = {
  ...NON_EU_SCOPE,
  ...SMALL_FIRM,
  'organisation-name': 'Acme Inc.',
  ...ORDINARY_DATA,
  ...CONTROLLER,
};

/** A Dutch hospital: large-scale health data of patients as its core activity. */
export const HOSPITAL: Answers = {
  ...NL_SCOPE,
  'organisation-name': 'Stichting Ziekenhuis',
  employees: 2400,
  'public-body': 'no',
  ...ORDINARY_DATA,
  'data-subjects': ['patients-clients', 'employees'],
  'special-category': 'yes',
  'special-categories-list': ['health'],
  'large-scale': 'yes',
  'individual-professional': 'no',
  'sensitive-large-scale': 'yes',
  ...CONTROLLER,
  'dpo-core-sensitive': 'yes',
};

export const CONTROLLER_ONLY_SECTIONS = [
  'lawful-basis',
  'transparency',
  'rights',
  'breaches',
  'dpia',
];
