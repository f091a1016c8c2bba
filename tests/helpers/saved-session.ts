import { SESSION_TYPE, SESSION_VERSION, type Session } from '@/engine/session/session.schema';

/**
 * The one builder of saved sessions in tests: a current, empty session of the shipped
 * questionnaire on its intro screen, with `changes` on top. Tests name only what they rely on.
 */
export function makeSession(changes: Partial<Session> = {}): Session {
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
