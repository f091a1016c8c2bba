import { describe, expect, it } from 'vitest';
import { buildQuestionnaire, yesNo } from '../../../tests/helpers/questionnaires';
import type { Answers } from '../questionnaire/questionnaire.schema';
import { SESSION_TYPE, SESSION_VERSION, type Session } from '../session/session.schema';
import { choosePlanValue, shownConflicts } from './merge-choices';
import { mergeSessions, openConflicts, type Merge } from './merge-sessions';

// Whether there is a register decides whether the register's review is asked at all.
const q = buildQuestionnaire({
  sections: [
    { id: 'basics', questions: [yesNo('has-register'), yesNo('has-dpo')] },
    {
      id: 'register',
      showIf: { question: 'has-register', equals: 'yes' },
      questions: [yesNo('register-reviewed')],
    },
  ],
});

const session = (answers: Answers): Session => ({
  type: SESSION_TYPE,
  version: SESSION_VERSION,
  questionnaireId: q.id,
  questionnaireVersion: q.version,
  answers,
  location: { screen: 'complete' },
  overriddenExits: [],
  completedAt: null,
  updatedAt: '2026-02-01T10:00:00.000Z',
  actionPlan: {},
  notes: {},
  parked: [],
  processorReviews: [],
});

function merged(...answers: Answers[]): Merge {
  const result = mergeSessions(
    q,
    answers.map((a, i) => ({ name: `P${i + 1}`, session: session(a) })),
  );
  if (!result.ok) throw new Error(result.problem);
  return result.merge;
}

const ids = (conflicts: readonly { questionId: string }[]) => conflicts.map((c) => c.questionId);

describe('shownConflicts', () => {
  const merge = merged(
    { 'has-register': 'yes', 'has-dpo': 'yes', 'register-reviewed': 'yes' },
    { 'has-register': 'no', 'has-dpo': 'no' },
    { 'has-register': 'yes', 'has-dpo': 'yes', 'register-reviewed': 'no' },
  );
  const show = (answers: Record<string, string>) =>
    ids(shownConflicts(merge, { answers }, openConflicts(q, merge, { answers })));

  it('shows no conflict of a question that a disputed answer may still hide', () => {
    expect(show({})).toEqual(['has-register', 'has-dpo']);
  });

  it('shows the conflicts a choice brings into play, and keeps settled ones in their place', () => {
    expect(show({ 'has-register': 'yes' })).toEqual([
      'has-register',
      'has-dpo',
      'register-reviewed',
    ]);
    expect(show({ 'has-register': 'yes', 'has-dpo': 'no' })).toEqual([
      'has-register',
      'has-dpo',
      'register-reviewed',
    ]);
  });

  it('leaves out a conflict an earlier choice hid', () => {
    expect(show({ 'has-register': 'no' })).toEqual(['has-register', 'has-dpo']);
  });
});

describe('choosePlanValue', () => {
  it('sets one field of an action and keeps the other', () => {
    const owner = choosePlanValue({}, { questionId: 'has-dpo', field: 'ownerName' }, 'Anna');
    const both = choosePlanValue(owner, { questionId: 'has-dpo', field: 'dueDate' }, '2026-05-01');
    expect(both).toEqual({ 'has-dpo': { ownerName: 'Anna', dueDate: '2026-05-01' } });
    expect(owner).toEqual({ 'has-dpo': { ownerName: 'Anna' } });
  });

  it('replaces an earlier choice of the same field', () => {
    const first = choosePlanValue({}, { questionId: 'a', field: 'ownerName' }, 'Anna');
    expect(choosePlanValue(first, { questionId: 'a', field: 'ownerName' }, 'Bo')).toEqual({
      a: { ownerName: 'Bo' },
    });
  });
});
