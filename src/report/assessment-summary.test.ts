import { describe, expect, it } from 'vitest';
import type { Session } from '../engine/session/session.schema';
import { loadShippedQuestionnaire, SHIPPED_COMPLETE } from '../../tests/helpers/questionnaires';
import { makeSession } from '../../tests/helpers/saved-session';
import { buildReport } from './build-report';
import { summarizeAssessment } from './assessment-summary';

const q = loadShippedQuestionnaire();

function saved(fields: Partial<Session>): string {
  return JSON.stringify(
    makeSession({
      questionnaireId: q.id,
      questionnaireVersion: q.version,
      updatedAt: '2026-11-01T09:00:00.000Z',
      ...fields,
    }),
  );
}

describe('summarizeAssessment', () => {
  it('calls an assessment with nothing saved, or no answers, not started', () => {
    expect(summarizeAssessment(null, q)).toMatchObject({ status: 'not-started', score: null });
    expect(summarizeAssessment(saved({}), q)).toMatchObject({
      status: 'not-started',
      score: null,
      updatedAt: '2026-11-01T09:00:00.000Z',
    });
  });

  it('scores a finished assessment exactly as its report does', () => {
    const answers = { ...SHIPPED_COMPLETE, 'organisation-name': 'Bakkerij Jansen' };
    const summary = summarizeAssessment(
      saved({ answers, completedAt: '2026-11-02T09:00:00.000Z' }),
      q,
    );
    const report = buildReport(q, answers);
    expect(summary).toEqual({
      status: 'complete',
      organisation: 'Bakkerij Jansen',
      score: report.overall.score,
      rag: report.overall.rag,
      updatedAt: '2026-11-01T09:00:00.000Z',
      completedAt: '2026-11-02T09:00:00.000Z',
    });
  });

  it('marks answers without completion as in progress, and unreadable data as such', () => {
    expect(summarizeAssessment(saved({ answers: { 'personal-data': 'yes' } }), q).status).toBe(
      'in-progress',
    );
    expect(summarizeAssessment('{oops', q).status).toBe('unreadable');
  });
});
