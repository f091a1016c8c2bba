import { describe, expect, it } from 'vitest';
import { buildQuestionnaire, yesNo } from '../../../tests/helpers/questionnaires';
import { validateAnswer, validateStep } from './answer-validation';
import { QuestionSchema, type Question } from './questionnaire.schema';
import { computeVisibility } from './visibility';

const question = (fields: Record<string, unknown>): Question =>
  QuestionSchema.parse({ id: 'q', ...fields });

describe('validateAnswer: single choice', () => {
  const single = question({ type: 'singleChoice', options: ['yes', 'no'] });
  const optional = question({ type: 'singleChoice', options: ['yes', 'no'], required: false });

  it('accepts one of the options', () => {
    expect(validateAnswer(single, 'no')).toBeNull();
  });

  it('requires an answer, treating blank text as no answer', () => {
    expect(validateAnswer(single, undefined)).toEqual({ code: 'required' });
    expect(validateAnswer(single, '')).toEqual({ code: 'required' });
    expect(validateAnswer(single, '  ')).toEqual({ code: 'required' });
  });

  it('accepts no answer when optional, but still checks a given one', () => {
    expect(validateAnswer(optional, undefined)).toBeNull();
    expect(validateAnswer(optional, 'maybe')).toEqual({ code: 'unknownOption', option: 'maybe' });
  });

  it('rejects an option that is not listed, naming it', () => {
    expect(validateAnswer(single, 'maybe')).toEqual({ code: 'unknownOption', option: 'maybe' });
  });

  it('rejects a list or a number', () => {
    expect(validateAnswer(single, ['yes'])).toEqual({ code: 'wrongType' });
    expect(validateAnswer(single, 1)).toEqual({ code: 'wrongType' });
  });
});

describe('validateAnswer: multiple choice', () => {
  const multi = question({ type: 'multiChoice', options: ['a', 'b', 'none'], exclusive: ['none'] });
  const optional = question({ type: 'multiChoice', options: ['a', 'b'], required: false });

  it('accepts one or several options', () => {
    expect(validateAnswer(multi, ['a'])).toBeNull();
    expect(validateAnswer(multi, ['a', 'b'])).toBeNull();
  });

  it('requires at least one option unless optional', () => {
    expect(validateAnswer(multi, undefined)).toEqual({ code: 'required' });
    expect(validateAnswer(multi, [])).toEqual({ code: 'required' });
    expect(validateAnswer(optional, [])).toBeNull();
    expect(validateAnswer(optional, undefined)).toBeNull();
  });

  it('rejects a single text or a number', () => {
    expect(validateAnswer(multi, 'a')).toEqual({ code: 'wrongType' });
    expect(validateAnswer(multi, 3)).toEqual({ code: 'wrongType' });
  });

  it('names the first option that is not listed', () => {
    expect(validateAnswer(multi, ['a', 'zzz', 'yyy'])).toEqual({
      code: 'unknownOption',
      option: 'zzz',
    });
  });

  it('accepts an exclusive option on its own', () => {
    expect(validateAnswer(multi, ['none'])).toBeNull();
  });

  it('rejects an exclusive option combined with another, in either order', () => {
    expect(validateAnswer(multi, ['a', 'none'])).toEqual({
      code: 'exclusiveCombined',
      option: 'none',
    });
    expect(validateAnswer(multi, ['none', 'b'])).toEqual({
      code: 'exclusiveCombined',
      option: 'none',
    });
  });

  it('reports an unknown option before an exclusive combination', () => {
    expect(validateAnswer(multi, ['none', 'zzz'])).toEqual({
      code: 'unknownOption',
      option: 'zzz',
    });
  });
});

