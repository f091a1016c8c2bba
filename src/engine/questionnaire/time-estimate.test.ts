import { describe, expect, it } from 'vitest';
import { buildQuestionnaire, yesNo } from '../../../tests/helpers/questionnaires';
import { estimateMinutes, estimateSeconds, roundedMinutes } from './time-estimate';

const timing = {
  singleChoice: 20,
  multiChoice: 40,
  number: 15,
  shortText: 30,
  longText: 90,
  repeatableItem: 300,
};

/**
 * s1: a (yes/no); n (number); s2 (if a = yes): m (multi), t (long text);
 * s3: list (a group of items, each with a name)
 */
const sections = [
  { id: 's1', questions: [yesNo('a'), { id: 'n', type: 'number' as const }] },
  {
    id: 's2',
    showIf: { question: 'a', equals: 'yes' },
    questions: [
      { id: 'm', type: 'multiChoice' as const, options: ['x', 'y'] },
      { id: 't', type: 'longText' as const },
    ],
  },
  {
    id: 's3',
    questions: [
      {
        id: 'list',
        type: 'repeatable' as const,
        questions: [{ id: 'name', type: 'shortText' as const }],
      },
    ],
  },
];
const q = buildQuestionnaire({ timing, sections });
const items = (count: number) =>
  Array.from({ length: count }, (_, i) => ({ id: `i${i}`, answers: { name: `Item ${i}` } }));

describe('estimateSeconds', () => {
  it('adds the time of each question asked, by its type, and of each item of a group', () => {
    // a 20 + n 15 + m 40 + t 90 + 2 items × 300
    expect(estimateSeconds(q, { a: 'yes', n: 3, list: items(2) }, timing)).toBe(765);
  });

  it('leaves out the questions the answers do not ask', () => {
    // a 20 + n 15 + 1 item × 300
    expect(estimateSeconds(q, { a: 'no', n: 3, list: items(1) }, timing)).toBe(335);
  });
});

describe('roundedMinutes', () => {
  it('rounds to the nearest five minutes', () => {
    expect(roundedMinutes(22 * 60)).toBe(20);
    expect(roundedMinutes(23 * 60)).toBe(25);
    expect(roundedMinutes(37.4 * 60)).toBe(35);
  });

  it('never says less than five minutes', () => {
    expect(roundedMinutes(0)).toBe(5);
    expect(roundedMinutes(60)).toBe(5);
  });
});

describe('estimateMinutes', () => {
  it('gives the rounded estimate with the questionnaire’s own timing', () => {
    expect(estimateMinutes(q, { a: 'yes', n: 3, list: items(2) })).toBe(15);
  });

  it('gives none for a questionnaire without timing', () => {
    expect(estimateMinutes(buildQuestionnaire({ sections }), { a: 'yes' })).toBeNull();
  });
});
