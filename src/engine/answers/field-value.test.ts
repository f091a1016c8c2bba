import { describe, expect, it } from 'vitest';
import { QuestionSchema } from '../questionnaire/questionnaire.schema';
import { toAnswer, toFieldValue } from './field-value';

const turnover = QuestionSchema.parse({ id: 'turnover', type: 'number', integer: false, min: -10 });
const staff = QuestionSchema.parse({ id: 'staff', type: 'number' });
const name = QuestionSchema.parse({ id: 'name', type: 'shortText' });
const tools = QuestionSchema.parse({
  id: 'tools',
  type: 'multiChoice',
  options: ['mail', 'crm', 'none'],
  exclusive: ['none'],
});

describe('toAnswer', () => {
  it('reads the same amount written the Dutch and the English way', () => {
    expect(toAnswer(turnover, '1.234,5', 'nl')).toEqual({ refused: false, answer: 1234.5 });
    expect(toAnswer(turnover, '1,234.5', 'en')).toEqual({ refused: false, answer: 1234.5 });
  });

  it('refuses the other language’s way of writing instead of guessing', () => {
    expect(toAnswer(turnover, '1,234.5', 'nl')).toEqual({
      refused: true,
      refusal: { ok: false, problem: 'ambiguous-separator', readings: [1234.5] },
      // Kept as typed, so that nothing the person wrote is lost.
      text: '1,234.5',
    });
    expect(toAnswer(turnover, '1.234,5', 'en')).toMatchObject({
      refused: true,
      refusal: { problem: 'ambiguous-separator' },
    });
  });

  it('takes blank or space-only text as no answer, not as a refused number', () => {
    expect(toAnswer(turnover, '', 'nl')).toEqual({ refused: false, answer: null });
    expect(toAnswer(turnover, '   ', 'en')).toEqual({ refused: false, answer: null });
    expect(toAnswer(turnover, undefined, 'en')).toEqual({ refused: false, answer: null });
  });

  it('reads negative numbers and spaces between thousands', () => {
    expect(toAnswer(turnover, '-2,5', 'nl')).toEqual({ refused: false, answer: -2.5 });
    expect(toAnswer(staff, ' 2 400 ', 'en')).toEqual({ refused: false, answer: 2400 });
  });

  it('says why text is no number, and refuses decimals in a whole-number field', () => {
    expect(toAnswer(staff, 'about ten', 'en')).toMatchObject({
      refused: true,
      refusal: { problem: 'not-a-number' },
    });
    expect(toAnswer(staff, '2,5', 'nl')).toMatchObject({
      refused: true,
      refusal: { problem: 'not-integer' },
    });
  });

  it('keeps text as typed and a choice list as given, an empty list being no answer', () => {
    expect(toAnswer(name, ' Acme 1,5 ', 'nl')).toEqual({ refused: false, answer: ' Acme 1,5 ' });
    expect(toAnswer(tools, ['crm'], 'en')).toEqual({ refused: false, answer: ['crm'] });
    expect(toAnswer(tools, [], 'en')).toEqual({ refused: false, answer: null });
  });
});

describe('toFieldValue', () => {
  it('writes a number the way the interface language reads it back', () => {
    expect(toFieldValue(turnover, 1234.5, 'nl')).toBe('1.234,5');
    expect(toFieldValue(turnover, 1234.5, 'en')).toBe('1,234.5');
    expect(toAnswer(turnover, toFieldValue(turnover, -0.25, 'nl'), 'nl')).toEqual({
      refused: false,
      answer: -0.25,
    });
  });

  it('shows no answer as an empty field, and an empty list for a multi-choice', () => {
    expect(toFieldValue(turnover, undefined, 'en')).toBe('');
    expect(toFieldValue(tools, undefined, 'en')).toEqual([]);
    expect(toFieldValue(tools, 'crm', 'en')).toEqual([]);
    expect(toFieldValue(name, ['a'], 'en')).toBe('');
  });
});
