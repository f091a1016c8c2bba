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
import { structureIssues } from './check-structure';

const check = (q: RawQuestionnaire) => structureIssues(FILE, shaped(q));
const scoring = { priority: 'high', fineTier: 'art83-4', effort: 'days' };
const yes = { question: 'q1', equals: 'yes' };

describe('duplicate-id', () => {
  it('reports a section id used twice at the second one', () => {
    const issue = onlyIssue(
      check(
        rawQuestionnaire([
          { id: 's1', questions: [choice('q1')] },
          { id: 's1', questions: [choice('q2')] },
        ]),
      ),
    );
    expect(issue).toMatchObject({ code: 'duplicate-id', file: FILE, path: '$.sections[1].id' });
    expect(issue.message).toBe('section id "s1" is used twice');
  });

  it('reports a question id used twice, also across sections', () => {
    const issue = onlyIssue(
      check(
        rawQuestionnaire([
          { id: 's1', questions: [choice('q1')] },
          { id: 's2', questions: [choice('q1')] },
        ]),
      ),
    );
    expect(issue).toMatchObject({ code: 'duplicate-id', path: '$.sections[1].questions[0].id' });
    expect(issue.message).toBe('question id "q1" is used twice');
  });

  it('reports an option listed twice', () => {
    const issue = onlyIssue(check(oneSection(choice('q1', { options: ['yes', 'no', 'yes'] }))));
    expect(issue).toMatchObject({
      code: 'duplicate-id',
      path: '$.sections[0].questions[0].options',
    });
    expect(issue.message).toBe('option "yes" is listed twice');
  });

  it('reports an exit id used twice, and a reason id used twice within one exit', () => {
    const reason = { id: 'r', when: yes };
    const q = {
      ...oneSection(choice('q1')),
      exits: [
        { id: 'out', when: yes, reasons: [reason] },
        { id: 'out', when: yes, reasons: [reason, reason] },
      ],
    };
    expect(check(q).map((i) => [i.code, i.path])).toEqual([
      ['duplicate-id', '$.exits[1].id'],
      ['duplicate-id', '$.exits[1].reasons[1].id'],
    ]);
  });

  it('reports determination, outcome, outcome reason and critical gap ids used twice', () => {
    const reason = { id: 'r', when: yes };
    const gap = { id: 'g', section: 's1', when: yes, articles: ['Art. 30'] };
    const q = {
      ...oneSection(choice('q1')),
      determinations: [
        {
          id: 'd',
          outcomes: [
            { id: 'o', when: yes, reasons: [reason, reason] },
            { id: 'o', when: yes },
          ],
        },
        { id: 'd', outcomes: [{ id: 'o' }] },
      ],
      criticalGaps: [gap, gap],
    };
    expect(check(q).map((i) => [i.code, i.path])).toEqual([
      ['duplicate-id', '$.determinations[0].outcomes[0].reasons[1].id'],
      ['duplicate-id', '$.determinations[0].outcomes[1].id'],
      ['duplicate-id', '$.determinations[1].id'],
      ['duplicate-id', '$.criticalGaps[1].id'],
    ]);
  });

  it('lets the same reason id appear in different exits and outcomes', () => {
    const reason = { id: 'r', when: yes };
    const q = {
      ...oneSection(choice('q1')),
      exits: [
        { id: 'a', when: yes, reasons: [reason] },
        { id: 'b', when: yes, reasons: [reason] },
      ],
    };
    expect(check(q)).toEqual([]);
  });
});

describe('fallback-not-last', () => {
  it('reports an outcome without "when" before the last one', () => {
    const q = {
      ...oneSection(choice('q1')),
      determinations: [{ id: 'd', outcomes: [{ id: 'other' }, { id: 'yes', when: yes }] }],
    };
    const issue = onlyIssue(check(q));
    expect(issue).toMatchObject({
      code: 'fallback-not-last',
      path: '$.determinations[0].outcomes[0].when',
    });
    expect(issue.message).toMatch(/only the last outcome may leave out "when"/);
  });

  it('accepts the fallback as the last outcome', () => {
    const q = {
      ...oneSection(choice('q1')),
      determinations: [{ id: 'd', outcomes: [{ id: 'yes', when: yes }, { id: 'other' }] }],
    };
    expect(check(q)).toEqual([]);
  });
});

