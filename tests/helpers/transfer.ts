import { loadExample } from './examples';
import { loadShippedQuestionnaire } from './questionnaires';
import { makeSession } from './saved-session';
import type { Session } from '@/engine/session/session.schema';
import type { ImportFile, QuestionnaireLookup } from '@/engine/transfer/parse-import';

/** Shared by the transfer tests: the shipped questionnaire and a complete saved assessment. */

export const questionnaire = loadShippedQuestionnaire();
export const lookup: QuestionnaireLookup = (id) =>
  id === questionnaire.id ? questionnaire : undefined;

/** The dutch-webshop example as a finished, current saved session with a plan, notes and a review. */
export const webshop: Session = makeSession({
  questionnaireId: questionnaire.id,
  questionnaireVersion: questionnaire.version,
  answers: loadExample('dutch-webshop').answers,
  location: { screen: 'complete' },
  completedAt: '2026-01-15T10:00:00.000Z',
  updatedAt: '2026-01-15T10:05:00.000Z',
  actionPlan: { 'privacy-notice': { ownerName: 'Sam', dueDate: '2026-03-01' } },
  notes: { 'privacy-notice': 'Discuss with the web agency.' },
  processorReviews: [{ id: 'r1', vendor: 'Mailer Ltd', checked: ['instructions'] }],
});

/** A file holding `text` as UTF-8. */
export function textFile(text: string, name = 'assessment.json'): ImportFile {
  return { name, bytes: new TextEncoder().encode(text) };
}

/** A file holding `value` as JSON. */
export function jsonFile(value: unknown, name = 'assessment.json'): ImportFile {
  return textFile(JSON.stringify(value), name);
}
