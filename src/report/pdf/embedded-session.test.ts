import { describe, expect, it } from 'vitest';
import { questionnaire, webshop } from '../../../tests/helpers/transfer';
import type { Session } from '../../engine/session/session.schema';
import { buildReport } from '../build-report';
import { embeddedParts, sessionForPdf } from './embedded-session';

const session: Session = {
  ...webshop,
  actionPlan: {
    // An open action: printed in the action plan.
    'privacy-notice': { ownerName: 'Jan <jan@acme.nl>', dueDate: '2026-03-01' },
    // Answered yes in the web shop example: no action, so the PDF prints no owner for it.
    'staff-confidentiality': { ownerName: 'Former owner', dueDate: null },
  },
  notes: { 'privacy-notice': 'see <https://intranet/policy>' },
};
const model = (s: Session) =>
  buildReport(questionnaire, s.answers, s.actionPlan, { processorReviews: s.processorReviews });

describe('sessionForPdf', () => {
  it('keeps only what the PDF prints: answers, owners of listed actions, vendors; no notes', () => {
    const stored = sessionForPdf(session, model(session), { notes: false });
    expect(stored).toEqual({
      ...session,
      actionPlan: { 'privacy-notice': session.actionPlan['privacy-notice'] },
      notes: {},
    });
  });

  it('keeps the whole session when the person chose to include the notes', () => {
    expect(sessionForPdf(session, model(session), { notes: true })).toBe(session);
  });

  it('keeps neither owners nor vendors for an organisation the GDPR does not reach', () => {
    const outside: Session = { ...session, answers: { 'personal-data': 'no' } };
    const report = model(outside);
    expect(report.outOfScope).not.toBeNull();
    const stored = sessionForPdf(outside, report, { notes: false });
    expect(stored).toMatchObject({ actionPlan: {}, notes: {}, processorReviews: [] });
    expect(stored.answers).toEqual(outside.answers);
  });
});

describe('embeddedParts', () => {
  it('lists the parts an embedded session holds, in a fixed order', () => {
    expect(embeddedParts(JSON.stringify(session))).toEqual([
      'answers',
      'actionPlan',
      'processorReviews',
      'notes',
    ]);
    const bare = { ...session, actionPlan: {}, notes: { x: '' }, processorReviews: [] };
    expect(embeddedParts(JSON.stringify(bare))).toEqual(['answers']);
  });

  it('lists nothing for a document that is not a session', () => {
    for (const json of ['{}', 'null', '[1]', '"x"', 'not json'])
      expect(embeddedParts(json)).toEqual([]);
  });
});
