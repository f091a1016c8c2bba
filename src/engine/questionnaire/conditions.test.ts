import { describe, expect, it, vi } from 'vitest';
import { conditionRefs, evaluateCondition } from './conditions';
import type { Answers, Condition } from './questionnaire.schema';

const noFlags = () => false;
const evaluate = (condition: Condition, answers: Answers) =>
  evaluateCondition(condition, answers, noFlags);

describe('evaluateCondition: equals', () => {
  it('matches a single-choice answer only when it is that option', () => {
    expect(evaluate({ question: 'q', equals: 'yes' }, { q: 'yes' })).toBe(true);
    expect(evaluate({ question: 'q', equals: 'yes' }, { q: 'no' })).toBe(false);
  });

  it('tests membership for a multiple-choice answer', () => {
    const condition: Condition = { question: 'q', equals: 'health' };
    expect(evaluate(condition, { q: ['genetic', 'health'] })).toBe(true);
    expect(evaluate(condition, { q: ['genetic'] })).toBe(false);
    expect(evaluate(condition, { q: [] })).toBe(false);
  });

  it('compares numbers by value and never matches a number written as text', () => {
    expect(evaluate({ question: 'q', equals: 250 }, { q: 250 })).toBe(true);
    expect(evaluate({ question: 'q', equals: 250 }, { q: 249 })).toBe(false);
    expect(evaluate({ question: 'q', equals: 250 }, { q: '250' })).toBe(false);
  });
});

describe('evaluateCondition: in', () => {
  it('matches a single-choice answer that is one of the listed options', () => {
    const condition: Condition = { question: 'q', in: ['yes', 'dont-know'] };
    expect(evaluate(condition, { q: 'yes' })).toBe(true);
    expect(evaluate(condition, { q: 'dont-know' })).toBe(true);
    expect(evaluate(condition, { q: 'no' })).toBe(false);
  });

  it('matches a multiple-choice answer that overlaps the listed options', () => {
    const condition: Condition = { question: 'q', in: ['health', 'biometric'] };
    expect(evaluate(condition, { q: ['genetic', 'biometric'] })).toBe(true);
    expect(evaluate(condition, { q: ['genetic', 'trade-union'] })).toBe(false);
  });

  it('never matches a number answer', () => {
    expect(evaluate({ question: 'q', in: ['1'] }, { q: 1 })).toBe(false);
  });
});

describe('evaluateCondition: answered', () => {
  it('answered: true holds for any stored value, including 0', () => {
    expect(evaluate({ question: 'q', answered: true }, { q: 'no' })).toBe(true);
    expect(evaluate({ question: 'q', answered: true }, { q: 0 })).toBe(true);
    expect(evaluate({ question: 'q', answered: true }, {})).toBe(false);
  });

  it('answered: false holds only when there is no value', () => {
    expect(evaluate({ question: 'q', answered: false }, {})).toBe(true);
    expect(evaluate({ question: 'q', answered: false }, { q: 'yes' })).toBe(false);
  });
});

describe('evaluateCondition: number comparisons', () => {
  it.each([
    ['gt', 249, false],
    ['gt', 250, false],
    ['gt', 251, true],
    ['gte', 249, false],
    ['gte', 250, true],
    ['gte', 251, true],
    ['lt', 249, true],
    ['lt', 250, false],
    ['lt', 251, false],
    ['lte', 249, true],
    ['lte', 250, true],
    ['lte', 251, false],
  ] as const)('%s 250 with answer %d is %s', (operator, value, expected) => {
    const condition = { question: 'q', [operator]: 250 } as Condition;
    expect(evaluate(condition, { q: value })).toBe(expected);
  });

  it('handles negative and fractional thresholds', () => {
    expect(evaluate({ question: 'q', gt: -1 }, { q: 0 })).toBe(true);
    expect(evaluate({ question: 'q', lt: 0.5 }, { q: 0.25 })).toBe(true);
    expect(evaluate({ question: 'q', gte: 0.5 }, { q: 0.25 })).toBe(false);
  });

  it('is false for a text or list answer, even one that looks like a number', () => {
    expect(evaluate({ question: 'q', gt: 10 }, { q: '300' })).toBe(false);
    expect(evaluate({ question: 'q', lte: 10 }, { q: ['1'] })).toBe(false);
  });
});

