import { describe, expect, it } from 'vitest';
import { answerKey, sameAnswer } from './answer-key';

describe('sameAnswer', () => {
  it('takes a multi-choice answer as a set, in any order', () => {
    expect(sameAnswer(['email', 'post'], ['post', 'email'])).toBe(true);
    expect(sameAnswer(['email'], ['email', 'post'])).toBe(false);
  });

  it('tells a number from the same digits as text', () => {
    expect(sameAnswer(5, 5)).toBe(true);
    expect(sameAnswer(5, '5')).toBe(false);
    expect(sameAnswer('yes', 'yes')).toBe(true);
  });

  it('never takes a missing answer as chosen', () => {
    expect(sameAnswer(undefined, 'yes')).toBe(false);
    expect(sameAnswer('yes', undefined)).toBe(false);
    expect(sameAnswer(undefined, undefined)).toBe(false);
  });

  it('does not sort the answer it was given', () => {
    const chosen = ['post', 'email'];
    answerKey(chosen);
    expect(chosen).toEqual(['post', 'email']);
  });
});

describe('answerKey of a list of items', () => {
  it('takes the same items in any order, whatever their ids, as the same list', () => {
    const a = { id: 'a', answers: { name: 'Orders', purposes: ['sales', 'delivery'] } };
    const b = { id: 'b', answers: { name: 'Payroll' } };
    const again = { id: 'z', answers: { purposes: ['delivery', 'sales'], name: 'Orders' } };
    expect(sameAnswer([a, b], [b, again])).toBe(true);
    expect(sameAnswer([a, b], [a])).toBe(false);
    expect(sameAnswer([a], [{ id: 'a', answers: { name: 'Orders' } }])).toBe(false);
  });
});
