import { describe, expect, it } from 'vitest';
import { buildQuestionnaire, yesNo } from '../../../tests/helpers/questionnaires';
import { computeVisibility, flagResolver, frozenAnswers } from './visibility';

/**
 * s1: a; b (if a = yes); c (if b = yes)
 * s2 (if flag bYes): d
 * s3: e (if c answered); f (if flag notBYes)
 */
const chain = buildQuestionnaire({
  flags: {
    bYes: { question: 'b', equals: 'yes' },
    notBYes: { not: { flag: 'bYes' } },
  },
  sections: [
    {
      id: 's1',
      questions: [
        yesNo('a'),
        yesNo('b', { showIf: { question: 'a', equals: 'yes' } }),
        yesNo('c', { showIf: { question: 'b', equals: 'yes' } }),
      ],
    },
    { id: 's2', showIf: { flag: 'bYes' }, questions: [yesNo('d')] },
    {
      id: 's3',
      questions: [
        yesNo('e', { showIf: { question: 'c', answered: true } }),
        yesNo('f', { showIf: { flag: 'notBYes' } }),
      ],
    },
  ],
});

const shown = (answers: Record<string, string>) => {
  const v = computeVisibility(chain, answers);
  return [...v.questions].filter(([, visible]) => visible).map(([id]) => id);
};

describe('computeVisibility: questions', () => {
  it('shows questions without showIf and hides the ones whose condition fails', () => {
    const v = computeVisibility(chain, {});
    expect(v.questions.get('a')).toBe(true);
    expect(v.questions.get('b')).toBe(false);
    expect(v.questions.get('c')).toBe(false);
    expect(v.questions.get('f')).toBe(true);
  });

  it('shows a question once the answer it depends on is given', () => {
    expect(shown({ a: 'yes' })).toEqual(['a', 'b', 'f']);
    expect(shown({ a: 'yes', b: 'yes' })).toEqual(['a', 'b', 'c', 'd']);
    expect(shown({ a: 'yes', b: 'yes', c: 'no' })).toEqual(['a', 'b', 'c', 'd', 'e']);
  });

  it('lists every question of the questionnaire in the questions map', () => {
    expect([...computeVisibility(chain, {}).questions.keys()]).toEqual([
      'a',
      'b',
      'c',
      'd',
      'e',
      'f',
    ]);
  });
});

describe('computeVisibility: answers to hidden questions', () => {
  const stale = { a: 'no', b: 'yes', c: 'yes', d: 'yes' };

  it('keeps them in the input but leaves them out of effectiveAnswers', () => {
    const v = computeVisibility(chain, stale);
    expect(v.effectiveAnswers).toEqual({ a: 'no' });
    expect(stale).toEqual({ a: 'no', b: 'yes', c: 'yes', d: 'yes' });
  });

  it('hides a chain: a hides b, so c (which tests b) is hidden although b has a stored answer', () => {
    const v = computeVisibility(chain, stale);
    expect(v.questions.get('b')).toBe(false);
    expect(v.questions.get('c')).toBe(false);
    // e tests "c answered": c has a stored answer but is hidden, so it counts as unanswered
    expect(v.questions.get('e')).toBe(false);
  });

  it('leaves them out of flags, and of conditions that use those flags', () => {
    const v = computeVisibility(chain, stale);
    expect(v.flags).toEqual({ bYes: false, notBYes: true });
    expect(v.sections.get('s2')).toBe(false);
    expect(v.questions.get('f')).toBe(true);
  });

  it('uses the same stored answers once their question is visible again', () => {
    const v = computeVisibility(chain, { ...stale, a: 'yes' });
    expect(v.effectiveAnswers).toEqual({ a: 'yes', b: 'yes', c: 'yes', d: 'yes' });
    expect(v.flags).toEqual({ bYes: true, notBYes: false });
  });
});

describe('computeVisibility: sections and steps', () => {
  it('hides every question of a section whose showIf fails, even ones without showIf', () => {
    const v = computeVisibility(chain, { a: 'no' });
    expect(v.sections.get('s2')).toBe(false);
    expect(v.questions.get('d')).toBe(false);
  });

  it('does not count an answer in a hidden section', () => {
    expect(computeVisibility(chain, { a: 'no', d: 'yes' }).effectiveAnswers).toEqual({ a: 'no' });
  });

  it('lists as steps only the sections that show at least one question', () => {
    // s3 itself is shown (no showIf) but e and f are both hidden: it is not a step
    const v = computeVisibility(chain, { a: 'yes', b: 'yes' });
    expect(v.sections.get('s3')).toBe(true);
    expect(v.questions.get('e')).toBe(false);
    expect(v.questions.get('f')).toBe(false);
    expect(v.steps).toEqual(['s1', 's2']);
  });

  it('lists the steps in questionnaire order', () => {
    expect(computeVisibility(chain, {}).steps).toEqual(['s1', 's3']);
    expect(computeVisibility(chain, { a: 'yes', b: 'yes', c: 'no' }).steps).toEqual([
      's1',
      's2',
      's3',
    ]);
  });
});

