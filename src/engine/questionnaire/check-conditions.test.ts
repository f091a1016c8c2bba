import { describe, expect, it } from 'vitest';
import {
  choice,
  FILE,
  oneSection,
  onlyIssue,
  rawQuestionnaire,
  shaped,
  type RawQuestionnaire,
} from '../../../tests/helpers/raw-questionnaire';
import { conditionIssues } from './check-conditions';

const check = (q: RawQuestionnaire) => conditionIssues(FILE, shaped(q));

describe('unknown-question', () => {
  it('reports a show-condition on a question that does not exist', () => {
    const q = oneSection(
      choice('q1'),
      choice('q2', { showIf: { question: 'nope', equals: 'yes' } }),
    );
    const issue = onlyIssue(check(q));
    expect(issue).toMatchObject({
      code: 'unknown-question',
      file: FILE,
      path: '$.sections[0].questions[1].showIf.question',
    });
    expect(issue.message).toBe('question "nope" does not exist');
  });

  it('finds it nested in an exit and in a flag', () => {
    const q = rawQuestionnaire([{ id: 's1', questions: [choice('q1')] }], {
      flags: { gone: { not: { question: 'old-question', answered: true } } },
      exits: [
        {
          id: 'out',
          when: {
            all: [
              { question: 'q1', equals: 'no' },
              { question: 'removed', answered: true },
            ],
          },
          reasons: [{ id: 'r', when: { question: 'q1', equals: 'no' } }],
        },
      ],
    });
    expect(check(q).map((i) => [i.code, i.path])).toEqual([
      ['unknown-question', '$.flags.gone.not.question'],
      ['unknown-question', '$.exits[0].when.all[1].question'],
    ]);
  });
});

describe('forward-reference', () => {
  it('reports a question that tests a later question', () => {
    const q = oneSection(choice('q1', { showIf: { question: 'q2', equals: 'yes' } }), choice('q2'));
    const issue = onlyIssue(check(q));
    expect(issue).toMatchObject({
      code: 'forward-reference',
      path: '$.sections[0].questions[0].showIf.question',
    });
    expect(issue.message).toMatch(/question "q2" must come before/);
  });

  it('reports a question that tests itself', () => {
    const issue = onlyIssue(
      check(oneSection(choice('q1', { showIf: { question: 'q1', answered: true } }))),
    );
    expect(issue).toMatchObject({
      code: 'forward-reference',
      path: '$.sections[0].questions[0].showIf.question',
    });
  });

  it('reports a section that tests one of its own questions', () => {
    const q = rawQuestionnaire([
      { id: 's1', questions: [choice('q1')] },
      { id: 's2', showIf: { question: 'q2', equals: 'yes' }, questions: [choice('q2')] },
    ]);
    expect(onlyIssue(check(q))).toMatchObject({
      code: 'forward-reference',
      path: '$.sections[1].showIf.question',
    });
  });

  it('reports a flag that depends on a later question, directly or through another flag', () => {
    const q = rawQuestionnaire(
      [
        {
          id: 's1',
          questions: [
            choice('q1', { showIf: { flag: 'wrapped' } }),
            choice('q2', { showIf: { flag: 'laterYes' } }),
            choice('q3'),
          ],
        },
      ],
      {
        flags: {
          laterYes: { question: 'q3', equals: 'yes' },
          wrapped: { not: { flag: 'laterYes' } },
        },
      },
    );
    const issues = check(q);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['forward-reference', '$.sections[0].questions[0].showIf.flag'],
      ['forward-reference', '$.sections[0].questions[1].showIf.flag'],
    ]);
    expect(issues[0]!.message).toBe(
      'flag "wrapped" depends on question "q3", which does not come earlier',
    );
  });

  it('lets flags and exits test any question, since they are not shown in order', () => {
    const q = rawQuestionnaire(
      [{ id: 's1', questions: [choice('q1'), choice('q2', { showIf: { flag: 'firstYes' } })] }],
      {
        flags: {
          firstYes: { question: 'q1', equals: 'yes' },
          lastYes: { question: 'q2', equals: 'yes' },
        },
        exits: [
          {
            id: 'out',
            when: { question: 'q2', equals: 'no' },
            reasons: [{ id: 'r', when: { flag: 'lastYes' } }],
          },
        ],
      },
    );
    expect(check(q)).toEqual([]);
  });
});

describe('unknown-option', () => {
  it('reports equals with an option the question does not have', () => {
    const q = oneSection(
      choice('q1'),
      choice('q2', { showIf: { question: 'q1', equals: 'maybe' } }),
    );
    const issue = onlyIssue(check(q));
    expect(issue).toMatchObject({
      code: 'unknown-option',
      path: '$.sections[0].questions[1].showIf.equals',
    });
    expect(issue.message).toBe('"maybe" is not an option of question "q1"');
  });

  it('reports each unknown option of in by index', () => {
    const q = oneSection(
      choice('q1'),
      choice('q2', { showIf: { question: 'q1', in: ['yes', 'maybe'] } }),
    );
    expect(onlyIssue(check(q))).toMatchObject({
      code: 'unknown-option',
      path: '$.sections[0].questions[1].showIf.in[1]',
    });
  });
});

