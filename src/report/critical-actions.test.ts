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
  it('makes critical every gap answer that makes the gap hold, the named action only as one of them', () => {
    const base = { small: 'no', exempt: 'yes' };
    expect(critical({ ...base, 'own-records': 'no', 'client-records': 'no' })).toEqual([
      'client-records',
      'own-records',
    ]);
    // "partly" own records do not make the gap hold: a gap to close, not the unmet duty.
    expect(critical({ ...base, 'own-records': 'partly', 'client-records': 'no' })).toEqual([
      'client-records',
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

/** A gap that holds through an unscored answer ("which grounds?": don't know) or a scored one. */
const grounds = shaped({
  ...oneSection(
    choice('grounds', { options: ['contract', 'consent', 'dont-know-grounds'] }),
    choice('grounds-recorded', { options, scoring }),
  ),
  criticalGaps: [
    {
      id: 'no-grounds',
      section: 's1',
      when: {
        any: [
          { question: 'grounds', equals: 'dont-know-grounds' },
          { question: 'grounds-recorded', equals: 'no' },
        ],
      },
      articles: ['Art. 6(1)'],
      action: 'grounds-recorded',
    },
  ],
});
const fallback = (answers: Record<string, string>) =>
  criticalActions(grounds, evaluateVerdicts(grounds, answers));

describe('the fallback when no cause yields a critical action', () => {
  it('Art. 6(1): grounds not known make the gap’s own action critical, though only partly answered', () => {
    const found = fallback({ grounds: 'dont-know-grounds', 'grounds-recorded': 'partly' });
    expect([...found.questions]).toEqual(['grounds-recorded']);
    expect(found.conflicts.size).toBe(0);
  });

  it('Art. 5(2): grounds not known but their record said to be in order is a conflict to resolve', () => {
    const found = fallback({ grounds: 'dont-know-grounds', 'grounds-recorded': 'yes' });
    expect([...found.questions]).toEqual(['grounds-recorded']);
    expect(found.conflicts.get('grounds-recorded')).toEqual([
      { questionId: 'grounds', option: 'dont-know-grounds' },
    ]);
  });

  it('needs no fallback when an answer of its own makes the gap hold', () => {
    const found = fallback({ grounds: 'contract', 'grounds-recorded': 'no' });
    expect([...found.questions]).toEqual(['grounds-recorded']);
    expect(found.conflicts.size).toBe(0);
  });
});
