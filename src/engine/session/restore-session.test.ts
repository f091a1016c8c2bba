import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import {
  loadFixtureQuestionnaire,
  loadShippedQuestionnaire,
  SHIPPED,
} from '../../../tests/helpers/questionnaires';
import { makeSession } from '../../../tests/helpers/saved-session';
import type { AnswerValue } from '../questionnaire/questionnaire.schema';
import { wizardMachine, type WizardContext, type WizardEvent } from '../wizard/wizard.machine';
import { restoreSession } from './restore-session';
import { SESSION_VERSION } from './session.schema';
import { toSession } from './to-session';

const q = loadShippedQuestionnaire();

/** Runs the wizard on the shipped questionnaire and returns its context. */
function contextAfter(events: WizardEvent[]): WizardContext {
  const machine = wizardMachine.provide({ actions: { navigate: () => {} } });
  const actor = createActor(machine, {
    input: { questionnaire: q, requestedLocation: { screen: 'intro' } },
  }).start();
  for (const event of events) actor.send(event);
  return actor.getSnapshot().context;
}

const answer = (answers: Record<string, AnswerValue>): WizardEvent[] =>
  Object.entries(answers).map(([questionId, value]) => ({ type: 'answer.set', questionId, value }));

/** A valid saved session with fields overridden, as JSON text. */
const saved = (fields: Record<string, unknown> = {}) =>
  JSON.stringify({
    ...makeSession({
      questionnaireId: q.id,
      questionnaireVersion: q.version,
      updatedAt: '2025-03-01T10:00:00.000Z',
    }),
    ...fields,
  });

describe('restoreSession: round trip', () => {
  it('restores the answers, location and exits the wizard saved', () => {
    const context = contextAfter([
      { type: 'assessment.start' },
      ...answer(SHIPPED.scope),
      { type: 'step.next' },
      ...answer({ 'organisation-name': 'Acme BV', employees: 250 }),
    ]);
    const session = toSession(context);
    const result = restoreSession(JSON.stringify(session), q);
    expect(result).toEqual({
      kind: 'restored',
      session,
      dropped: [],
      droppedAnswers: {},
      changed: [],
    });
    if (result.kind !== 'restored') return;
    expect(result.session.location).toEqual({ screen: 'step', stepId: 'organisation' });
    expect(result.session.answers).toEqual({
      ...SHIPPED.scope,
      'organisation-name': 'Acme BV',
      employees: 250,
    });
  });

  it('reads a save without a team as before, and keeps a team it holds', () => {
    const plain = JSON.parse(saved({})) as Record<string, unknown>;
    expect(plain).not.toHaveProperty('team');
    expect(restoreSession(JSON.stringify(plain), q)).toMatchObject({ kind: 'restored' });
    const team = { assessedBy: 'Sam', participants: 'Anna, Bram' };
    expect(restoreSession(JSON.stringify({ ...plain, team }), q)).toMatchObject({
      kind: 'restored',
      session: { team },
    });
    const long = { assessedBy: 'x'.repeat(201) };
    expect(restoreSession(JSON.stringify({ ...plain, team: long }), q).kind).toBe('corrupt');
    const unknown = { ...team, role: 'lead' };
    expect(restoreSession(JSON.stringify({ ...plain, team: unknown }), q).kind).toBe('corrupt');
  });

  it('keeps an exit the person continued past', () => {
    const context = contextAfter([
      { type: 'assessment.start' },
      ...answer({ 'personal-data': 'no' }),
      { type: 'step.next' },
      { type: 'exit.continue' },
    ]);
    expect(context.overriddenExits).toEqual(['gdpr-not-applicable']);
    const result = restoreSession(JSON.stringify(toSession(context)), q);
    expect(result).toMatchObject({
      kind: 'restored',
      session: {
        overriddenExits: ['gdpr-not-applicable'],
        location: { screen: 'step', stepId: 'organisation' },
      },
    });
  });

  it('keeps the completion time', () => {
    const result = restoreSession(saved({ completedAt: '2025-03-01T11:00:00.000Z' }), q);
    expect(result).toMatchObject({
      kind: 'restored',
      session: { completedAt: '2025-03-01T11:00:00.000Z' },
    });
  });

  it('restores an intro-only session with no answers', () => {
    expect(restoreSession(saved(), q)).toMatchObject({
      kind: 'restored',
      session: { answers: {}, location: { screen: 'intro' } },
      dropped: [],
    });
  });
});

