import { describe, expect, it } from 'vitest';
import { loadExample } from '../../../tests/helpers/examples';
import {
  buildQuestionnaire,
  loadShippedQuestionnaire,
  yesNo,
} from '../../../tests/helpers/questionnaires';
import { activitiesQuestionnaire, orders, payroll } from '../../../tests/helpers/activities';
import type { Answers, RepeatedItem } from '../questionnaire/questionnaire.schema';
import { makeSession } from '../../../tests/helpers/saved-session';
import { SessionSchema, type Session } from '../session/session.schema';
import {
  mergeSessions,
  openConflicts,
  resolveMerge,
  type Merge,
  type Participant,
} from './merge-sessions';

/**
 * A workshop questionnaire: whether there is a register decides whether its
 * follow-up section is asked at all.
 */
const q = buildQuestionnaire({
  sections: [
    {
      id: 'basics',
      questions: [
        yesNo('has-register'),
        { id: 'channels', type: 'multiChoice', options: ['email', 'phone', 'post'] },
        { id: 'staff', type: 'number', min: 0 },
      ],
    },
    {
      id: 'register',
      showIf: { question: 'has-register', equals: 'yes' },
      questions: [yesNo('register-reviewed'), yesNo('register-complete')],
    },
  ],
});

function session(answers: Answers, fields: Partial<Session> = {}): Session {
  return makeSession({
    questionnaireId: q.id,
    questionnaireVersion: q.version,
    answers,
    location: { screen: 'complete' },
    updatedAt: '2026-02-01T10:00:00.000Z',
    ...fields,
  });
}

const person = (name: string, answers: Answers, fields: Partial<Session> = {}): Participant => ({
  name,
  session: session(answers, fields),
});

function merged(...participants: Participant[]): Merge {
  const result = mergeSessions(q, participants);
  if (!result.ok) throw new Error(result.problem);
  return result.merge;
}

describe('mergeSessions: answers', () => {
  it('keeps what everyone agrees on; not answering is no disagreement', () => {
    const m = merged(
      person('Ann', { 'has-register': 'yes', channels: ['email', 'post'], staff: 12 }),
      person('Bo', { 'has-register': 'yes', channels: ['post', 'email'] }),
      person('Cas', {}),
    );
    expect(m.agreed).toEqual({ 'has-register': 'yes', channels: ['email', 'post'], staff: 12 });
    expect(m.conflicts).toEqual([]);
    expect(m.participants).toEqual(['Ann', 'Bo', 'Cas']);
  });

  it('lists each distinct answer to a question and who gave it, in questionnaire order', () => {
    const m = merged(
      person('Ann', { 'has-register': 'yes', staff: 12, 'register-reviewed': 'no' }),
      person('Bo', { 'has-register': 'yes', staff: 15, 'register-reviewed': 'yes' }),
      person('Cas', { 'has-register': 'yes', staff: 12 }),
    );
    expect(m.conflicts).toEqual([
      {
        questionId: 'staff',
        variants: [
          { value: 12, participants: ['Ann', 'Cas'] },
          { value: 15, participants: ['Bo'] },
        ],
      },
      {
        questionId: 'register-reviewed',
        variants: [
          { value: 'no', participants: ['Ann'] },
          { value: 'yes', participants: ['Bo'] },
        ],
      },
    ]);
    expect(m.agreed).toEqual({ 'has-register': 'yes' });
  });

  it('ignores an answer a participant left behind on a question their own answers hide', () => {
    const m = merged(
      // Ann first said yes and answered the register questions, then changed to no.
      person('Ann', { 'has-register': 'no', 'register-reviewed': 'no' }),
      person('Bo', { 'has-register': 'no' }),
    );
    expect(m.agreed).toEqual({ 'has-register': 'no' });
    expect(m.conflicts).toEqual([]);
  });

  it('refuses sessions of another questionnaire, and no sessions at all', () => {
    const other = { name: 'Dee', session: { ...session({}), questionnaireId: 'other' } };
    expect(mergeSessions(q, [person('Ann', {}), other])).toEqual({
      ok: false,
      problem: 'mixed-questionnaires',
      questionnaireIds: ['test', 'other'],
    });
    expect(mergeSessions(q, [other])).toMatchObject({ ok: false, problem: 'mixed-questionnaires' });
    expect(mergeSessions(q, [])).toEqual({ ok: false, problem: 'no-participants' });
  });
});

