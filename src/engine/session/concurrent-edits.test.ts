import { describe, expect, it } from 'vitest';
import { mergeConcurrentEdits, sameWork, settleConflicts } from './concurrent-edits';
import { makeSession } from '../../../tests/helpers/saved-session';
import type { Session } from './session.schema';

const session = (changes: Partial<Session> = {}) =>
  makeSession({
    questionnaireVersion: '1.1.0',
    answers: { 'organisation-name': 'Fietsenmaker De Spaak', employees: 4 },
    location: { screen: 'step', stepId: 'organisation' },
    ...changes,
  });

describe('mergeConcurrentEdits', () => {
  const base = session();

  it('keeps both tabs’ edits to different questions, notes and owners', () => {
    const mine = session({
      answers: { ...base.answers, 'privacy-notice': 'yes' },
      notes: { employees: 'two are part-time' },
    });
    const theirs = session({
      answers: { ...base.answers, employees: 6 },
      actionPlan: { 'privacy-notice': { ownerName: 'Sanne', dueDate: null } },
      location: { screen: 'review' },
    });
    const { merged, conflicts } = mergeConcurrentEdits(base, mine, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.answers).toEqual({
      'organisation-name': 'Fietsenmaker De Spaak',
      employees: 6,
      'privacy-notice': 'yes',
    });
    expect(merged.notes).toEqual({ employees: 'two are part-time' });
    expect(merged.actionPlan).toEqual({ 'privacy-notice': { ownerName: 'Sanne', dueDate: null } });
    expect(merged.location).toEqual(mine.location);
  });

  it('takes a removal on one side when the other left the entry alone', () => {
    const theirs = session({ answers: { 'organisation-name': 'Fietsenmaker De Spaak' } });
    const { merged, conflicts } = mergeConcurrentEdits(base, base, theirs);
    expect(conflicts).toEqual([]);
    expect(merged.answers).toEqual({ 'organisation-name': 'Fietsenmaker De Spaak' });
  });

  it('reports an entry both changed differently, and settles it either way', () => {
    const mine = session({ answers: { ...base.answers, employees: 5 } });
    const theirs = session({
      answers: { 'organisation-name': 'De Spaak B.V.', employees: 7 },
    });
    const merge = mergeConcurrentEdits(base, mine, theirs);
    expect(merge.conflicts).toEqual([{ part: 'answers', key: 'employees', mine: 5, theirs: 7 }]);
    expect(settleConflicts(merge, 'mine').answers).toEqual({
      'organisation-name': 'De Spaak B.V.',
      employees: 5,
    });
    expect(settleConflicts(merge, 'theirs').answers).toEqual({
      'organisation-name': 'De Spaak B.V.',
      employees: 7,
    });
  });

  it('treats an entry one side removed and the other changed as a conflict', () => {
    const mine = session({ answers: { 'organisation-name': 'Fietsenmaker De Spaak' } });
    const theirs = session({ answers: { ...base.answers, employees: 9 } });
    const merge = mergeConcurrentEdits(base, mine, theirs);
    expect(merge.conflicts).toEqual([
      { part: 'answers', key: 'employees', mine: undefined, theirs: 9 },
    ]);
    expect(settleConflicts(merge, 'mine').answers).not.toHaveProperty('employees');
    expect(settleConflicts(merge, 'theirs').answers.employees).toBe(9);
  });

  it('does not call the same change made in both tabs a conflict', () => {
    const both = session({ answers: { ...base.answers, employees: 8 } });
    expect(mergeConcurrentEdits(base, both, both).conflicts).toEqual([]);
  });

  it('merges parked questions and vendor reviews as sets of their own', () => {
    const start = session({
      parked: ['employees'],
      processorReviews: [{ id: 'r1', vendor: 'Mailer', checked: [] }],
    });
    const mine = session({
      parked: ['employees', 'privacy-notice'],
      processorReviews: [
        { id: 'r1', vendor: 'Mailer', checked: ['28-3-a'] },
        { id: 'r2', vendor: 'Hosting', checked: [] },
      ],
    });
    const theirs = session({
      parked: [],
      processorReviews: [
        { id: 'r1', vendor: 'Mailer Ltd', checked: [] },
        { id: 'r3', vendor: 'Payroll', checked: [] },
      ],
    });
    const { merged, conflicts } = mergeConcurrentEdits(start, mine, theirs);
    expect(merged.parked).toEqual(['privacy-notice']);
    expect(merged.processorReviews.map((r) => r.id)).toEqual(['r1', 'r3', 'r2']);
    expect(conflicts).toEqual([
      {
        part: 'processorReviews',
        key: 'r1',
        mine: { id: 'r1', vendor: 'Mailer', checked: ['28-3-a'] },
        theirs: { id: 'r1', vendor: 'Mailer Ltd', checked: [] },
      },
    ]);
  });

  it('keeps a completion only for the answers it was given on', () => {
    const done = '2026-12-01T10:00:00.000Z';
    const theirs = session({ completedAt: done });
    expect(mergeConcurrentEdits(base, base, theirs).merged.completedAt).toBe(done);
    const mine = session({ answers: { ...base.answers, 'privacy-notice': 'no' } });
    expect(mergeConcurrentEdits(base, mine, theirs).merged.completedAt).toBeNull();
  });

  it('takes who assessed and who took part field by field, this tab’s where both changed', () => {
    const start = session({ team: { assessedBy: 'Sam' } });
    const mine = session({ team: { assessedBy: 'Sam', participants: 'Anna, Bram' } });
    const theirs = session({ team: { assessedBy: 'Sam de Vries' } });
    expect(mergeConcurrentEdits(start, mine, theirs).merged.team).toEqual({
      assessedBy: 'Sam de Vries',
      participants: 'Anna, Bram',
    });
    const both = mergeConcurrentEdits(start, session({ team: { assessedBy: 'Kim' } }), theirs);
    expect(both.merged.team).toEqual({ assessedBy: 'Kim' });
    // Cleared in one tab, untouched in the other: cleared, and no empty team is left behind.
    const cleared = mergeConcurrentEdits(start, session(), start).merged;
    expect('team' in cleared).toBe(false);
    expect(sameWork(cleared, session())).toBe(true);
  });

  it('sees two copies that differ only in place and time as the same work', () => {
    expect(
      sameWork(
        base,
        session({ location: { screen: 'review' }, updatedAt: '2026-12-02T00:00:00.000Z' }),
      ),
    ).toBe(true);
    expect(sameWork(base, session({ notes: { employees: 'x' } }))).toBe(false);
  });
});
