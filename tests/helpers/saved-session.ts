import { SESSION_TYPE, SESSION_VERSION, type Session } from '@/engine/session/session.schema';

/** A saved session of the shipped questionnaire with nothing in it but `changes`. */
export function savedSession(changes: Partial<Session> = {}): Session {
  return {
    type: SESSION_TYPE,
    version: SESSION_VERSION,
    questionnaireId: 'gdpr-readiness',
    questionnaireVersion: '1.0.0',
    answers: {},
    location: { screen: 'intro' },
    overriddenExits: [],
    completedAt: null,
    updatedAt: '2026-12-01T09:00:00.000Z',
    actionPlan: {},
    notes: {},
    parked: [],
    processorReviews: [],
    ...changes,
  };
}