describe('mergeSessions: notes, plans, parked questions and reviews', () => {
  it('combines notes, each prefixed with its author', () => {
    const m = merged(
      person('Ann', {}, { notes: { staff: 'Includes interns.', channels: '  ' } }),
      person('Bo', {}, { notes: { staff: 'HR says 15.' } }),
    );
    expect(m.notes).toEqual({ staff: 'Ann: Includes interns.\n\nBo: HR says 15.' });
  });

  it('cuts a combined note that would be too long for a session', () => {
    const long = 'x'.repeat(15000);
    const m = merged(
      person('Ann', {}, { notes: { staff: long } }),
      person('Bo', {}, { notes: { staff: long } }),
    );
    expect(m.notes.staff).toHaveLength(20000);
    expect(m.notes.staff?.endsWith('…')).toBe(true);
  });

  it('combines action plans field by field and lists different owners or dates', () => {
    const m = merged(
      person('Ann', {}, { actionPlan: { staff: { ownerName: 'Sam', dueDate: null } } }),
      person(
        'Bo',
        {},
        {
          actionPlan: {
            staff: { ownerName: null, dueDate: '2026-05-01' },
            channels: { ownerName: 'Noor', dueDate: '2026-04-01' },
          },
        },
      ),
      person('Cas', {}, { actionPlan: { channels: { ownerName: 'Eva', dueDate: '2026-04-01' } } }),
    );
    expect(m.actionPlan).toEqual({
      staff: { ownerName: 'Sam', dueDate: '2026-05-01' },
      channels: { ownerName: null, dueDate: '2026-04-01' },
    });
    expect(m.planConflicts).toEqual([
      {
        questionId: 'channels',
        field: 'ownerName',
        variants: [
          { value: 'Noor', participants: ['Bo'] },
          { value: 'Eva', participants: ['Cas'] },
        ],
      },
    ]);
  });

  it('joins parked questions and exits, and counts a checklist item only if every reviewer ticked it', () => {
    const m = merged(
      person(
        'Ann',
        {},
        {
          parked: ['staff', 'channels'],
          overriddenExits: ['x'],
          processorReviews: [{ id: 'r1', vendor: 'Mailer', checked: ['a', 'b'] }],
        },
      ),
      person(
        'Bo',
        {},
        {
          parked: ['channels', 'has-register'],
          processorReviews: [
            { id: 'r1', vendor: 'Mailer', checked: ['b', 'c'] },
            { id: 'r2', vendor: 'Host', checked: ['a'] },
          ],
        },
      ),
    );
    expect(m.parked).toEqual(['staff', 'channels', 'has-register']);
    expect(m.overriddenExits).toEqual(['x']);
    expect(m.processorReviews).toEqual([
      { id: 'r1', vendor: 'Mailer', checked: ['b'] },
      { id: 'r2', vendor: 'Host', checked: ['a'] },
    ]);
  });
});

