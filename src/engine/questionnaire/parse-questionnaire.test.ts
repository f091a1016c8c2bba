import { describe, expect, it } from 'vitest';
import {
  choice,
  FILE,
  issuesOf,
  onlyIssue,
  parseRaw,
  rawQuestionnaire,
  type RawQuestion,
} from '../../../tests/helpers/raw-questionnaire';

/** One section "s1" holding the given questions. */
const oneSection = (...questions: RawQuestion[]) => rawQuestionnaire([{ id: 's1', questions }]);

describe('shape', () => {
  it('rejects an id that is not kebab-case', () => {
    const issue = onlyIssue(
      parseRaw(rawQuestionnaire([{ id: 'Basics', questions: [choice('q1')] }])),
    );
    expect(issue).toMatchObject({ code: 'shape', file: FILE, path: '$.sections[0].id' });
    expect(issue.message).toMatch(/kebab-case/);
  });

  it('rejects an unknown question type and lists the known ones', () => {
    const issue = onlyIssue(
      parseRaw(oneSection({ id: 'q1', type: 'dropdown', options: ['a', 'b'] })),
    );
    expect(issue).toMatchObject({ code: 'shape', path: '$.sections[0].questions[0].type' });
    expect(issue.message).toMatch(/singleChoice/);
  });

  it('rejects a malformed article reference', () => {
    const issue = onlyIssue(
      parseRaw(oneSection(choice('q1', { articles: ['Art. 3', 'Article 5'] }))),
    );
    expect(issue).toMatchObject({ code: 'shape', path: '$.sections[0].questions[0].articles[1]' });
    expect(issue.message).toContain('Art. 3(2)(a)');
  });

  it('explains a condition object that matches no operator', () => {
    const q = oneSection(choice('q1'), choice('q2', { showIf: { question: 'q1', is: 'yes' } }));
    const issue = onlyIssue(parseRaw(q));
    expect(issue).toMatchObject({ code: 'shape', path: '$.sections[0].questions[1].showIf' });
    expect(issue.message).toMatch(/^not a valid condition: use one of all, any, not, flag/);
  });

  it('reports every shape problem and skips the later checks', () => {
    const q = rawQuestionnaire([
      { id: 'Bad-Id', questions: [choice('q1', { showIf: { question: 'nope', equals: 'yes' } })] },
      { id: 's2', questions: [{ id: 'q_2', type: 'singleChoice', options: ['yes', 'no'] }] },
    ]);
    const issues = issuesOf(parseRaw(q, { en: {} }));
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['shape', '$.sections[0].id'],
      ['shape', '$.sections[1].questions[0].id'],
    ]);
  });
});

describe('duplicate-id', () => {
  it('reports a section id used twice at the second one', () => {
    const q = rawQuestionnaire([
      { id: 's1', questions: [choice('q1')] },
      { id: 's1', questions: [choice('q2')] },
    ]);
    const issue = onlyIssue(parseRaw(q));
    expect(issue).toMatchObject({ code: 'duplicate-id', file: FILE, path: '$.sections[1].id' });
    expect(issue.message).toBe('section id "s1" is used twice');
  });

  it('reports a question id used twice, also across sections', () => {
    const q = rawQuestionnaire([
      { id: 's1', questions: [choice('q1')] },
      { id: 's2', questions: [choice('q1')] },
    ]);
    const issue = onlyIssue(parseRaw(q));
    expect(issue).toMatchObject({ code: 'duplicate-id', path: '$.sections[1].questions[0].id' });
    expect(issue.message).toBe('question id "q1" is used twice');
  });

  it('reports an option listed twice', () => {
    const issue = onlyIssue(parseRaw(oneSection(choice('q1', { options: ['yes', 'no', 'yes'] }))));
    expect(issue).toMatchObject({
      code: 'duplicate-id',
      path: '$.sections[0].questions[0].options',
    });
    expect(issue.message).toBe('option "yes" is listed twice');
  });

  it('reports an exit id used twice', () => {
    const exit = {
      id: 'out',
      when: { question: 'q1', equals: 'no' },
      reasons: [{ id: 'r', when: { question: 'q1', equals: 'no' } }],
    };
    const issue = onlyIssue(parseRaw({ ...oneSection(choice('q1')), exits: [exit, exit] }));
    expect(issue).toMatchObject({ code: 'duplicate-id', path: '$.exits[1].id' });
    expect(issue.message).toBe('exit id "out" is used twice');
  });

  it('reports a reason id used twice within one exit', () => {
    const reason = { id: 'r', when: { question: 'q1', equals: 'no' } };
    const q = {
      ...oneSection(choice('q1')),
      exits: [{ id: 'out', when: reason.when, reasons: [reason, reason] }],
    };
    expect(onlyIssue(parseRaw(q))).toMatchObject({
      code: 'duplicate-id',
      path: '$.exits[0].reasons[1].id',
    });
  });
});
describe('bad-range', () => {
  it('reports a number question whose min is larger than its max', () => {
    const issue = onlyIssue(parseRaw(oneSection({ id: 'n', type: 'number', min: 10, max: 5 })));
    expect(issue).toMatchObject({ code: 'bad-range', path: '$.sections[0].questions[0].min' });
    expect(issue.message).toBe('min (10) is larger than max (5)');
  });

  it('accepts min equal to max', () => {
    expect(parseRaw(oneSection({ id: 'n', type: 'number', min: 5, max: 5 })).ok).toBe(true);
  });
});

