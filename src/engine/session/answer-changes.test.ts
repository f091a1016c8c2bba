import { describe, expect, it } from 'vitest';
import { isBeforeVersion } from '../questionnaire/versions';
import { applyQuestionChanges } from './answer-changes';

const changes = [{ question: 'measures', version: '1.3.0', keep: { 'dont-know': ['dont-know'] } }];

describe('isBeforeVersion', () => {
  it('compares major, minor and patch as numbers', () => {
    expect(isBeforeVersion('1.2.0', '1.3.0')).toBe(true);
    expect(isBeforeVersion('1.3.0', '1.3.0')).toBe(false);
    expect(isBeforeVersion('1.10.0', '1.3.0')).toBe(false);
    expect(isBeforeVersion('0.9.9', '1.0.0')).toBe(true);
    expect(isBeforeVersion('2.0.0', '1.3.0')).toBe(false);
  });

  it('counts a version it cannot read as older, so the change is applied', () => {
    expect(isBeforeVersion('draft', '1.3.0')).toBe(true);
  });
});

describe('applyQuestionChanges', () => {
  it('leaves an old answer the change does not name unanswered, and reports it', () => {
    expect(
      applyQuestionChanges({ changes }, '1.2.0', { measures: 'partly', other: 'yes' }),
    ).toEqual({
      answers: { other: 'yes' },
      changed: [{ question: 'measures', before: 'partly', kept: null }],
    });
  });

  it('carries an old answer that means exactly one new answer, and still reports it', () => {
    expect(applyQuestionChanges({ changes }, '1.2.0', { measures: 'dont-know' })).toEqual({
      answers: { measures: ['dont-know'] },
      changed: [{ question: 'measures', before: 'dont-know', kept: ['dont-know'] }],
    });
  });

  it('leaves answers saved with the changed version or later alone', () => {
    const answers = { measures: ['a', 'b'] };
    expect(applyQuestionChanges({ changes }, '1.3.0', answers)).toEqual({ answers, changed: [] });
    expect(applyQuestionChanges({ changes }, '1.4.1', answers)).toEqual({ answers, changed: [] });
  });

  it('keeps an answer the question as it is now accepts, as given to it already', () => {
    const answers = { measures: ['a'] };
    const accepts = (_: string, value: unknown) => Array.isArray(value);
    expect(applyQuestionChanges({ changes }, '1.2.0', answers, accepts)).toEqual({
      answers,
      changed: [],
    });
  });

  it('reports nothing for a changed question the save never answered', () => {
    expect(applyQuestionChanges({ changes }, '1.0.0', { other: 'no' })).toEqual({
      answers: { other: 'no' },
      changed: [],
    });
  });
});