describe('resolveMerge', () => {
  const now = new Date('2026-02-02T09:00:00Z');
  const m = merged(
    person(
      'Ann',
      { 'has-register': 'yes', 'register-reviewed': 'yes', staff: 12 },
      { notes: { staff: 'About 12.' } },
    ),
    person('Bo', { 'has-register': 'no', staff: 12 }),
  );

  it('has one conflict to settle until a choice settles it', () => {
    expect(openConflicts(q, m).map((c) => c.questionId)).toEqual(['has-register']);
    expect(openConflicts(q, m, { answers: { 'has-register': 'no' } })).toEqual([]);
  });

  it('drops an agreed answer that the chosen answer hides', () => {
    const resolved = resolveMerge(q, m, { answers: { 'has-register': 'no' } }, now);
    expect(resolved.answers).toEqual({ 'has-register': 'no', staff: 12 });
  });

  it('keeps it when the chosen answer shows it', () => {
    const resolved = resolveMerge(q, m, { answers: { 'has-register': 'yes' } }, now);
    expect(resolved.answers).toEqual({
      'has-register': 'yes',
      'register-reviewed': 'yes',
      staff: 12,
    });
  });

  it('leaves a conflict without a choice unanswered', () => {
    expect(resolveMerge(q, m, {}, now).answers).toEqual({ staff: 12 });
  });

  it('makes a valid session at the review step, with notes and chosen plan entries', () => {
    const resolved = resolveMerge(
      q,
      m,
      { answers: { 'has-register': 'yes' }, actionPlan: { staff: { ownerName: 'Sam' } } },
      now,
    );
    expect(SessionSchema.parse(resolved)).toEqual(resolved);
    expect(resolved).toMatchObject({
      location: { screen: 'review' },
      completedAt: null,
      updatedAt: '2026-02-02T09:00:00.000Z',
      notes: { staff: 'Ann: About 12.' },
      actionPlan: { staff: { ownerName: 'Sam', dueDate: null } },
    });
  });

  it('names the participants, and who assessed when everyone who said named the same', () => {
    expect(resolveMerge(q, m, {}, now).team).toEqual({ participants: 'Ann, Bo' });
    const same = merged(
      person('Ann', {}, { team: { assessedBy: 'Sam ' } }),
      person('Bo', {}, { team: { assessedBy: 'Sam', participants: 'Bo, Kim' } }),
      person('Cas', {}),
    );
    expect(resolveMerge(q, same, {}, now).team).toEqual({
      assessedBy: 'Sam',
      participants: 'Ann, Bo, Cas',
    });
    const differ = merged(
      person('Ann', {}, { team: { assessedBy: 'Sam' } }),
      person('Bo', {}, { team: { assessedBy: 'Noor' } }),
    );
    expect(resolveMerge(q, differ, {}, now).team).toEqual({ participants: 'Ann, Bo' });
  });

  it('lets a choice settle a plan conflict or clear an entry', () => {
    const plans = merged(
      person('Ann', {}, { actionPlan: { staff: { ownerName: 'Sam', dueDate: '2026-05-01' } } }),
      person('Bo', {}, { actionPlan: { staff: { ownerName: 'Noor', dueDate: null } } }),
    );
    const chosen = resolveMerge(q, plans, { actionPlan: { staff: { ownerName: 'Noor' } } }, now);
    expect(chosen.actionPlan).toEqual({ staff: { ownerName: 'Noor', dueDate: '2026-05-01' } });
    const cleared = resolveMerge(q, plans, { actionPlan: { staff: { dueDate: null } } }, now);
    expect(cleared.actionPlan).toEqual({});
  });
});

describe('merging the shipped questionnaire', () => {
  const shipped = loadShippedQuestionnaire();
  const webshop = loadExample('dutch-webshop').answers;
  const withAnswers = (answers: Answers): Session => ({
    ...session(answers),
    questionnaireId: shipped.id,
    questionnaireVersion: shipped.version,
  });

  it('settles a conflict, and drops agreed answers that a choice on scope hides', () => {
    const result = mergeSessions(shipped, [
      { name: 'Ann', session: withAnswers(webshop) },
      { name: 'Bo', session: withAnswers({ ...webshop, 'privacy-notice': 'yes' }) },
    ]);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.merge.conflicts.map((c) => c.questionId)).toEqual(['privacy-notice']);
    const agreedCount = Object.keys(result.merge.agreed).length;
    expect(
      resolveMerge(shipped, result.merge, { answers: { 'privacy-notice': 'yes' } }).answers,
    ).toEqual({
      ...result.merge.agreed,
      'privacy-notice': 'yes',
    });
    // "No personal data" ends the questionnaire: none of the agreed answers after it may stay.
    const out = resolveMerge(shipped, result.merge, { answers: { 'personal-data': 'no' } });
    expect(Object.keys(out.answers).length).toBeLessThan(agreedCount);
    expect(out.answers['privacy-notice']).toBeUndefined();
  });
});

describe('mergeSessions: lists of items', () => {
  it('joins the participants’ activities instead of asking to choose one list', () => {
    const q = activitiesQuestionnaire;
    const list = (name: string, items: RepeatedItem[]): Participant => ({
      name,
      session: makeSession({
        questionnaireId: q.id,
        questionnaireVersion: q.version,
        answers: { 'uses-data': 'yes', activities: items },
        location: { screen: 'complete' },
      }),
    });
    const result = mergeSessions(q, [list('Ann', [payroll]), list('Bo', [orders, payroll])]);
    if (!result.ok) throw new Error(result.problem);
    expect(result.merge.agreed.activities).toEqual([payroll, orders]);
    expect(result.merge.conflicts).toEqual([]);
  });
});