describe('operator-mismatch', () => {
  const number = { id: 'n', type: 'number' };
  const text = { id: 't', type: 'shortText' };

  it('reports gt on a choice question', () => {
    const issue = onlyIssue(
      check(oneSection(choice('q1'), choice('q2', { showIf: { question: 'q1', gt: 1 } }))),
    );
    expect(issue).toMatchObject({
      code: 'operator-mismatch',
      path: '$.sections[0].questions[1].showIf.gt',
    });
    expect(issue.message).toMatch(/"q1" is not a number question/);
  });

  it('reports in on a number question', () => {
    const issue = onlyIssue(
      check(oneSection(number, choice('q2', { showIf: { question: 'n', in: ['yes'] } }))),
    );
    expect(issue).toMatchObject({
      code: 'operator-mismatch',
      path: '$.sections[0].questions[1].showIf.in',
    });
    expect(issue.message).toMatch(/"n" has no options/);
  });

  it('reports equals with a number on a choice question and with an option on a number question', () => {
    const q = oneSection(
      choice('q1'),
      number,
      choice('q2', {
        showIf: {
          any: [
            { question: 'q1', equals: 1 },
            { question: 'n', equals: 'yes' },
          ],
        },
      }),
    );
    const issues = check(q);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['operator-mismatch', '$.sections[0].questions[2].showIf.any[0].equals'],
      ['operator-mismatch', '$.sections[0].questions[2].showIf.any[1].equals'],
    ]);
    expect(issues[0]!.message).toMatch(/needs an option id/);
    expect(issues[1]!.message).toMatch(/needs a number/);
  });

  it('allows only answered on a text question', () => {
    const bad = onlyIssue(
      check(oneSection(text, choice('q2', { showIf: { question: 't', equals: 'acme' } }))),
    );
    expect(bad).toMatchObject({
      code: 'operator-mismatch',
      path: '$.sections[0].questions[1].showIf.equals',
    });
    expect(bad.message).toMatch(/can only be tested with answered/);
    expect(
      check(oneSection(text, choice('q2', { showIf: { question: 't', answered: true } }))),
    ).toEqual([]);
  });
});

describe('flags: unknown-flag and flag-order', () => {
  it('reports a flag that is not defined', () => {
    const issue = onlyIssue(check(oneSection(choice('q1', { showIf: { flag: 'nope' } }))));
    expect(issue).toMatchObject({
      code: 'unknown-flag',
      path: '$.sections[0].questions[0].showIf.flag',
    });
    expect(issue.message).toBe('flag "nope" is not defined in $.flags');
  });

  it('reports a flag that uses a flag declared after it', () => {
    const q = {
      ...oneSection(choice('q1')),
      flags: { first: { flag: 'second' }, second: { question: 'q1', equals: 'yes' } },
    };
    const issue = onlyIssue(check(q));
    expect(issue).toMatchObject({ code: 'flag-order', path: '$.flags.first.flag' });
    expect(issue.message).toBe('flag "second" must be declared before the flag that uses it');
  });

  it('reports a flag that uses itself', () => {
    const q = { ...oneSection(choice('q1')), flags: { loop: { not: { flag: 'loop' } } } };
    expect(onlyIssue(check(q))).toMatchObject({
      code: 'flag-order',
      path: '$.flags.loop.not.flag',
    });
  });
});

describe('minSelected: operator-mismatch and min-selected-too-high', () => {
  const many = { id: 'm', type: 'multiChoice', options: ['a', 'b'] };

  it('reports minSelected on a question that is not multiple-choice', () => {
    const issue = onlyIssue(
      check(oneSection(choice('q1'), choice('q2', { showIf: { question: 'q1', minSelected: 1 } }))),
    );
    expect(issue).toMatchObject({
      code: 'operator-mismatch',
      path: '$.sections[0].questions[1].showIf.minSelected',
    });
  });

  it('reports minSelected above the number of options', () => {
    const issue = onlyIssue(
      check(oneSection(many, choice('q2', { showIf: { question: 'm', minSelected: 3 } }))),
    );
    expect(issue).toMatchObject({
      code: 'min-selected-too-high',
      path: '$.sections[0].questions[1].showIf.minSelected',
    });
    expect(issue.message).toBe('question "m" has only 2 options, fewer than 3');
  });

  it('accepts minSelected up to the number of options', () => {
    expect(
      check(oneSection(many, choice('q2', { showIf: { question: 'm', minSelected: 2 } }))),
    ).toEqual([]);
  });
});

describe('misplaced-gap', () => {
  const gap = { gap: 'art83-4' };

  it('reports a gap condition in a show-condition, a flag or an exit', () => {
    const q = rawQuestionnaire([{ id: 's1', questions: [choice('q1', { showIf: gap })] }], {
      flags: { anyGap: gap },
      exits: [{ id: 'out', when: gap, reasons: [{ id: 'r', when: gap }] }],
    });
    const issues = check(q);
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['misplaced-gap', '$.flags.anyGap.gap'],
      ['misplaced-gap', '$.sections[0].questions[0].showIf.gap'],
      ['misplaced-gap', '$.exits[0].when.gap'],
      ['misplaced-gap', '$.exits[0].reasons[0].when.gap'],
    ]);
    expect(issues[0]!.message).toMatch(/only determinations and critical gaps may use it/);
  });

  it('accepts a gap condition in determinations and critical gaps', () => {
    const q = {
      ...oneSection(choice('q1')),
      determinations: [
        { id: 'd', outcomes: [{ id: 'o', when: gap, reasons: [{ id: 'r', when: gap }] }] },
      ],
      criticalGaps: [{ id: 'g', section: 's1', when: gap, articles: ['Art. 30'] }],
    };
    expect(check(q)).toEqual([]);
  });
});
