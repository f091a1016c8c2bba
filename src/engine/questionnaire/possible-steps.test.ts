import { describe, expect, it } from 'vitest';
import { buildQuestionnaire, yesNo } from '../../../tests/helpers/questionnaires';
import { possibleSteps, stepCount } from './possible-steps';
import type { Answers } from './questionnaire.schema';
import { computeVisibility } from './visibility';

/**
 * s1: a; g (optional)
 * s2 (if a = yes): b
 * s3: c
 * s4 (if a = no or g = yes): d
 * s5 (if c = yes): e
 * s6: f
 */
const q = buildQuestionnaire({
  sections: [
    { id: 's1', questions: [yesNo('a'), yesNo('g', { required: false })] },
    { id: 's2', showIf: { question: 'a', equals: 'yes' }, questions: [yesNo('b')] },
    { id: 's3', questions: [yesNo('c')] },
    {
      id: 's4',
      showIf: {
        any: [
          { question: 'a', equals: 'no' },
          { question: 'g', equals: 'yes' },
        ],
      },
      questions: [yesNo('d')],
    },
    { id: 's5', showIf: { question: 'c', equals: 'yes' }, questions: [yesNo('e')] },
    { id: 's6', questions: [yesNo('f')] },
  ],
});

const ids = (answers: Answers, current: string | null) =>
  possibleSteps(q, answers, current).map((s) => (s.certain ? s.stepId : `${s.stepId}?`));

describe('possibleSteps', () => {
  it('counts a step whose condition waits on an unanswered question as possible, not certain', () => {
    expect(ids({}, 's1')).toEqual(['s1', 's2?', 's3', 's4?', 's5?', 's6']);
  });

  it('drops a step once the answers rule it out, whatever the rest will be', () => {
    expect(ids({ a: 'no' }, 's1')).toEqual(['s1', 's3', 's4', 's5?', 's6']);
  });

  it('keeps a step open while an optional question on the current step may still open it', () => {
    expect(ids({ a: 'yes' }, 's1')).toEqual(['s1', 's2', 's3', 's4?', 's5?', 's6']);
  });

  it('reads an optional question left empty as no answer once the person has gone past its step', () => {
    expect(ids({ a: 'yes' }, 's2')).toEqual(['s1', 's2', 's3', 's5?', 's6']);
  });

  it('is the visible path once every question is answered', () => {
    const answers = { a: 'yes', g: 'no', b: 'no', c: 'yes', e: 'no', f: 'no' };
    expect(ids(answers, null)).toEqual(computeVisibility(q, answers).steps);
  });
});

describe('stepCount', () => {
  it('counts the steps before the current one and the possible steps after it', () => {
    expect(stepCount(q, {}, 's1')).toEqual({ passed: 0, left: 5, exact: false });
    expect(stepCount(q, { a: 'no', c: 'no' }, 's3')).toEqual({ passed: 1, left: 2, exact: true });
  });

  it('never changes the steps passed when a question on the current step is answered', () => {
    const before = { a: 'yes', b: 'no' };
    for (const c of ['yes', 'no'])
      expect(stepCount(q, { ...before, c }, 's3').passed).toBe(stepCount(q, before, 's3').passed);
  });

  it('takes off exactly the steps an answer closes', () => {
    expect(stepCount(q, { a: 'yes', b: 'no' }, 's3').left).toBe(2);
    expect(stepCount(q, { a: 'yes', b: 'no', c: 'no' }, 's3').left).toBe(1);
  });

  it('changing an earlier answer moves the total by the steps it opens and closes', () => {
    const yes = possibleSteps(q, { a: 'yes', g: 'no' }, 's1').map((s) => s.stepId);
    const no = possibleSteps(q, { a: 'no', g: 'no' }, 's1').map((s) => s.stepId);
    // a = no closes s2 and opens s4: one out, one in, the same total.
    expect(yes.filter((id) => !no.includes(id))).toEqual(['s2']);
    expect(no.filter((id) => !yes.includes(id))).toEqual(['s4']);
    expect(no).toHaveLength(yes.length);
  });

  it('is the last step when no step can follow', () => {
    const answers = { a: 'no', c: 'no', d: 'no' };
    expect(stepCount(q, answers, 's6')).toEqual({ passed: 3, left: 0, exact: true });
  });
});
