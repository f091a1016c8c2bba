import { describe, expect, it } from 'vitest';
import {
  choice,
  FILE,
  issuesOf,
  onlyIssue,
  parseRaw,
  rawQuestionnaire,
} from '../../../tests/helpers/raw-questionnaire';

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
    const issue = onlyIssue(parseRaw(q));
    expect(issue).toMatchObject({
      code: 'unknown-article',
      file: FILE,
      path: '$.sections[0].questions[1].articles[1]',
    });
    expect(issue.message).toBe('"Art. 28(11)" does not exist: Art. 28 has no paragraph 11');
  });

  it('reports every bad reference, of each kind, next to other problems', () => {
    const q = rawQuestionnaire([
      {
        id: 's1',
        questions: [
          choice('q1', { articles: ['Art. 10(1)', 'Rec. 174'] }),
          choice('q2', { articles: ['UAVG 46'], showIf: { question: 'q1', equals: 'maybe' } }),
        ],
      },
      { id: 's2', questions: [choice('q3', { articles: ['Art. 9(2)(k)', 'UAVG 99'] })] },
    ]);
    expect(issuesOf(parseRaw(q)).map((i) => [i.code, i.path])).toEqual([
      ['unknown-option', '$.sections[0].questions[1].showIf.equals'],
      ['unknown-article', '$.sections[0].questions[0].articles[0]'],
      ['unknown-article', '$.sections[0].questions[0].articles[1]'],
      ['unknown-article', '$.sections[1].questions[0].articles[0]'],
      ['unknown-article', '$.sections[1].questions[0].articles[1]'],
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
    expect(parseRaw(q).ok).toBe(true);
  });
});