describe('unknown-option', () => {
  it('reports an exclusive option that is not one of the options', () => {
    const issue = onlyIssue(
      check(oneSection({ id: 'm', type: 'multiChoice', options: ['a', 'b'], exclusive: ['none'] })),
    );
    expect(issue).toMatchObject({
      code: 'unknown-option',
      path: '$.sections[0].questions[0].exclusive[0]',
    });
    expect(issue.message).toBe('"none" is not one of this question\'s options');
  });

  it('reports a scoring gap that is not one of the options', () => {
    expect(
      onlyIssue(
        check(oneSection(choice('q1', { scoring: { ...scoring, gaps: ['no', 'partly'] } }))),
      ),
    ).toMatchObject({ code: 'unknown-option', path: '$.sections[0].questions[0].scoring.gaps[1]' });
  });
});

describe('bad-range', () => {
  it('reports a number question whose min is larger than its max', () => {
    const issue = onlyIssue(check(oneSection({ id: 'n', type: 'number', min: 10, max: 5 })));
    expect(issue).toMatchObject({ code: 'bad-range', path: '$.sections[0].questions[0].min' });
    expect(issue.message).toBe('min (10) is larger than max (5)');
  });

  it('reports a whole-number question with no whole number between min and max', () => {
    const issue = onlyIssue(check(oneSection({ id: 'n', type: 'number', min: 1.2, max: 1.8 })));
    expect(issue).toMatchObject({ code: 'bad-range', path: '$.sections[0].questions[0].min' });
    expect(issue.message).toBe('no whole number lies between min (1.2) and max (1.8)');
  });

  it('accepts min equal to max, and a fractional range when fractions are allowed', () => {
    expect(check(oneSection({ id: 'n', type: 'number', min: 5, max: 5 }))).toEqual([]);
    expect(
      check(oneSection({ id: 'n', type: 'number', integer: false, min: 1.2, max: 1.8 })),
    ).toEqual([]);
  });
});

describe('unscorable-question', () => {
  it('reports scoring on a question that is not single-choice', () => {
    const issue = onlyIssue(check(oneSection({ id: 'n', type: 'number', scoring })));
    expect(issue).toMatchObject({
      code: 'unscorable-question',
      path: '$.sections[0].questions[0].scoring',
    });
    expect(issue.message).toBe('only single-choice questions and lists of measures can be scored');
  });
});

describe('critical gaps: unknown-section and unscored-action', () => {
  const gap = { id: 'g', section: 's1', when: yes, articles: ['Art. 30'] };
  const q = (extra: Record<string, unknown>) => ({
    ...oneSection(choice('q1'), choice('q2', { scoring })),
    criticalGaps: [{ ...gap, ...extra }],
  });

  it('reports a section that does not exist', () => {
    const issue = onlyIssue(check(q({ section: 'nope' })));
    expect(issue).toMatchObject({ code: 'unknown-section', path: '$.criticalGaps[0].section' });
    expect(issue.message).toBe('section "nope" does not exist');
  });

  it('reports an action that is not a scored question, whether it exists or not', () => {
    for (const action of ['q1', 'nope']) {
      const issue = onlyIssue(check(q({ action })));
      expect(issue).toMatchObject({ code: 'unscored-action', path: '$.criticalGaps[0].action' });
      expect(issue.message).toBe(
        `"${action}" is not a scored question, so it raises no action to close the gap`,
      );
    }
  });

  it('accepts a real section and a scored action', () => {
    expect(check(q({ action: 'q2' }))).toEqual([]);
  });
});

describe('per-item gaps: unknown-critical-gap', () => {
  const withOutcomeGap = (critical: string) => ({
    ...oneSection(choice('q1'), choice('q2', { scoring })),
    criticalGaps: [{ id: 'g', section: 's1', when: yes, articles: ['Art. 6(1)'] }],
    determinations: [{ id: 'd', outcomes: [{ id: 'missing', gap: { ...scoring, critical } }] }],
  });

  it('reports a gap that names a critical gap that does not exist', () => {
    const issue = onlyIssue(check(withOutcomeGap('nope')));
    expect(issue).toMatchObject({
      code: 'unknown-critical-gap',
      path: '$.determinations[0].outcomes[0].gap.critical',
    });
    expect(issue.message).toBe('critical gap "nope" does not exist');
  });

  it('accepts a gap that names a critical gap of the questionnaire', () => {
    expect(check(withOutcomeGap('g'))).toEqual([]);
  });
});