describe('restoreSession: nothing saved', () => {
  it.each([null, ''])('treats %j as empty', (raw) => {
    expect(restoreSession(raw, q)).toEqual({ kind: 'empty' });
  });
});

describe('restoreSession: corrupt data', () => {
  it.each([
    ['text that is not JSON', 'not json'],
    ['truncated JSON', saved().slice(0, 40)],
    ['JSON null', 'null'],
    ['a JSON array', '[]'],
    ['a JSON number', '42'],
    ['a JSON string', '"gdpr-readiness-session"'],
  ])('reports %s as corrupt with the raw text', (_, raw) => {
    expect(restoreSession(raw, q)).toEqual({ kind: 'corrupt', raw });
  });

  it.each([
    ['a missing type', { type: undefined }],
    ['another type', { type: 'something-else' }],
    ['another type, even with an unknown version', { type: 'something-else', version: 2 }],
    ['answers that are a list', { answers: [] }],
    ['an answer that is an object', { answers: { 'personal-data': { value: 'yes' } } }],
    ['an unknown screen', { location: { screen: 'settings' } }],
    ['a step location without a step', { location: { screen: 'step' } }],
    ['a completion time that is not a date', { completedAt: 'yesterday' }],
    ['a missing updatedAt', { updatedAt: undefined }],
    ['an unexpected field', { extra: true }],
    ['an empty questionnaire id', { questionnaireId: '' }],
  ])('reports an envelope with %s as corrupt', (_, fields) => {
    const raw = saved(fields);
    expect(restoreSession(raw, q)).toEqual({ kind: 'corrupt', raw });
  });
});

describe('restoreSession: version and questionnaire', () => {
  it('migrates a version 3 save to version 4 with every answer as it was', () => {
    const v3 = saved({
      version: 3,
      answers: { 'personal-data': 'yes', 'data-subjects': ['customers'], employees: 12 },
      notes: { 'personal-data': 'Checked with Ana' },
    });
    expect(restoreSession(v3, q)).toMatchObject({
      kind: 'restored',
      session: {
        version: 4,
        answers: { 'personal-data': 'yes', 'data-subjects': ['customers'], employees: 12 },
        notes: { 'personal-data': 'Checked with Ana' },
      },
      dropped: [],
    });
  });

  it("keeps a repeatable group's items through a save and a restore", () => {
    const activities = loadFixtureQuestionnaire('activities');
    const items = [
      {
        id: 'i1',
        answers: {
          'activity-name': 'Orders',
          'activity-role': 'controller',
          'activity-occasional': 'no',
        },
      },
    ];
    const text = JSON.stringify(
      makeSession({
        questionnaireId: activities.id,
        questionnaireVersion: activities.version,
        answers: { 'uses-data': 'yes', activities: items },
      }),
    );
    expect(restoreSession(text, activities)).toMatchObject({
      kind: 'restored',
      session: { answers: { 'uses-data': 'yes', activities: items } },
    });
  });

  it('migrates a version 1 save, which had no action plan, to the current version', () => {
    const { actionPlan: _, ...v1 } = JSON.parse(
      saved({ version: 1, answers: { 'personal-data': 'yes' } }),
    ) as Record<string, unknown>;
    const result = restoreSession(JSON.stringify(v1), q);
    expect(result).toMatchObject({
      kind: 'restored',
      session: { version: SESSION_VERSION, actionPlan: {}, answers: { 'personal-data': 'yes' } },
    });
  });

  it('migrates a version 2 save, which had no notes, parked questions or agreement reviews', () => {
    const {
      notes: _n,
      parked: _p,
      processorReviews: _r,
      ...v2
    } = JSON.parse(
      saved({ version: 2, actionPlan: { 'privacy-owner': { ownerName: 'Ana', dueDate: null } } }),
    ) as Record<string, unknown>;
    expect(restoreSession(JSON.stringify(v2), q)).toMatchObject({
      kind: 'restored',
      session: {
        version: SESSION_VERSION,
        actionPlan: { 'privacy-owner': { ownerName: 'Ana', dueDate: null } },
        notes: {},
        parked: [],
        processorReviews: [],
      },
    });
  });

  it('keeps notes and parked questions of existing questions and drops those of removed ones', () => {
    const result = restoreSession(
      saved({
        notes: { 'privacy-owner': 'Ask HR', 'gone-question': 'old' },
        parked: ['gone-question', 'privacy-owner'],
      }),
      q,
    );
    expect(result).toMatchObject({
      kind: 'restored',
      session: { notes: { 'privacy-owner': 'Ask HR' }, parked: ['privacy-owner'] },
    });
  });

  it('keeps the owners and due dates of the action plan', () => {
    const actionPlan = { 'privacy-owner': { ownerName: 'Łucja Dvořák', dueDate: '2027-01-31' } };
    expect(restoreSession(saved({ actionPlan }), q)).toMatchObject({
      kind: 'restored',
      session: { actionPlan },
    });
  });

  it.each([5, 0, 'x', '1'])('refuses envelope version %j as unknown-version', (version) => {
    const raw = saved({ version });
    expect(restoreSession(raw, q)).toEqual({ kind: 'unknown-version', raw, version });
  });

  it('treats a session without a version as corrupt, not as a version it does not know', () => {
    expect(restoreSession(saved({ version: undefined }), q)).toMatchObject({ kind: 'corrupt' });
  });

  it('refuses a session of another questionnaire, naming it', () => {
    const raw = saved({ questionnaireId: 'other-check' });
    expect(restoreSession(raw, q)).toEqual({
      kind: 'other-questionnaire',
      raw,
      questionnaireId: 'other-check',
    });
  });
});