describe('unreachable-question', () => {
  it('reports a question whose condition contradicts itself', () => {
    const q = oneSection(
      choice('q1'),
      choice('q2', {
        showIf: {
          all: [
            { question: 'q1', equals: 'yes' },
            { question: 'q1', equals: 'no' },
          ],
        },
      }),
    );
    const issue = onlyIssue(parseRaw(q));
    expect(issue).toMatchObject({
      code: 'unreachable-question',
      file: FILE,
      path: '$.sections[0].questions[1].showIf',
    });
    expect(issue.message).toMatch(/question "q2" can never be shown/);
  });

  it('sees contradictions through flags and through integer ranges', () => {
    const q = rawQuestionnaire(
      [
        {
          id: 's1',
          questions: [
            choice('q1'),
            { id: 'n', type: 'number' },
            choice('q2', {
              showIf: { all: [{ flag: 'firstYes' }, { question: 'q1', equals: 'no' }] },
            }),
            choice('q3', {
              showIf: {
                all: [
                  { question: 'n', gt: 5 },
                  { question: 'n', lt: 6 },
                ],
              },
            }),
          ],
        },
      ],
      { flags: { firstYes: { question: 'q1', equals: 'yes' } } },
    );
    expect(issuesOf(parseRaw(q)).map((i) => [i.code, i.path])).toEqual([
      ['unreachable-question', '$.sections[0].questions[2].showIf'],
      ['unreachable-question', '$.sections[0].questions[3].showIf'],
    ]);
  });

  it('accepts conditions that some answers satisfy, including number thresholds', () => {
    const q = oneSection(
      choice('q1'),
      { id: 'n', type: 'number' },
      choice('q2', {
        showIf: {
          all: [
            { question: 'n', gt: 5 },
            { question: 'n', lt: 7 },
            { not: { question: 'q1', answered: true } },
          ],
        },
      }),
    );
    expect(parseRaw(q).ok).toBe(true);
  });

  it('is not checked while there are structure problems', () => {
    const q = oneSection(
      choice('q1'),
      choice('q2', {
        showIf: {
          all: [
            { question: 'q1', equals: 'yes' },
            { question: 'q1', equals: 'no' },
          ],
        },
      }),
      choice('q3', { showIf: { question: 'nope', answered: true } }),
    );
    expect(issuesOf(parseRaw(q)).map((i) => i.code)).toEqual(['unknown-question']);
  });

  it('accepts a condition that needs a combination of some multiple-choice options', () => {
    const q = oneSection(
      { id: 'm', type: 'multiChoice', options: ['a', 'b', 'c'] },
      choice('q2', {
        showIf: {
          all: [
            { question: 'm', equals: 'a' },
            { question: 'm', equals: 'b' },
            { not: { question: 'm', equals: 'c' } },
          ],
        },
      }),
    );
    expect(parseRaw(q).ok).toBe(true);
  });

  it('accepts a fractional range on a number question that allows fractions', () => {
    const q = oneSection(
      { id: 'n', type: 'number', integer: false },
      choice('q2', {
        showIf: {
          all: [
            { question: 'n', gt: 5 },
            { question: 'n', lt: 6 },
          ],
        },
      }),
    );
    expect(parseRaw(q).ok).toBe(true);
  });

  it('points at the section showIf when the section can never be shown', () => {
    const q = rawQuestionnaire([
      { id: 's1', questions: [choice('q1')] },
      {
        id: 's2',
        showIf: {
          all: [
            { question: 'q1', equals: 'yes' },
            { question: 'q1', equals: 'no' },
          ],
        },
        questions: [choice('q2')],
      },
    ]);
    const issue = onlyIssue(parseRaw(q));
    expect(issue).toMatchObject({ code: 'unreachable-question', path: '$.sections[1].showIf' });
  });
});
