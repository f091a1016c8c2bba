import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateCondition } from '@/engine/questionnaire/conditions';
import type { Condition } from '@/engine/questionnaire/questionnaire.schema';
import { restoreSession, type RestoreResult } from '@/engine/session/restore-session';
import { SESSION_VERSION, SessionSchema, type Session } from '@/engine/session/session.schema';
import { completedAnswers } from './helpers/answer-arbitraries';
import { loadShippedQuestionnaire, plainAnswer } from './helpers/questionnaires';
import { makeSession } from './helpers/saved-session';

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

/** Complete answers: any option, the first ordinary option of a list, any number or name. */
const savedAnswers = completedAnswers(q, (question) => {
  switch (question.type) {
    case 'singleChoice':
      return fc.constantFrom(...question.options);
    case 'multiChoice':
      return fc.constant([question.options.find((o) => !question.exclusive.includes(o))!]);
    case 'number':
      return fc.nat(999);
    case 'shortText':
    case 'longText':
      return fc.nat(99).map((n) => `Naam ${n}`);
    case 'repeatable':
      return fc.constant(plainAnswer(question));
  }
});

describe('saved sessions (properties)', () => {
  it('survive a save and restore unchanged, action plan included', () => {
    fc.assert(
      fc.property(savedAnswers, fc.string({ maxLength: 40 }), (given, owner) => {
        const session = makeSession({
          questionnaireId: q.id,
          questionnaireVersion: q.version,
          answers: given,
          location: { screen: 'review' },
          updatedAt: '2026-11-28T10:00:00.000Z',
          actionPlan: { 'privacy-owner': { ownerName: owner || null, dueDate: '2027-01-31' } },
          notes: owner ? { 'privacy-owner': owner } : {},
          parked: ['privacy-owner'],
          processorReviews: [{ id: 'v1', vendor: owner, checked: ['confidentiality'] }],
        });
        const result = restoreSession(JSON.stringify(session), q);
        expect(result).toEqual({
          kind: 'restored',
          session,
          dropped: [],
          droppedAnswers: {},
          changed: [],
        });
      }),
      { numRuns: 40, seed: 11 },
    );
  }, 60_000);

  type Kind = RestoreResult['kind'];
  /** A text to restore and the one outcome it must have. */
  interface Case {
    readonly raw: string;
    readonly expected: Kind;
  }

  const valid = makeSession({
    questionnaireId: q.id,
    questionnaireVersion: q.version,
    answers: { 'personal-data': 'yes' },
  });
  const fields = Object.keys(valid) as (keyof Session)[];

  /** What a valid save with `field` set to `value` (as JSON reads it back) must restore to. */
  function expectedWith(field: keyof Session, value: unknown): Kind {
    // Saves of versions 1 to 3 are migrated; any other version is refused as unknown.
    if (field === 'version')
      return [1, 2, 3, SESSION_VERSION].includes(value as number) ? 'restored' : 'unknown-version';
    if (!SessionSchema.shape[field].safeParse(value).success) return 'corrupt';
    return field === 'questionnaireId' && value !== q.id ? 'other-questionnaire' : 'restored';
  }

  const notASave = fc
    .oneof(
      fc.string(),
      fc.json(),
      fc.jsonValue().map((v) => JSON.stringify(v)),
      fc.constant('['.repeat(5000) + ']'.repeat(5000)),
    )
    .map((raw): Case => ({ raw, expected: raw === '' ? 'empty' : 'corrupt' }));
  // A valid envelope with one field replaced by anything at all, versions near the known ones often.
  const nearValid = fc.constantFrom(
    0,
    1,
    2,
    SESSION_VERSION,
    SESSION_VERSION + 1,
    '',
    null,
    [],
    {},
  );
  const oneFieldReplaced = fc
    .tuple(fc.constantFrom(...fields), fc.oneof(nearValid, fc.jsonValue()))
    .map(([field, value]): Case => {
      const raw = JSON.stringify({ ...valid, [field]: value });
      const read = JSON.parse(raw) as Record<string, unknown>;
      return { raw, expected: expectedWith(field, read[field]) };
    });
  // Valid shape, answers of any kind.
  const anyAnswers = fc
    .dictionary(
      fc.constantFrom(...questions.map((x) => x.id), '__proto__', 'constructor'),
      fc.jsonValue(),
    )
    .map((answers): Case => {
      const raw = JSON.stringify({ ...valid, answers });
      const read = JSON.parse(raw) as Record<string, unknown>;
      return { raw, expected: expectedWith('answers', read.answers) };
    });
  const hostile = fc.oneof(
    notASave,
    oneFieldReplaced,
    anyAnswers,
    // Markup over the length a text answer may have.
    fc.constant<Case>({
      raw: JSON.stringify({
        ...valid,
        answers: { 'organisation-name': '<script>alert(1)</script>'.repeat(3000) },
      }),
      expected: 'corrupt',
    }),
  );

  it('never throw on 1,000 broken or hostile inputs, refuse each as they should, and never restore an answer outside the questionnaire or its schema', () => {
    fc.assert(
      fc.property(hostile, ({ raw, expected }) => {
        const result = restoreSession(raw, q);
        expect(result.kind).toBe(expected);
        if (result.kind === 'restored') {
          for (const [id, value] of Object.entries(result.session.answers)) {
            expect(byId.has(id), id).toBe(true);
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