describe('restoreSession: a changed questionnaire', () => {
  it('keeps an invalid answer of the current version (the step shows what to fix), but drops removed questions', () => {
    const result = restoreSession(
      saved({ answers: { 'removed-question': 'yes', employees: -5, 'household-only': 'no' } }),
      q,
    );
    expect(result).toMatchObject({
      kind: 'restored',
      session: { answers: { employees: -5, 'household-only': 'no' } },
      dropped: ['removed-question'],
    });
  });

  it('drops answers to removed questions and answers no longer valid after a questionnaire change, and lists them', () => {
    const result = restoreSession(
      saved({
        questionnaireVersion: '0.0.1',
        answers: {
          'removed-question': 'yes',
          'personal-data': 'maybe',
          'household-only': 'no',
          employees: -5,
          'establishment-countries': ['netherlands', 'atlantis'],
          'data-subjects': ['customers'],
        },
      }),
      q,
    );
    expect(result).toMatchObject({
      kind: 'restored',
      session: { answers: { 'household-only': 'no', 'data-subjects': ['customers'] } },
    });
    if (result.kind !== 'restored') return;
    expect(Object.keys(result.session.answers)).toEqual(['household-only', 'data-subjects']);
    expect(result.dropped).toEqual([
      'removed-question',
      'personal-data',
      'employees',
      'establishment-countries',
    ]);
    expect(result.droppedAnswers).toEqual({
      'removed-question': 'yes',
      'personal-data': 'maybe',
      employees: -5,
      'establishment-countries': ['netherlands', 'atlantis'],
    });
  });

  it('keeps only overridden exits that still exist', () => {
    const result = restoreSession(
      saved({ overriddenExits: ['old-exit', 'gdpr-not-applicable'] }),
      q,
    );
    expect(result).toMatchObject({
      kind: 'restored',
      session: { overriddenExits: ['gdpr-not-applicable'] },
    });
  });

  it('stamps the session with the current questionnaire version', () => {
    const result = restoreSession(saved({ questionnaireVersion: '0.0.1' }), q);
    expect(result).toMatchObject({
      kind: 'restored',
      session: { questionnaireVersion: q.version },
    });
  });

  it('keeps a saved location even if its step is gone (the wizard resolves it)', () => {
    const result = restoreSession(
      saved({ location: { screen: 'step', stepId: 'removed-step' } }),
      q,
    );
    expect(result).toMatchObject({
      kind: 'restored',
      session: { location: { screen: 'step', stepId: 'removed-step' } },
    });
  });
});

