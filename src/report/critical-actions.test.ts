import { describe, expect, it } from 'vitest';
import { choice, oneSection, shaped } from '../../tests/helpers/raw-questionnaire';
import { evaluateVerdicts } from '../engine/questionnaire/determinations';
import { criticalActions } from './critical-actions';

const scoring = { priority: 'high', fineTier: 'art83-4', effort: 'days' };
const options = ['yes', 'partly', 'no'];
/** Two ways to be without records (own or as processor), a flag on size and an exemption under `not`. */
const q = shaped({
  ...oneSection(
    choice('small', { options: ['yes', 'no'] }),
    choice('own-records', { options, scoring }),
    choice('client-records', { options, scoring }),
    choice('exempt', { options, scoring }),
  ),
  flags: { large: { question: 'small', equals: 'no' } },
  criticalGaps: [
    {
      id: 'no-records',
      section: 's1',
      when: {
        all: [
          { flag: 'large' },
          { not: { question: 'exempt', equals: 'no' } },
          {
            any: [
              { question: 'own-records', equals: 'no' },
              { question: 'client-records', in: ['no', 'partly'] },
            ],
          },
        ],
      },
      articles: ['Art. 30(1)'],
      action: 'own-records',
    },
  ],
});
const critical = (answers: Record<string, string>) =>
  [...criticalActions(q, evaluateVerdicts(q, answers)).questions].sort();

describe('criticalActions', () => {
  it('makes critical the named action and every other gap answer that makes the gap hold', () => {
    const base = { small: 'no', exempt: 'yes' };
    expect(critical({ ...base, 'own-records': 'partly', 'client-records': 'no' })).toEqual([
      'client-records',
      'own-records',
    ]);
    expect(critical({ ...base, 'own-records': 'yes', 'client-records': 'partly' })).toEqual([
      'client-records',
    ]);
  });

  it('leaves out a question tested under a not, and one whose leaf does not hold', () => {
    // exempt = "partly" is a gap answer, but its leaf sits under a not: it is no cause.
    expect(
      critical({ small: 'no', exempt: 'partly', 'own-records': 'no', 'client-records': 'yes' }),
    ).toEqual(['own-records']);
  });

  it('makes nothing critical while the gap does not hold', () => {
    expect(
      critical({ small: 'yes', exempt: 'yes', 'own-records': 'no', 'client-records': 'no' }),
    ).toEqual([]);
  });
});
