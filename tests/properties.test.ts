import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateCondition } from '@/engine/questionnaire/conditions';
import type { AnswerValue, Condition } from '@/engine/questionnaire/questionnaire.schema';
import { restoreSession } from '@/engine/session/restore-session';
import { SESSION_TYPE, SESSION_VERSION } from '@/engine/session/session.schema';
import { completeAnswers, loadShippedQuestionnaire } from './helpers/questionnaires';

const q = loadShippedQuestionnaire();
const questions = q.sections.flatMap((s) => s.questions);
const byId = new Map(questions.map((x) => [x.id, x]));

const answerValue = fc.oneof(
  fc.constantFrom('yes', 'no', 'partly', 'dont-know', 'x'),
  fc.array(fc.constantFrom('a', 'b', 'c'), { maxLength: 3 }),
  fc.integer({ min: -5, max: 500 }),
);
const answers = fc.dictionary(fc.constantFrom('q1', 'q2', 'q3'), answerValue);
const leaf: fc.Arbitrary<Condition> = fc.oneof(
  fc.record({
    question: fc.constantFrom('q1', 'q2', 'q3'),
    equals: fc.oneof(fc.constantFrom('yes', 'a'), fc.integer({ min: 0, max: 300 })),
  }),
  fc.record({
    question: fc.constantFrom('q1', 'q2', 'q3'),
    in: fc.array(fc.constantFrom('yes', 'no', 'a', 'b'), { minLength: 1, maxLength: 3 }),
  }),
  fc.record({ question: fc.constantFrom('q1', 'q2', 'q3'), answered: fc.boolean() }),
  fc.record({ question: fc.constantFrom('q1', 'q2', 'q3'), gte: fc.integer({ min: 0, max: 300 }) }),
  fc.record({ flag: fc.constantFrom('f1', 'f2') }),
);
const condition: fc.Arbitrary<Condition> = fc.letrec<{ c: Condition }>((tie) => ({
  c: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    leaf,
    fc.record({ all: fc.array(tie('c'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ any: fc.array(tie('c'), { minLength: 1, maxLength: 3 }) }),
    fc.record({ not: tie('c') }),
  ),
})).c;
const flags = (name: string) => name === 'f1';

describe('conditions (properties)', () => {
  it('"not" always inverts, and all/any follow De Morgan', () => {
    fc.assert(
      fc.property(condition, condition, answers, (a, b, given) => {
        const ev = (c: Condition) => evaluateCondition(c, given, flags);
        expect(ev({ not: a })).toBe(!ev(a));
        expect(ev({ all: [a, b] })).toBe(!ev({ any: [{ not: a }, { not: b }] }));
      }),
      { numRuns: 1000, seed: 7 },
    );
  }, 60_000);
});

describe('saved sessions (properties)', () => {
  it('survive a save and restore unchanged, action plan included', () => {
    fc.assert(
      fc.property(fc.infiniteStream(fc.nat()), fc.string({ maxLength: 40 }), (stream, owner) => {
        const it = stream[Symbol.iterator]();
        const pick = (n: number) => it.next().value! % n;
        const given = completeAnswers(q, {}, (question): AnswerValue => {
          if (question.type === 'singleChoice')
            return question.options[pick(question.options.length)]!;
          if (question.type === 'multiChoice')
            return [question.options.filter((o) => !question.exclusive.includes(o))[0]!];
          if (question.type === 'number') return pick(1000);
          return 'Naam ' + pick(100);
        });
        const session = {
          type: SESSION_TYPE,
          version: SESSION_VERSION,
          questionnaireId: q.id,
          questionnaireVersion: q.version,
          answers: given,
          location: { screen: 'review' },
          overriddenExits: [],
          completedAt: null,
          updatedAt: '2026-11-28T10:00:00.000Z',
          actionPlan: { 'privacy-owner': { ownerName: owner || null, dueDate: '2027-01-31' } },
          notes: owner ? { 'privacy-owner': owner } : {},
          parked: ['privacy-owner'],
          processorReviews: [{ id: 'v1', vendor: owner, checked: ['confidentiality'] }],
        };
        const result = restoreSession(JSON.stringify(session), q);
        expect(result.kind).toBe('restored');
        if (result.kind !== 'restored') return;
        expect(result.session.answers).toEqual(given);
        expect(result.session.actionPlan).toEqual(session.actionPlan);
        expect(result.session.notes).toEqual(session.notes);
        expect(result.session.parked).toEqual(session.parked);
        expect(result.session.processorReviews).toEqual(session.processorReviews);
        expect(result.dropped).toEqual([]);
      }),
      { numRuns: 40, seed: 11 },
    );
  }, 60_000);

  it('never throw on 1,000 broken or hostile inputs, and never restore an answer outside the questionnaire or its schema', () => {
    const valid = {
      type: SESSION_TYPE,
      version: SESSION_VERSION,
      questionnaireId: q.id,
      questionnaireVersion: q.version,
      answers: { 'personal-data': 'yes' },
      location: { screen: 'intro' },
      overriddenExits: [],
      completedAt: null,
      updatedAt: '2026-11-28T10:00:00.000Z',
      actionPlan: {},
      notes: {},
      parked: [],
      processorReviews: [],
    };
    const hostile = fc.oneof(
      fc.string(),
      fc.json(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      // A valid envelope with one field replaced by anything at all.
      fc
        .tuple(fc.constantFrom(...Object.keys(valid)), fc.jsonValue())
        .map(([key, value]) => JSON.stringify({ ...valid, [key]: value })),
      // Valid shape, answers of any kind, including markup and huge values.
      fc
        .dictionary(
          fc.constantFrom(...questions.map((x) => x.id), '__proto__', 'constructor'),
          fc.jsonValue(),
        )
        .map((a) => JSON.stringify({ ...valid, answers: a })),
      fc.constant(
        JSON.stringify({
          ...valid,
          answers: { 'organisation-name': '<script>alert(1)</script>'.repeat(3000) },
        }),
      ),
      fc.constant('['.repeat(5000) + ']'.repeat(5000)),
    );
    fc.assert(
      fc.property(hostile, (raw) => {
        const result = restoreSession(raw, q);
        expect([
          'empty',
          'restored',
          'corrupt',
          'unknown-version',
          'other-questionnaire',
        ]).toContain(result.kind);
        if (result.kind === 'restored') {
          for (const [id, value] of Object.entries(result.session.answers)) {
            expect(byId.get(id), id).toBeDefined();
            // Same version: the value keeps its type (the step validates it); the envelope bounds its size.
            expect(['string', 'number', 'object']).toContain(typeof value);
            if (typeof value === 'string') expect(value.length).toBeLessThanOrEqual(20_000);
            if (Array.isArray(value)) expect(value.length).toBeLessThanOrEqual(200);
          }
        }
      }),
      { numRuns: 1000, seed: 3 },
    );
  }, 60_000);
});
