import type { Questionnaire } from '../engine/questionnaire/questionnaire.schema';
import { restoreSession } from '../engine/session/restore-session';
import { buildReport } from './build-report';
import type { Rag } from './report.types';

export type AssessmentStatus = 'not-started' | 'in-progress' | 'complete' | 'unreadable';

/** What the assessments list shows of one assessment. */
export interface AssessmentSummary {
  readonly status: AssessmentStatus;
  /** The organisation's name as answered. */
  readonly organisation: string | null;
  /** Overall score 0-100 of the answers so far; null before any scored answer. */
  readonly score: number | null;
  readonly rag: Rag | null;
  readonly updatedAt: string | null;
  readonly completedAt: string | null;
}

const UNREADABLE: AssessmentSummary = {
  status: 'unreadable',
  organisation: null,
  score: null,
  rag: null,
  updatedAt: null,
  completedAt: null,
};

/** Summarises a stored assessment (its saved session text) for a list, scored like the report. */
export function summarizeAssessment(raw: string | null, q: Questionnaire): AssessmentSummary {
  const restored = restoreSession(raw, q);
  if (restored.kind === 'empty') return { ...UNREADABLE, status: 'not-started' };
  if (restored.kind !== 'restored') return UNREADABLE;
  const { session } = restored;
  const report = buildReport(q, session.answers, session.actionPlan);
  const answered = Object.keys(session.answers).length > 0;
  return {
    status: session.completedAt ? 'complete' : answered ? 'in-progress' : 'not-started',
    organisation: report.organisation,
    score: answered ? report.overall.score : null,
    rag: answered ? report.overall.rag : null,
    updatedAt: session.updatedAt,
    completedAt: session.completedAt,
  };
}
