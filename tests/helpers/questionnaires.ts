import { join } from 'node:path';
import type { z } from 'zod';
import { itemVisibility, validateAnswer } from '@/engine/questionnaire/answer-validation';
import { localeKeys } from '@/engine/questionnaire/locale-keys';
import {
  QuestionnaireSchema,
  type AnswerValue,
  type Answers,
  type PlainAnswerValue,
  type Question,
  type Questionnaire,
  type RepeatableQuestion,
} from '@/engine/questionnaire/questionnaire.schema';
import { computeVisibility } from '@/engine/questionnaire/visibility';
import {
  questionnairesDir,
  readQuestionnaireFolder,
  repoRoot,
} from '../../scripts/questionnaire-files';

export type QuestionnaireInput = z.input<typeof QuestionnaireSchema>;

/** The shipped questionnaire, read and checked the way the validate script does it. */
export function loadShippedQuestionnaire(id = 'gdpr-readiness'): Questionnaire {
  const result = readQuestionnaireFolder(join(questionnairesDir, id));
  if (!result.ok) throw new Error(`shipped questionnaire ${id} does not parse`);
  return result.bundle.questionnaire;
}

/** A valid fixture questionnaire from tests/fixtures/questionnaires. */
export function loadFixtureQuestionnaire(name: string): Questionnaire {
  const result = readQuestionnaireFolder(join(repoRoot, 'tests/fixtures/questionnaires', name));
  if (!result.ok) throw new Error(`fixture questionnaire ${name} does not parse`);
  return result.bundle.questionnaire;
}

/**
 * A small inline questionnaire, parsed through the schema so defaults apply
 * (required: true, exclusive: [], integer: true, ...).
 */
export function buildQuestionnaire(
  fields: Pick<QuestionnaireInput, 'sections'> & Partial<QuestionnaireInput>,
): Questionnaire {
  return QuestionnaireSchema.parse({
    schemaVersion: 1,
    id: 'test',
    version: '1.0.0',
    languages: ['en'],
    ...fields,
  });
}

/** A yes/no single-choice question with optional extra fields. */
export function yesNo(id: string, extra: Record<string, unknown> = {}) {
  return { id, type: 'singleChoice' as const, options: ['yes', 'no'], ...extra };
}

/** Nested locale object holding a text for every required key of a questionnaire. */
export function localeFor(q: Questionnaire, text = 'Text'): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const key of localeKeys(q).required) {
    const parts = key.split('.');
    let node = root;
    for (const part of parts.slice(0, -1)) {
      node[part] ??= {};
      node = node[part] as Record<string, unknown>;
    }
    node[parts[parts.length - 1]!] = text;
  }
  return root;
}

/**
 * An ordinary activity of the organisation's own: customer orders on the basis of the contract,
 * nothing sensitive, no processors, no transfers, no high-risk criterion, not occasional.
 */
export const ORDINARY_ACTIVITY: Readonly<Record<string, PlainAnswerValue>> = {
  'activity-role': 'controller',
  'activity-purposes': ['purpose-orders'],
  'activity-data-subjects': ['customers'],
  'activity-data-categories': ['contact-details', 'orders-contracts'],
  'activity-source': ['from-data-subjects'],
  'activity-lawful-basis': ['contract'],
  'activity-recipients': ['internal-only'],
  'activity-uses-processors': 'no',
  'activity-transfers': 'no',
  'activity-retention': '2 years after the last order',
  'activity-security': 'yes',
  'activity-security-description': 'Personal logins, backups',
  'activity-dpia-criteria': ['none-of-these'],
  'activity-occasional': 'no',
};

/** Answers to the shipped questionnaire that keep a person in scope and complete every step. */
export const SHIPPED = {
  scope: {
    'personal-data': 'yes',
    'household-only': 'no',
    'law-enforcement': 'no',
    'eu-establishment': 'yes',
    'establishment-countries': ['netherlands'],
  },
  organisation: { 'organisation-name': 'Acme BV', employees: 12, 'public-body': 'no' },
  data: {
    'data-subjects': ['customers'],
    'special-category': 'no',
    'sensitive-inferences': 'no',
    'revealing-records': ['none-of-these'],
    'criminal-data': 'no',
    'children-data': 'no',
    'national-id': 'no',
    'large-scale': 'no',
    'data-inventory': 'partly',
    profiling: 'no',
    'automated-decisions': 'no',
    marketing: 'no',
    'indirect-collection': 'no',
    transfers: 'no',
  },
  roles: {
    'controller-role': 'yes',
    'processor-role': 'no',
    'joint-control': 'no',
    'uses-processors': 'yes',
    'privacy-owner': 'yes',
    'cross-border': 'no',
  },
  activities: {
    // One ordinary activity: orders, on a contract, kept in the EEA, nothing high-risk.
    activities: [
      {
        id: 'orders',
        answers: {
          ...ORDINARY_ACTIVITY,
          'activity-name': 'Orders',
          'activity-uses-processors': 'yes',
        },
      },
    ],
    'activities-complete': 'yes',
  },
} satisfies Record<string, Answers>;

/** A plain valid answer: "yes" where offered, else the first ordinary option, a small number or a name. */
export function plainAnswer(question: Question): AnswerValue {
  switch (question.type) {
    case 'singleChoice':
      return question.options.includes('yes') ? 'yes' : question.options[0]!;
    case 'multiChoice':
      // A list of measures answered like "yes": every measure in place.
      return question.measures
        ? question.options.filter((o) => !question.exclusive.includes(o))
        : [question.options.find((o) => !question.exclusive.includes(o))!];
    case 'number':
      return Math.max(question.min ?? 0, 1);
    case 'shortText':
    case 'longText':
      return 'Acme';
    case 'repeatable':
      return Array.from({ length: Math.max(question.minItems, 1) }, (_, n) => ({
        id: `item-${n + 1}`,
        answers: completeItem(question),
      }));
  }
}

/** One item of a group with a plain answer for each question it shows. */
function completeItem(group: RepeatableQuestion): Record<string, PlainAnswerValue> {
  const answers: Record<string, PlainAnswerValue> = {};
  for (let changed = true; changed;) {
    changed = false;
    const { questions } = itemVisibility(group, answers);
    for (const question of group.questions) {
      if (!questions.get(question.id) || validateAnswer(question, answers[question.id]) === null)
        continue;
      answers[question.id] = plainAnswer(question) as PlainAnswerValue;
      changed = true;
    }
  }
  return answers;
}

/**
 * Completes a set of answers: every visible question without a valid answer gets one, until
 * nothing new is shown. Keeps tests working as the questionnaire grows.
 */
export function completeAnswers(
  q: Questionnaire,
  base: Answers,
  choose: (question: Question) => AnswerValue = plainAnswer,
): Answers {
  const answers: Record<string, AnswerValue> = { ...base };
  for (let changed = true; changed;) {
    changed = false;
    const { questions } = computeVisibility(q, answers);
    for (const question of q.sections.flatMap((s) => s.questions)) {
      if (!questions.get(question.id) || validateAnswer(question, answers[question.id]) === null)
        continue;
      answers[question.id] = choose(question);
      changed = true;
      break;
    }
  }
  return answers;
}

export const SHIPPED_COMPLETE: Answers = completeAnswers(loadShippedQuestionnaire(), {
  ...SHIPPED.scope,
  ...SHIPPED.organisation,
  ...SHIPPED.data,
  ...SHIPPED.roles,
  ...SHIPPED.activities,
});