describe('validateAnswer: number', () => {
  const count = question({ type: 'number', min: 0, max: 100 });
  const decimal = question({ type: 'number', integer: false, required: false });

  it('accepts whole numbers within the range, including both bounds', () => {
    expect(validateAnswer(count, 0)).toBeNull();
    expect(validateAnswer(count, 100)).toBeNull();
    expect(validateAnswer(count, 42)).toBeNull();
  });

  it('requires a value unless optional', () => {
    expect(validateAnswer(count, undefined)).toEqual({ code: 'required' });
    expect(validateAnswer(decimal, undefined)).toBeNull();
  });

  it('rejects text, lists and non-finite numbers as the wrong type', () => {
    expect(validateAnswer(count, '12')).toEqual({ code: 'wrongType' });
    expect(validateAnswer(count, ['12'])).toEqual({ code: 'wrongType' });
    expect(validateAnswer(count, Number.NaN)).toEqual({ code: 'wrongType' });
    expect(validateAnswer(count, Number.POSITIVE_INFINITY)).toEqual({ code: 'wrongType' });
  });

  it('rejects a fraction when whole numbers are asked (the default)', () => {
    expect(validateAnswer(count, 2.5)).toEqual({ code: 'notInteger' });
    expect(validateAnswer(decimal, 2.5)).toBeNull();
  });

  it('reports values outside the range with the bound', () => {
    expect(validateAnswer(count, -1)).toEqual({ code: 'tooSmall', min: 0 });
    expect(validateAnswer(count, 101)).toEqual({ code: 'tooLarge', max: 100 });
  });

  it('accepts any finite number when there are no bounds', () => {
    expect(validateAnswer(decimal, -1e12)).toBeNull();
  });
});

describe.each(['shortText', 'longText'] as const)('validateAnswer: %s', (type) => {
  const text = question({ type, maxLength: 10 });
  const optional = question({ type, maxLength: 10, required: false });

  it('accepts text up to maxLength', () => {
    expect(validateAnswer(text, 'a')).toBeNull();
    expect(validateAnswer(text, '0123456789')).toBeNull();
  });

  it('rejects text longer than maxLength with the limit', () => {
    expect(validateAnswer(text, '0123456789X')).toEqual({ code: 'tooLong', max: 10 });
  });

  it('requires non-blank text unless optional', () => {
    expect(validateAnswer(text, undefined)).toEqual({ code: 'required' });
    expect(validateAnswer(text, '   ')).toEqual({ code: 'required' });
    expect(validateAnswer(optional, '')).toBeNull();
  });

  it('rejects a number or a list', () => {
    expect(validateAnswer(text, 5)).toEqual({ code: 'wrongType' });
    expect(validateAnswer(text, ['a'])).toEqual({ code: 'wrongType' });
  });
});

describe('validateAnswer: default text lengths', () => {
  it('limits short text to 200 and long text to 4000 characters', () => {
    const short = question({ type: 'shortText' });
    const long = question({ type: 'longText' });
    expect(validateAnswer(short, 'x'.repeat(200))).toBeNull();
    expect(validateAnswer(short, 'x'.repeat(201))).toEqual({ code: 'tooLong', max: 200 });
    expect(validateAnswer(long, 'x'.repeat(4000))).toBeNull();
    expect(validateAnswer(long, 'x'.repeat(4001))).toEqual({ code: 'tooLong', max: 4000 });
  });
});

describe('validateStep', () => {
  const q = buildQuestionnaire({
    sections: [
      {
        id: 's1',
        questions: [
          yesNo('a'),
          yesNo('b', { showIf: { question: 'a', equals: 'yes' } }),
          { id: 'n', type: 'number', min: 1 },
          yesNo('opt', { required: false }),
        ],
      },
      { id: 's2', questions: [yesNo('c')] },
    ],
  });
  const errors = (answers: Record<string, string | number>, step = 's1') =>
    validateStep(q, step, answers, computeVisibility(q, answers));

  it('reports each visible question of the step, keyed by id', () => {
    expect(errors({})).toEqual({ a: { code: 'required' }, n: { code: 'required' } });
    expect(errors({ a: 'yes', n: 0 })).toEqual({
      b: { code: 'required' },
      n: { code: 'tooSmall', min: 1 },
    });
  });

  it('ignores hidden questions, even with an invalid stored answer', () => {
    expect(errors({ a: 'no', b: 'invalid', n: 1 })).toEqual({});
  });

  it('does not look at questions of other steps', () => {
    expect(errors({ a: 'no', n: 1 }, 's2')).toEqual({ c: { code: 'required' } });
  });

  it('is empty for an unknown step', () => {
    expect(errors({}, 'nope')).toEqual({});
  });
});

describe('validateAnswer: repeated options', () => {
  it('refuses the same option chosen twice', () => {
    const question = buildQuestionnaire({
      sections: [{ id: 's', questions: [{ id: 'm', type: 'multiChoice', options: ['a', 'b'] }] }],
    }).sections[0]!.questions[0]!;
    expect(validateAnswer(question, ['a', 'a'])).toEqual({ code: 'wrongType' });
    expect(validateAnswer(question, ['a', 'b'])).toBeNull();
  });
});