describe('evaluateCondition: unanswered questions', () => {
  const leaves: Condition[] = [
    { question: 'q', equals: 'yes' },
    { question: 'q', equals: 0 },
    { question: 'q', in: ['yes', 'no'] },
    { question: 'q', answered: true },
    { question: 'q', gt: -1 },
    { question: 'q', gte: 0 },
    { question: 'q', lt: 1 },
    { question: 'q', lte: 0 },
  ];

  it.each(leaves)('fails %j when q has no answer', (leaf) => {
    expect(evaluate(leaf, {})).toBe(false);
    expect(evaluate(leaf, { other: 'yes' })).toBe(false);
  });

  it('passes only answered: false', () => {
    expect(evaluate({ question: 'q', answered: false }, {})).toBe(true);
  });

  it('makes not(leaf) true, so a negated test holds before the question is reached', () => {
    expect(evaluate({ not: { question: 'q', equals: 'yes' } }, {})).toBe(true);
  });
});

describe('evaluateCondition: all, any, not', () => {
  const yes = (id: string): Condition => ({ question: id, equals: 'yes' });

  it('all holds only when every part holds', () => {
    expect(evaluate({ all: [yes('a'), yes('b')] }, { a: 'yes', b: 'yes' })).toBe(true);
    expect(evaluate({ all: [yes('a'), yes('b')] }, { a: 'yes', b: 'no' })).toBe(false);
    expect(evaluate({ all: [yes('a'), yes('b')] }, { a: 'yes' })).toBe(false);
  });

  it('any holds when at least one part holds', () => {
    expect(evaluate({ any: [yes('a'), yes('b')] }, { a: 'no', b: 'yes' })).toBe(true);
    expect(evaluate({ any: [yes('a'), yes('b')] }, { a: 'no', b: 'no' })).toBe(false);
    expect(evaluate({ any: [yes('a'), yes('b')] }, {})).toBe(false);
  });

  it('not inverts its part', () => {
    expect(evaluate({ not: yes('a') }, { a: 'yes' })).toBe(false);
    expect(evaluate({ not: yes('a') }, { a: 'no' })).toBe(true);
    expect(evaluate({ not: { not: yes('a') } }, { a: 'yes' })).toBe(true);
  });

  it('evaluates deep nesting', () => {
    // a = yes AND NOT (b = yes OR (c > 10 AND d answered))
    const condition: Condition = {
      all: [
        yes('a'),
        {
          not: {
            any: [
              yes('b'),
              {
                all: [
                  { question: 'c', gt: 10 },
                  { question: 'd', answered: true },
                ],
              },
            ],
          },
        },
      ],
    };
    expect(evaluate(condition, { a: 'yes', b: 'no', c: 11 })).toBe(true);
    expect(evaluate(condition, { a: 'yes', b: 'no', c: 11, d: 'x' })).toBe(false);
    expect(evaluate(condition, { a: 'yes', b: 'no', c: 10, d: 'x' })).toBe(true);
    expect(evaluate(condition, { a: 'yes', b: 'yes' })).toBe(false);
    expect(evaluate(condition, { a: 'no' })).toBe(false);
  });
});

describe('evaluateCondition: flags', () => {
  it('asks the resolver for the flag by name and uses its answer', () => {
    const resolver = vi.fn((name: string) => name === 'gdprApplies');
    expect(evaluateCondition({ flag: 'gdprApplies' }, {}, resolver)).toBe(true);
    expect(evaluateCondition({ flag: 'publicBody' }, {}, resolver)).toBe(false);
    expect(resolver.mock.calls).toEqual([['gdprApplies'], ['publicBody']]);
  });

  it('combines flags with question leaves', () => {
    const resolver = (name: string) => name === 'euEstablished';
    const condition: Condition = {
      all: [{ not: { flag: 'euEstablished' } }, { question: 'q', equals: 'yes' }],
    };
    expect(evaluateCondition(condition, { q: 'yes' }, resolver)).toBe(false);
    expect(evaluateCondition(condition, { q: 'yes' }, () => false)).toBe(true);
  });

  it('does not consult the resolver for a condition without flags', () => {
    const resolver = vi.fn(() => true);
    evaluateCondition({ any: [{ question: 'q', equals: 'yes' }] }, { q: 'yes' }, resolver);
    expect(resolver).not.toHaveBeenCalled();
  });
});

describe('conditionRefs', () => {
  it('lists a single leaf', () => {
    expect(conditionRefs({ question: 'q', gte: 1 })).toEqual({ questions: ['q'], flags: [] });
    expect(conditionRefs({ flag: 'f' })).toEqual({ questions: [], flags: ['f'] });
  });

  it('lists every question and flag of a nested condition in order, repeats included', () => {
    const condition: Condition = {
      all: [
        { question: 'a', equals: 'yes' },
        { any: [{ flag: 'first' }, { not: { question: 'b', answered: true } }] },
        { not: { all: [{ flag: 'second' }, { question: 'a', in: ['no'] }] } },
      ],
    };
    expect(conditionRefs(condition)).toEqual({
      questions: ['a', 'b', 'a'],
      flags: ['first', 'second'],
    });
  });
});