describe('flags', () => {
  const flagged = buildQuestionnaire({
    flags: {
      big: { question: 'n', gte: 250 },
      public: { question: 'p', equals: 'yes' },
      bigOrPublic: { any: [{ flag: 'big' }, { flag: 'public' }] },
      privateAndSmall: { not: { flag: 'bigOrPublic' } },
    },
    sections: [
      { id: 's1', questions: [{ id: 'n', type: 'number' }, yesNo('p')] },
      { id: 's2', showIf: { flag: 'privateAndSmall' }, questions: [yesNo('x')] },
    ],
  });

  it('computes flags that use earlier flags', () => {
    expect(computeVisibility(flagged, { n: 300, p: 'no' }).flags).toEqual({
      big: true,
      public: false,
      bigOrPublic: true,
      privateAndSmall: false,
    });
    expect(computeVisibility(flagged, { n: 10, p: 'no' }).flags).toMatchObject({
      bigOrPublic: false,
      privateAndSmall: true,
    });
  });

  it('uses flags built on flags in show-conditions', () => {
    expect(computeVisibility(flagged, { n: 10, p: 'no' }).steps).toEqual(['s1', 's2']);
    expect(computeVisibility(flagged, { n: 10, p: 'yes' }).steps).toEqual(['s1']);
  });

  it('flagResolver resolves over the given answers and is false for unknown flags', () => {
    const resolve = flagResolver(flagged, { n: 250, p: 'no' });
    expect(resolve('big')).toBe(true);
    expect(resolve('privateAndSmall')).toBe(false);
    expect(resolve('noSuchFlag')).toBe(false);
  });
});

describe('computeVisibility: answers that do not count', () => {
  const sized = buildQuestionnaire({
    sections: [
      {
        id: 's1',
        questions: [
          { id: 'n', type: 'number', min: 0, max: 100 },
          yesNo('big', { showIf: { question: 'n', gte: 50 } }),
          { id: 't', type: 'shortText', required: false },
          yesNo('named', { showIf: { question: 't', answered: true } }),
        ],
      },
    ],
  });

  it('ignores an answer that is out of range for its question', () => {
    const v = computeVisibility(sized, { n: 500 });
    expect(v.questions.get('big')).toBe(false);
    expect(v.effectiveAnswers).not.toHaveProperty('n');
  });

  it('treats a blank text as unanswered', () => {
    expect(computeVisibility(sized, { n: 1, t: '   ' }).questions.get('named')).toBe(false);
    expect(computeVisibility(sized, { n: 1, t: 'Acme' }).questions.get('named')).toBe(true);
  });
});

describe('computeVisibility: remembered for frozen answers only', () => {
  it('works out frozen answers once: the same result object for the same answers', () => {
    const answers = frozenAnswers({ a: 'yes', b: 'yes' });
    const first = computeVisibility(chain, answers);
    expect(computeVisibility(chain, answers)).toBe(first);
    expect(first.steps).toEqual(['s1', 's2']);
    // Another questionnaire with the same answers is not given the first one's result.
    const other = buildQuestionnaire({ sections: [{ id: 'only', questions: [yesNo('a')] }] });
    expect(computeVisibility(other, answers).steps).toEqual(['only']);
  });

  it('follows answers changed in place when they were not frozen', () => {
    const answers: Record<string, string> = { a: 'yes', b: 'yes' };
    expect(computeVisibility(chain, answers).questions.get('c')).toBe(true);
    answers.b = 'no';
    expect(computeVisibility(chain, answers).questions.get('c')).toBe(false);
  });

  it('freezes a copy: the caller keeps its own lists changeable, the copy refuses changes', () => {
    const list = ['x'];
    const answers = frozenAnswers({ many: list });
    list.push('y');
    expect(answers.many).toEqual(['x']);
    expect(() => (answers.many as string[]).push('z')).toThrow(TypeError);
    expect(frozenAnswers(answers)).toBe(answers);
  });
});
