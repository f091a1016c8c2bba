import { describe, expect, it } from 'vitest';
import { buildQuestionnaire } from '../../tests/helpers/questionnaires';
import {
  DEFAULT_SCORING_RULES,
  DOUBLE_WEIGHT_SECTIONS,
  answerCredit,
  questionWeight,
  ragFor,
  sectionWeight,
} from './scoring-rules';

const q = buildQuestionnaire({
  sections: [
    {
      id: 'all',
      questions: [
        {
          id: 'standard',
          type: 'singleChoice',
          options: ['yes', 'partly', 'no', 'dont-know', 'not-applicable'],
          scoring: { priority: 'high', fineTier: 'art83-5', effort: 'days' },
        },
        {
          id: 'own-options',
          type: 'singleChoice',
          options: ['no-dpo', 'internal-dpo', 'external-dpo', 'dont-know'],
          scoring: {
            priority: 'medium',
            fineTier: 'art83-4',
            effort: 'days',
            gaps: ['no-dpo', 'dont-know'],
          },
        },
        {
          id: 'gaps-name-standard',
          type: 'singleChoice',
          options: ['yes', 'partly', 'no'],
          scoring: { priority: 'low', fineTier: 'none', effort: 'days', gaps: ['yes'] },
        },
        { id: 'unscored', type: 'singleChoice', options: ['yes', 'no'] },
      ],
    },
  ],
});
const question = (id: string) => q.sections[0]!.questions.find((x) => x.id === id)!;

describe('answerCredit', () => {
  it('gives yes 1, partly 0.5, no 0 and dont-know 0', () => {
    const standard = question('standard');
    expect(answerCredit(standard, 'yes')).toBe(1);
    expect(answerCredit(standard, 'partly')).toBe(0.5);
    expect(answerCredit(standard, 'no')).toBe(0);
    expect(answerCredit(standard, 'dont-know')).toBe(0);
  });

  it('drops not-applicable, unanswered and non-option values out (null)', () => {
    const standard = question('standard');
    expect(answerCredit(standard, 'not-applicable')).toBeNull();
    expect(answerCredit(standard, undefined)).toBeNull();
    expect(answerCredit(standard, 3)).toBeNull();
    expect(answerCredit(standard, ['yes'])).toBeNull();
  });

  it('gives nothing to an unscored question', () => {
    expect(answerCredit(question('unscored'), 'yes')).toBeNull();
  });

  it("counts a question's own options as 1, or 0 when its scoring lists them as gaps", () => {
    const own = question('own-options');
    expect(answerCredit(own, 'internal-dpo')).toBe(1);
    expect(answerCredit(own, 'external-dpo')).toBe(1);
    expect(answerCredit(own, 'no-dpo')).toBe(0);
    expect(answerCredit(own, 'dont-know')).toBe(0);
  });

  it('keeps the fixed credit of a standard answer even when the gaps list names it', () => {
    expect(answerCredit(question('gaps-name-standard'), 'yes')).toBe(1);
    expect(answerCredit(question('gaps-name-standard'), 'partly')).toBe(0.5);
  });
});

describe('weights', () => {
  it('weighs priorities high 3, medium 2, low 1 and unscored questions 0', () => {
    expect(questionWeight(question('standard'))).toBe(3);
    expect(questionWeight(question('own-options'))).toBe(2);
    expect(questionWeight(question('gaps-name-standard'))).toBe(1);
    expect(questionWeight(question('unscored'))).toBe(0);
  });

  it('doubles lawful basis, transparency, rights, breaches and transfers, and only those', () => {
    expect([...DOUBLE_WEIGHT_SECTIONS].sort()).toEqual(
      ['breaches', 'lawful-basis', 'rights', 'transfers', 'transparency'].sort(),
    );
    for (const id of DOUBLE_WEIGHT_SECTIONS) expect(sectionWeight(id)).toBe(2);
    expect(sectionWeight('security')).toBe(1);
    expect(sectionWeight('sensitive-data')).toBe(1);
    expect(sectionWeight('no-such-section')).toBe(1);
  });

  it('takes section weights from the rules it is given', () => {
    const rules = { ...DEFAULT_SCORING_RULES, sectionWeights: { security: 5 } };
    expect(sectionWeight('security', rules)).toBe(5);
    expect(sectionWeight('rights', rules)).toBe(1);
  });
});

describe('ragFor', () => {
  it.each([
    [100, 'green'],
    [80, 'green'],
    [79, 'amber'],
    [50, 'amber'],
    [49, 'red'],
    [0, 'red'],
  ] as const)('colours %i %s', (score, rag) => {
    expect(ragFor(score)).toBe(rag);
  });

  it('has no colour without a score', () => {
    expect(ragFor(null)).toBeNull();
  });
});