describe('restoreSession: oversized input', () => {
  const manyAnswers = (count: number) =>
    Object.fromEntries(Array.from({ length: count }, (_, i) => [`question-${i}`, 'yes']));

  it('accepts up to 2000 answers (all dropped here, as none exist)', () => {
    const result = restoreSession(saved({ answers: manyAnswers(2000) }), q);
    expect(result.kind).toBe('restored');
    if (result.kind === 'restored') expect(result.dropped).toHaveLength(2000);
  });

  it.each([
    ['2001 answers', { answers: manyAnswers(2001) }],
    ['5000 answers', { answers: manyAnswers(5000) }],
    ['a 100 kB text answer', { answers: { 'organisation-name': 'x'.repeat(100_000) } }],
    [
      'a text answer one over 20000 characters',
      { answers: { 'organisation-name': 'x'.repeat(20_001) } },
    ],
    [
      'a list of 201 options',
      { answers: { 'data-subjects': Array.from({ length: 201 }, () => 'customers') } },
    ],
    [
      '51 overridden exits',
      { overriddenExits: Array.from({ length: 51 }, () => 'gdpr-not-applicable') },
    ],
    ['an answer id of 101 characters', { answers: { ['a'.repeat(101)]: 'yes' } }],
  ])('reports %s as corrupt without throwing', (_, fields) => {
    const raw = saved(fields);
    expect(() => restoreSession(raw, q)).not.toThrow();
    expect(restoreSession(raw, q)).toEqual({ kind: 'corrupt', raw });
  });

  it('drops a 20000-character text that the changed question does not allow', () => {
    const result = restoreSession(
      saved({
        questionnaireVersion: '0.0.1',
        answers: { 'organisation-name': 'x'.repeat(20_000) },
      }),
      q,
    );
    expect(result).toMatchObject({
      kind: 'restored',
      session: { answers: {} },
      dropped: ['organisation-name'],
    });
  });
});

describe('restoreSession: a question that changed meaning (security-measures, 1.3.0)', () => {
  const old = (answer: string, extra: Record<string, AnswerValue> = {}) =>
    saved({
      questionnaireVersion: '1.2.0',
      answers: { ...SHIPPED.scope, 'security-measures': answer, ...extra },
    });

  it.each(['yes', 'partly', 'no'])(
    'leaves an old "%s" unanswered, claims no measure, and reports the old answer',
    (before) => {
      const result = restoreSession(old(before), q);
      if (result.kind !== 'restored') throw new Error(result.kind);
      expect(result.session.answers).not.toHaveProperty('security-measures');
      expect(result.session.answers).toMatchObject(SHIPPED.scope);
      expect(result.changed).toEqual([{ question: 'security-measures', before, kept: null }]);
      // Reported as changed, not as an answer that was simply left out.
      expect(result.dropped).toEqual([]);
      expect(result.session.questionnaireVersion).toBe(q.version);
    },
  );

  it('carries an old "don\'t know" over as "I don\'t know which of these we have"', () => {
    const result = restoreSession(old('dont-know'), q);
    if (result.kind !== 'restored') throw new Error(result.kind);
    expect(result.session.answers['security-measures']).toEqual(['dont-know']);
    expect(result.changed).toEqual([
      { question: 'security-measures', before: 'dont-know', kept: ['dont-know'] },
    ]);
  });

  it("copies the old action's owner and due date to each measure, keeping one set per measure", () => {
    const raw = JSON.parse(old('partly')) as Record<string, unknown>;
    raw.actionPlan = {
      'security-measures': { ownerName: 'Noor', dueDate: '2027-03-01' },
      'security-measures.measure-encryption': { ownerName: 'Ravi', dueDate: null },
    };
    const result = restoreSession(JSON.stringify(raw), q);
    if (result.kind !== 'restored') throw new Error(result.kind);
    const plan = result.session.actionPlan;
    expect(plan['security-measures.measure-multi-factor']).toEqual({
      ownerName: 'Noor',
      dueDate: '2027-03-01',
    });
    expect(plan['security-measures.measure-regular-check']?.ownerName).toBe('Noor');
    // Set for the measure itself already: that one is kept.
    expect(plan['security-measures.measure-encryption']).toEqual({
      ownerName: 'Ravi',
      dueDate: null,
    });
    expect(plan['security-measures']?.ownerName).toBe('Noor');
  });

  it('changes nothing in a save of the current version', () => {
    const result = restoreSession(
      saved({ answers: { 'security-measures': ['measure-multi-factor'] } }),
      q,
    );
    if (result.kind !== 'restored') throw new Error(result.kind);
    expect(result.changed).toEqual([]);
    expect(result.session.answers['security-measures']).toEqual(['measure-multi-factor']);
  });
});
