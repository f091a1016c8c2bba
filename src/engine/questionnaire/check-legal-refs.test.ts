import { describe, expect, it } from 'vitest';
import {
  choice,
  FILE,
  onlyIssue,
  rawQuestionnaire,
  shaped,
  type RawQuestionnaire,
} from '../../../tests/helpers/raw-questionnaire';
import { legalRefIssues } from './check-legal-refs';

const check = (q: RawQuestionnaire) => legalRefIssues(FILE, shaped(q));
const yes = { question: 'q1', equals: 'yes' };

describe('unknown-article', () => {
  it('reports a paragraph the article does not have, at the reference', () => {
    const q = rawQuestionnaire([
      {
        id: 's1',
        questions: [
          choice('q1', { articles: ['Art. 28(1)'] }),
          choice('q2', { articles: ['Art. 28(3)(h)', 'Art. 28(11)'] }),
        ],
      },
    ]);
    const issue = onlyIssue(check(q));
    expect(issue).toMatchObject({
      code: 'unknown-article',
      file: FILE,
      path: '$.sections[0].questions[1].articles[1]',
    });
    expect(issue.message).toBe('"Art. 28(11)" does not exist: Art. 28 has no paragraph 11');
  });

  it('reports every bad reference, of each kind', () => {
    const q = rawQuestionnaire([
      { id: 's1', questions: [choice('q1', { articles: ['Art. 10(1)', 'Rec. 174'] })] },
      { id: 's2', questions: [choice('q3', { articles: ['Art. 9(2)(k)', 'UAVG 99'] })] },
    ]);
    expect(check(q).map((i) => i.path)).toEqual([
      '$.sections[0].questions[0].articles[0]',
      '$.sections[0].questions[0].articles[1]',
      '$.sections[1].questions[0].articles[0]',
      '$.sections[1].questions[0].articles[1]',
    ]);
  });

  it('checks determination outcomes, their reasons and critical gaps too', () => {
    const q = {
      ...rawQuestionnaire([{ id: 's1', questions: [choice('q1')] }]),
      determinations: [
        {
          id: 'd',
          outcomes: [
            {
              id: 'o',
              when: yes,
              articles: ['Art. 99(9)'],
              reasons: [{ id: 'r', when: yes, articles: ['Rec. 200'] }],
            },
          ],
        },
      ],
      criticalGaps: [{ id: 'g', section: 's1', when: yes, articles: ['Art. 30(9)'] }],
    };
    expect(check(q).map((i) => [i.code, i.path])).toEqual([
      ['unknown-article', '$.determinations[0].outcomes[0].articles[0]'],
      ['unknown-article', '$.determinations[0].outcomes[0].reasons[0].articles[0]'],
      ['unknown-article', '$.criticalGaps[0].articles[0]'],
    ]);
  });

  it('accepts real references of every kind', () => {
    const q = rawQuestionnaire([
      {
        id: 's1',
        questions: [
          choice('q1', {
            articles: ['Art. 4(26)', 'Art. 87', 'Art. 50(a)', 'Rec. 173', 'UAVG 46'],
          }),
        ],
      },
    ]);
    expect(check(q)).toEqual([]);
  });
});
