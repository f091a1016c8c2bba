import { describe, expect, it } from 'vitest';
import { buildQuestionnaire, yesNo } from '../../../tests/helpers/questionnaires';
import {
  cursorPosition,
  moveCursor,
  parkedToRevisit,
  settleCursor,
  visibleQuestionsOf,
} from './question-cursor';

/** s1: a; b (if a = yes); c; s2: d; e (if d = yes) */
const q = buildQuestionnaire({
  sections: [
    {
      id: 's1',
      questions: [yesNo('a'), yesNo('b', { showIf: { question: 'a', equals: 'yes' } }), yesNo('c')],
    },
    {
      id: 's2',
      questions: [yesNo('d'), yesNo('e', { showIf: { question: 'd', equals: 'yes' } })],
    },
  ],
});

const ids = (answers: Record<string, string>, step: string) =>
  visibleQuestionsOf(q, answers, step).map((x) => x.id);

describe('question cursor', () => {
  it('walks the visible questions of a step and stops at its ends', () => {
    expect(ids({}, 's1')).toEqual(['a', 'c']);
    expect(moveCursor(q, {}, 's1', 'a', 1)).toEqual({ kind: 'question', questionId: 'c' });
    expect(moveCursor(q, {}, 's1', 'c', 1)).toEqual({ kind: 'stepEnd' });
    expect(moveCursor(q, {}, 's1', 'c', -1)).toEqual({ kind: 'question', questionId: 'a' });
    expect(moveCursor(q, {}, 's1', 'a', -1)).toEqual({ kind: 'stepStart' });
  });

  it('takes in a question as soon as an answer shows it', () => {
    expect(moveCursor(q, { a: 'yes' }, 's1', 'a', 1)).toEqual({
      kind: 'question',
      questionId: 'b',
    });
  });

  it('stays near its place when the question under it becomes hidden', () => {
    expect(settleCursor(q, { a: 'yes' }, 's1', 'b')).toBe('b');
    expect(settleCursor(q, { a: 'no' }, 's1', 'b')).toBe('c');
    expect(settleCursor(q, { d: 'no' }, 's2', 'e')).toBe('d');
    expect(settleCursor(q, {}, 's1', null)).toBe('a');
    expect(settleCursor(q, {}, 's1', 'unknown')).toBe('a');
  });

  it('moves on from a hidden question as if it stood in its old place', () => {
    expect(moveCursor(q, { a: 'no' }, 's1', 'b', 1)).toEqual({ kind: 'question', questionId: 'c' });
    expect(moveCursor(q, { a: 'no' }, 's1', 'b', -1)).toEqual({
      kind: 'question',
      questionId: 'a',
    });
  });

  it('gives the place in the step and the overall progress', () => {
    expect(cursorPosition(q, { a: 'yes', b: 'no' }, 's1', 'b')).toEqual({
      index: 2,
      total: 3,
      answered: 2,
      overallTotal: 4,
    });
  });

  it('lists parked questions that are still shown, oldest first, with their step', () => {
    expect(parkedToRevisit(q, { a: 'no' }, ['d', 'b', 'a', 'gone'])).toEqual([
      { questionId: 'd', stepId: 's2' },
      { questionId: 'a', stepId: 's1' },
    ]);
  });
});
