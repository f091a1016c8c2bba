import type { i18n } from 'i18next';
import {
  QuestionnaireSchema,
  type RepeatableQuestion,
  type RepeatedItem,
} from '@/engine/questionnaire/questionnaire.schema';
import { questionnaireNamespace } from '@/i18n/i18n';
import activitiesEn from '../fixtures/questionnaires/activities/locales/en.json';
import activities from '../fixtures/questionnaires/activities/questionnaire.json';

/**
 * The `activities` fixture (a list of processing activities with a role determined for each and
 * an Art. 30 record), imported so that DOM tests can use it too. Its validity is checked with
 * the other fixtures (tests/questionnaires.test.ts).
 */
export const activitiesQuestionnaire = QuestionnaireSchema.parse(activities);
export const activitiesGroup = activitiesQuestionnaire.sections[1]!
  .questions[0] as RepeatableQuestion;

/** Adds the fixture's English texts to an app i18n instance; returns their namespace. */
export function addActivitiesTexts(instance: i18n): string {
  const ns = questionnaireNamespace(activitiesQuestionnaire.id);
  instance.addResourceBundle('en', ns, activitiesEn);
  return ns;
}

/** An activity done for a client, as a processor. */
export const payroll: RepeatedItem = {
  id: 'a',
  answers: {
    'activity-name': 'Payroll',
    'activity-role': 'processor',
    'activity-client': 'Bakery Jansen',
    'activity-occasional': 'no',
  },
};

/** An activity of the organisation's own, as a controller. */
export const orders: RepeatedItem = {
  id: 'b',
  answers: {
    'activity-name': 'Orders',
    'activity-role': 'controller',
    'activity-occasional': 'no',
  },
};
