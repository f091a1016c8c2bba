import { describe, expect, it } from 'vitest';
import { buildQuestionnaire, yesNo } from '../../../tests/helpers/questionnaires';
import { canEnterStep, firstIncompleteStep, isStepComplete, nextStep, previousStep } from './steps';

/**
 * s1: a
 * s2 (if a = yes): b
 * s3: c
 * s4 (if a = no): d
 * s5: e; f (if e = yes) — f is optional
 */
const q = buildQuestionnaire({
  sections: [
    { id: 's1', questions: [yesNo('a')] },
    { id: 's2', showIf: { question: 'a', equals: 'yes' }, questions: [yesNo('b')] },
    { id: 's3', questions: [yesNo('c')] },
    { id: 's4', showIf: { question: 'a', equals: 'no' }, questions: [yesNo('d')] },
    { id: 's5', questions: [yesNo('e'), yesNo('f', { required: false })] },
  ],
});

describe('nextStep / previousStep', () => {
  it('skips a hidden section going forward', () => {
    expect(nextStep(q, { a: 'no' }, 's1')).toBe('s3');
    expect(nextStep(q, { a: 'yes' }, 's3')).toBe('s5');
  });

  it('enters a section once its condition holds', () => {
    expect(nextStep(q, { a: 'yes' }, 's1')).toBe('s2');
    expect(nextStep(q, { a: 'no' }, 's3')).toBe('s4');
  });

  it('skips a hidden section going back', () => {
    expect(previousStep(q, { a: 'no' }, 's3')).toBe('s1');
    expect(previousStep(q, { a: 'yes' }, 's5')).toBe('s3');
    expect(previousStep(q, { a: 'no' }, 's5')).toBe('s4');
  });

  it('returns null past either end', () => {
    expect(nextStep(q, { a: 'yes' }, 's5')).toBeNull();
    expect(previousStep(q, { a: 'yes' }, 's1')).toBeNull();
  });

  it('treats a section before the questions it depends on are answered as hidden', () => {
    expect(nextStep(q, {}, 's1')).toBe('s3');
    expect(nextStep(q, {}, 's3')).toBe('s5');
  });

  it('moves from a step that became hidden by its position among all sections', () => {
    // s2 was entered with a = yes; a is now no, so s2 is hidden
    expect(nextStep(q, { a: 'no' }, 's2')).toBe('s3');
    expect(previousStep(q, { a: 'no' }, 's2')).toBe('s1');
    // s4 hidden with a = yes
    expect(nextStep(q, { a: 'yes' }, 's4')).toBe('s5');
    expect(previousStep(q, { a: 'yes' }, 's4')).toBe('s3');
  });

  it('from an unknown step, goes forward to the first step and back to nowhere', () => {
    expect(nextStep(q, {}, 'nope')).toBe('s1');
    expect(previousStep(q, {}, 'nope')).toBeNull();
  });
});

describe('isStepComplete', () => {
  it('is true when every visible required question has a valid answer', () => {
    expect(isStepComplete(q, { a: 'yes' }, 's1')).toBe(true);
    expect(isStepComplete(q, { e: 'no' }, 's5')).toBe(true);
  });

  it('is false with a missing or invalid answer', () => {
    expect(isStepComplete(q, {}, 's1')).toBe(false);
    expect(isStepComplete(q, { a: 'maybe' }, 's1')).toBe(false);
    expect(isStepComplete(q, { e: 'yes', f: 'maybe' }, 's5')).toBe(false);
  });

  it('does not require an optional question that is shown', () => {
    expect(isStepComplete(q, { e: 'yes' }, 's5')).toBe(true);
  });
});

describe('firstIncompleteStep', () => {
  it('is the first step when nothing is answered', () => {
    expect(firstIncompleteStep(q, {})).toBe('s1');
  });

  it('skips complete steps and ignores hidden ones', () => {
    expect(firstIncompleteStep(q, { a: 'no' })).toBe('s3');
    expect(firstIncompleteStep(q, { a: 'yes' })).toBe('s2');
    expect(firstIncompleteStep(q, { a: 'no', c: 'yes' })).toBe('s4');
    // b answered but s2 is hidden: the stale answer neither helps nor blocks
    expect(firstIncompleteStep(q, { a: 'no', b: 'maybe', c: 'yes', d: 'no' })).toBe('s5');
  });

  it('is null when every visible step is complete', () => {
    expect(firstIncompleteStep(q, { a: 'yes', b: 'no', c: 'no', e: 'no' })).toBeNull();
    expect(firstIncompleteStep(q, { a: 'no', c: 'no', d: 'no', e: 'no' })).toBeNull();
  });
});

describe('canEnterStep', () => {
  it('lets a person enter the first step at any time', () => {
    expect(canEnterStep(q, {}, 's1')).toBe(true);
  });

  it('locks a step while an earlier visible step is incomplete', () => {
    expect(canEnterStep(q, {}, 's3')).toBe(false);
    expect(canEnterStep(q, { a: 'no' }, 's5')).toBe(false);
  });

  it('opens the first incomplete step and every complete one before it', () => {
    const answers = { a: 'no', c: 'yes' };
    expect(canEnterStep(q, answers, 's1')).toBe(true);
    expect(canEnterStep(q, answers, 's3')).toBe(true);
    expect(canEnterStep(q, answers, 's4')).toBe(true);
    expect(canEnterStep(q, answers, 's5')).toBe(false);
  });

  it('opens every visible step when all are complete', () => {
    const answers = { a: 'yes', b: 'no', c: 'no', e: 'no' };
    for (const step of ['s1', 's2', 's3', 's5']) expect(canEnterStep(q, answers, step)).toBe(true);
  });

  it('never opens a hidden or unknown step', () => {
    expect(canEnterStep(q, { a: 'yes', b: 'no', c: 'no', e: 'no' }, 's4')).toBe(false);
    expect(canEnterStep(q, { a: 'no' }, 's2')).toBe(false);
    expect(canEnterStep(q, {}, 'nope')).toBe(false);
  });
});
