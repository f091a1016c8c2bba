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
import { reachabilityIssues } from './check-reachability';

const check = (q: RawQuestionnaire) => reachabilityIssues(FILE, shaped(q));

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
    const issue = onlyIssue(check(q));
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
    expect(check(q).map((i) => [i.code, i.path])).toEqual([
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
    expect(check(q)).toEqual([]);
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
    expect(check(q)).toEqual([]);
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
    expect(check(q)).toEqual([]);
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
    const issue = onlyIssue(check(q));
    expect(issue).toMatchObject({ code: 'unreachable-section', path: '$.sections[1].showIf' });
  });
});

// The search walks only the questions a condition depends on, with their sections and flags;
// these cases fail if that part leaves out a condition that hides one of them.
describe('the part of the questionnaire a condition depends on', () => {
  it('keeps the condition of the section that holds a dependency, among unrelated questions', () => {
    const q = rawQuestionnaire([
      {
        id: 's1',
        questions: [choice('q1'), choice('other', { showIf: { question: 'q1', equals: 'no' } })],
      },
      { id: 's2', showIf: { question: 'q1', equals: 'yes' }, questions: [choice('a')] },
      {
        id: 's3',
        questions: [
          choice('filler'),
          choice('b', {
            showIf: {
              all: [
                { question: 'a', answered: true },
                { question: 'q1', equals: 'no' },
              ],
            },
          }),
          choice('c', {
            showIf: {
              all: [
                { question: 'a', answered: true },
                { question: 'q1', equals: 'yes' },
              ],
            },
          }),
        ],
      },
    ]);
    expect(check(q).map((i) => [i.code, i.path])).toEqual([
      ['unreachable-question', '$.sections[2].questions[1].showIf'],
    ]);
  });

  it('keeps the flags that hide a dependency, for a section as for a question', () => {
    const q = rawQuestionnaire(
      [
        {
          id: 's1',
          questions: [choice('q1'), choice('a', { showIf: { flag: 'early' } }), choice('filler')],
        },
        {
          id: 's2',
          showIf: { all: [{ question: 'a', answered: true }, { not: { flag: 'early' } }] },
          questions: [choice('q2')],
        },
        { id: 's3', questions: [choice('b', { showIf: { flag: 'late' } })] },
      ],
      {
        flags: {
          early: { question: 'q1', equals: 'yes' },
          late: {
            all: [
              { question: 'a', equals: 'yes' },
              { question: 'q1', equals: 'no' },
            ],
          },
        },
      },
    );
    expect(check(q).map((i) => [i.code, i.path])).toEqual([
      ['unreachable-section', '$.sections[1].showIf'],
      ['unreachable-question', '$.sections[2].questions[0].showIf'],
    ]);
  });
});
