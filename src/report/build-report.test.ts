import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { evaluateDeterminations } from '../engine/questionnaire/determinations';
import type {
  AnswerValue,
  Answers,
  FineTier,
  Priority,
  Questionnaire,
} from '../engine/questionnaire/questionnaire.schema';
import { computeVisibility } from '../engine/questionnaire/visibility';
import { answerTable, completedAnswers, validAnswer } from '../../tests/helpers/answer-arbitraries';
import { exampleFiles, readExample } from '../../tests/helpers/examples';
import {
  buildQuestionnaire,
  loadFixtureQuestionnaire,
  loadShippedQuestionnaire,
  SHIPPED,
  SHIPPED_COMPLETE,
} from '../../tests/helpers/questionnaires';
import { orders, payroll } from '../../tests/helpers/activities';
import { buildReport } from './build-report';
import type { ReportModel } from './report.types';
import { DEFAULT_SCORING_RULES } from './scoring-rules';

const FULL_OPTIONS = ['yes', 'partly', 'no', 'dont-know', 'not-applicable'];

/** A scored single-choice question with every standard answer option. */
function scored(
  id: string,
  priority: Priority,
  fineTier: FineTier = 'art83-5',
  extra: Record<string, unknown> = {},
) {
  return {
    id,
    type: 'singleChoice' as const,
    options: FULL_OPTIONS,
    articles: ['Art. 5(1)'],
    scoring: { priority, fineTier, effort: 'days' as const },
    ...extra,
  };
}

const section = (report: ReportModel, id: string) =>
  report.sections.find((s) => s.sectionId === id)!;

describe('section scores', () => {
  const q = buildQuestionnaire({
    sections: [
      {
        id: 'security',
        questions: [scored('high', 'high'), scored('medium', 'medium'), scored('low', 'low')],
      },
    ],
  });
  const score = (answers: Answers) => section(buildReport(q, answers), 'security');

  it('weighs yes 1, partly 0.5 and no 0 by priority 3/2/1', () => {
    // (3 * 1 + 2 * 0.5 + 1 * 0) / 6 = 66.7
    expect(score({ high: 'yes', medium: 'partly', low: 'no' })).toMatchObject({
      score: 67,
      rag: 'amber',
      scoredQuestions: 3,
      gaps: 2,
    });
    // (3 * 0 + 2 * 1 + 1 * 1) / 6 = 50: a "no" on a high question weighs three lows.
    expect(score({ high: 'no', medium: 'yes', low: 'yes' }).score).toBe(50);
    expect(score({ high: 'yes', medium: 'yes', low: 'yes' })).toMatchObject({
      score: 100,
      rag: 'green',
      gaps: 0,
    });
  });

  it('scores dont-know like no', () => {
    expect(score({ high: 'dont-know', medium: 'yes', low: 'yes' }).score).toBe(
      score({ high: 'no', medium: 'yes', low: 'yes' }).score,
    );
  });

  it('drops not-applicable out of both the sum and the maximum', () => {
    // (2 * 0.5 + 1 * 0) / 3 = 33.3
    expect(score({ high: 'not-applicable', medium: 'partly', low: 'no' })).toMatchObject({
      score: 33,
      rag: 'red',
      scoredQuestions: 2,
    });
  });

  it('has no score when every answer is not-applicable', () => {
    expect(
      score({ high: 'not-applicable', medium: 'not-applicable', low: 'not-applicable' }),
    ).toMatchObject({ shown: true, score: null, rag: null, scoredQuestions: 0, gaps: 0 });
  });

  it('leaves unanswered questions and invalid answers out', () => {
    expect(score({ high: 'yes', low: 'maybe' })).toMatchObject({ score: 100, scoredQuestions: 1 });
    expect(score({}).score).toBeNull();
  });
});

describe('only shown questions count', () => {
  const q = buildQuestionnaire({
    sections: [
      {
        id: 'basics',
        questions: [
          { id: 'gate', type: 'singleChoice', options: ['yes', 'no'] },
          scored('always', 'high'),
          scored('sometimes', 'high', 'art83-5', { showIf: { question: 'gate', equals: 'yes' } }),
        ],
      },
      {
        id: 'extra',
        showIf: { question: 'gate', equals: 'yes' },
        questions: [scored('extra-question', 'medium')],
      },
    ],
  });
  const answers = { gate: 'no', always: 'yes', sometimes: 'no', 'extra-question': 'no' };
  const report = buildReport(q, answers);

  it('ignores the answers of hidden questions and hidden sections', () => {
    expect(section(report, 'basics')).toMatchObject({ score: 100, scoredQuestions: 1, gaps: 0 });
    expect(section(report, 'extra')).toMatchObject({
      shown: false,
      score: null,
      rag: null,
      scoredQuestions: 0,
      gaps: 0,
    });
    expect(report.actions).toEqual([]);
    expect(report.fines.highestTier).toBe('none');
  });

  it('counts them once they are shown', () => {
    const shown = buildReport(q, { ...answers, gate: 'yes' });
    expect(section(shown, 'basics').score).toBe(50);
    expect(section(shown, 'extra').score).toBe(0);
    expect(shown.actions.map((a) => a.questionId)).toEqual(['sometimes', 'extra-question']);
  });

  it('lists every section and question in the appendix with its shown flag and effective value', () => {
    expect(report.answers).toEqual([
      {
        sectionId: 'basics',
        shown: true,
        questions: [
          { questionId: 'gate', shown: true, value: 'no' },
          { questionId: 'always', shown: true, value: 'yes' },
          { questionId: 'sometimes', shown: false, value: undefined },
        ],
      },
      {
        sectionId: 'extra',
        shown: false,
        questions: [{ questionId: 'extra-question', shown: false, value: undefined }],
      },
    ]);
  });
});

describe('overall score', () => {
  const q = buildQuestionnaire({
    sections: [
      { id: 'lawful-basis', questions: [scored('a', 'high')] },
      { id: 'security', questions: [scored('b', 'high'), scored('c', 'high')] },
      { id: 'scope', questions: [{ id: 'unscored', type: 'singleChoice', options: ['x', 'y'] }] },
    ],
  });

  it('averages section scores by section weight, lawful basis counting double', () => {
    // lawful-basis 100 (weight 2), security 25 (weight 1): (200 + 25) / 3 = 75
    const report = buildReport(q, { a: 'yes', b: 'partly', c: 'no', unscored: 'x' });
    expect(section(report, 'security').score).toBe(25);
    expect(section(report, 'scope')).toMatchObject({ shown: true, score: null });
    expect(report.overall).toEqual({
      score: 75,
      rag: 'amber',
      readiness: 'partly-ready',
      criticalGaps: 0,
    });
  });

  it('takes other section weights from the rules it is given', () => {
    const rules = { ...DEFAULT_SCORING_RULES, sectionWeights: {} };
    const report = buildReport(q, { a: 'yes', b: 'partly', c: 'no' }, {}, { rules });
    // (100 + 25) / 2 = 62.5
    expect(report.overall.score).toBe(63);
  });

  it('leaves out sections without a score, and is null when none has one', () => {
    expect(buildReport(q, { a: 'not-applicable', b: 'yes', c: 'partly' }).overall).toEqual({
      score: 75,
      rag: 'amber',
      readiness: 'partly-ready',
      criticalGaps: 0,
    });
    expect(buildReport(q, { a: 'not-applicable', unscored: 'x' }).overall).toEqual({
      score: null,
      rag: null,
      readiness: 'not-scored',
      criticalGaps: 0,
    });
  });
});

describe('actions', () => {
  const q = buildQuestionnaire({
    sections: [
      {
        id: 'first',
        questions: [
          scored('low-upper', 'low', 'art83-5', { articles: ['Art. 5(1)(a)'] }),
          scored('high-lower-32-1', 'high', 'art83-4', { articles: ['Art. 32(1)'] }),
          scored('high-lower-30', 'high', 'art83-4', { articles: ['Art. 30(1)', 'Art. 5(2)'] }),
          scored('high-upper-13', 'high', 'art83-5', { articles: ['Art. 13(1)'] }),
          scored('high-upper-5', 'high', 'art83-5', { articles: ['Art. 5(1)(a)'] }),
          scored('medium-none', 'medium', 'none', { articles: ['Art. 24(1)'] }),
        ],
      },
      {
        id: 'second',
        questions: [
          scored('high-lower-32', 'high', 'art83-4', { articles: ['Art. 32'] }),
          scored('high-none-recital', 'high', 'none', { articles: ['Rec. 18'] }),
          scored('high-upper-5-again', 'high', 'art83-5', { articles: ['Art. 5(1)(a)'] }),
          scored('high-lower-uavg', 'high', 'art83-4', { articles: ['UAVG 46', 'Art. 31'] }),
          scored('high-lower-32-1-a', 'high', 'art83-4', { articles: ['Art. 32(1)(a)'] }),
          scored('high-lower-32-2', 'high', 'art83-4', { articles: ['Art. 32(2)'] }),
          scored('high-none-27', 'high', 'none', { articles: ['Art. 27(1)'] }),
        ],
      },
    ],
  });
  const allIds = q.sections.flatMap((s) => s.questions.map((x) => x.id));
  const allNo = Object.fromEntries(allIds.map((id) => [id, 'no']));

  it('orders by priority, fine tier (upper first), article number, then questionnaire order', () => {
    expect(buildReport(q, allNo).actions.map((a) => a.questionId)).toEqual([
      'high-upper-5',
      'high-upper-5-again',
      'high-upper-13',
      'high-lower-30',
      'high-lower-uavg',
      'high-lower-32',
      'high-lower-32-1',
      'high-lower-32-1-a',
      'high-lower-32-2',
      'high-none-27',
      'high-none-recital',
      'medium-none',
      'low-upper',
    ]);
  });

  it('raises one action per gap answer (no, partly, dont-know) and none for yes or not-applicable', () => {
    const report = buildReport(q, {
      ...allNo,
      'high-upper-5': 'partly',
      'high-upper-13': 'dont-know',
      'high-lower-30': 'yes',
      'high-lower-32': 'not-applicable',
    });
    expect(report.actions).toHaveLength(allIds.length - 2);
    const byId = new Map(report.actions.map((a) => [a.questionId, a]));
    expect(byId.get('high-upper-5')).toMatchObject({ answer: 'partly', investigate: false });
    expect(byId.get('high-upper-13')).toMatchObject({ answer: 'dont-know', investigate: true });
    expect(byId.get('low-upper')).toMatchObject({ answer: 'no', investigate: false });
    expect(byId.has('high-lower-30')).toBe(false);
    expect(byId.has('high-lower-32')).toBe(false);
  });

  it('skips unanswered questions', () => {
    expect(buildReport(q, { 'high-upper-13': 'no' }).actions.map((a) => a.questionId)).toEqual([
      'high-upper-13',
    ]);
  });

  it('carries the question facts, and the owner and due date from the plan', () => {
    const withOwner = buildQuestionnaire({
      sections: [
        {
          id: 'only',
          questions: [
            scored('planned', 'high', 'art83-5', {
              articles: ['Art. 13(1)', 'Art. 12(1)'],
              scoring: {
                priority: 'high',
                fineTier: 'art83-5',
                effort: 'quick-win',
                owner: 'legal',
                guidance: 'https://www.autoriteitpersoonsgegevens.nl/',
              },
            }),
            scored('unplanned', 'low', 'none'),
          ],
        },
      ],
    });
    const report = buildReport(
      withOwner,
      { planned: 'no', unplanned: 'partly' },
      {
        planned: { ownerName: 'Sam de Vries', dueDate: '2026-03-01' },
        'not-a-gap': { ownerName: 'Nobody', dueDate: null },
      },
    );
    expect(report.actions).toEqual([
      {
        questionId: 'planned',
        measure: null,
        sectionId: 'only',
        answer: 'no',
        priority: 'high',
        fineTier: 'art83-5',
        articles: ['Art. 13(1)', 'Art. 12(1)'],
        effort: 'quick-win',
        ownerRole: 'legal',
        suggestedOwner: 'ownerRole.legal',
        investigate: false,
        conflict: null,
        critical: false,
        guidance: 'https://www.autoriteitpersoonsgegevens.nl/',
        ownerName: 'Sam de Vries',
        dueDate: '2026-03-01',
      },
      {
        questionId: 'unplanned',
        measure: null,
        sectionId: 'only',
        answer: 'partly',
        priority: 'low',
        fineTier: 'none',
        articles: ['Art. 5(1)'],
        effort: 'days',
        ownerRole: null,
        suggestedOwner: null,
        investigate: false,
        conflict: null,
        critical: false,
        guidance: null,
        ownerName: null,
        dueDate: null,
      },
    ]);
  });

  it("follows a question's own gap options", () => {
    const own = buildQuestionnaire({
      sections: [
        {
          id: 'dpo',
          questions: [
            {
              id: 'dpo-appointed',
              type: 'singleChoice',
              options: ['no-dpo', 'internal-dpo', 'external-dpo', 'dont-know'],
              scoring: {
                priority: 'high',
                fineTier: 'art83-4',
                effort: 'days',
                gaps: ['no-dpo', 'dont-know'],
              },
            },
            {
              id: 'only-no-is-a-gap',
              type: 'singleChoice',
              options: ['yes', 'partly', 'no'],
              scoring: { priority: 'high', fineTier: 'art83-4', effort: 'days', gaps: ['no'] },
            },
          ],
        },
      ],
    });
    const fine = buildReport(own, {
      'dpo-appointed': 'external-dpo',
      'only-no-is-a-gap': 'partly',
    });
    // A "partly" that is not listed as a gap still scores 0.5 but raises no action.
    expect(section(fine, 'dpo')).toMatchObject({ score: 75, gaps: 0 });
    expect(fine.actions).toEqual([]);
    const gap = buildReport(own, { 'dpo-appointed': 'no-dpo', 'only-no-is-a-gap': 'yes' });
    expect(section(gap, 'dpo')).toMatchObject({ score: 50, gaps: 1 });
    expect(gap.actions.map((a) => [a.questionId, a.answer])).toEqual([['dpo-appointed', 'no-dpo']]);
  });
});

describe('profile, fines and determinations', () => {
  const q = buildQuestionnaire({
    flags: { publicBody: { question: 'public-body', equals: 'yes' } },
    determinations: [
      {
        id: 'kind',
        outcomes: [
          { id: 'public', when: { flag: 'publicBody' }, articles: ['Art. 83(7)'] },
          { id: 'private', articles: ['Art. 83(4)'] },
        ],
      },
    ],
    sections: [
      {
        id: 'organisation',
        questions: [
          { id: 'organisation-name', type: 'shortText' },
          { id: 'public-body', type: 'singleChoice', options: ['yes', 'no', 'dont-know'] },
          {
            id: 'group-turnover',
            type: 'number',
            required: false,
            min: 0,
            showIf: { not: { flag: 'publicBody' } },
          },
        ],
      },
      {
        id: 'controls',
        questions: [scored('upper', 'high', 'art83-5'), scored('lower', 'high', 'art83-4')],
      },
    ],
  });

  it('reads the organisation name, trimmed, or null', () => {
    expect(buildReport(q, { 'organisation-name': '  Acme BV ' }).organisation).toBe('Acme BV');
    expect(buildReport(q, { 'organisation-name': '   ' }).organisation).toBeNull();
    expect(buildReport(q, {}).organisation).toBeNull();
  });

  it('works out the caps from the group turnover', () => {
    const report = buildReport(q, {
      'public-body': 'no',
      'group-turnover': 1_000_000_000,
      upper: 'yes',
      lower: 'no',
    });
    expect(report.fines).toMatchObject({
      basis: 'turnover',
      turnover: 1_000_000_000,
      highestTier: 'art83-4',
      ceiling: 20_000_000,
    });
  });

  it('uses the fixed caps without a turnover, also when the public-body answer is dont-know', () => {
    const report = buildReport(q, { 'public-body': 'dont-know', upper: 'no', lower: 'no' });
    expect(report.fines).toMatchObject({
      basis: 'fixed-caps',
      turnover: null,
      highestTier: 'art83-5',
      ceiling: 20_000_000,
    });
  });

  it('leaves a public body to national law, ignoring a turnover hidden from it', () => {
    const report = buildReport(q, {
      'public-body': 'yes',
      'group-turnover': 1_000_000_000,
      upper: 'no',
    });
    expect(report.fines).toMatchObject({
      basis: 'national-law',
      turnover: null,
      highestTier: 'art83-5',
      ceiling: null,
    });
  });

  it('reads the profile from other question ids when told to', () => {
    const renamed = buildQuestionnaire({
      sections: [
        {
          id: 'about',
          questions: [
            { id: 'name', type: 'shortText' },
            { id: 'authority', type: 'singleChoice', options: ['yes', 'no'] },
            { id: 'turnover', type: 'number', min: 0 },
            scored('upper', 'high', 'art83-5'),
          ],
        },
      ],
    });
    const answers = { name: 'Gemeente X', authority: 'yes', turnover: 5, upper: 'no' };
    const profile = { organisationName: 'name', publicBody: 'authority', turnover: 'turnover' };
    const report = buildReport(renamed, answers, {}, { profile });
    expect(report.organisation).toBe('Gemeente X');
    expect(report.fines.basis).toBe('national-law');
    expect(buildReport(renamed, answers).organisation).toBeNull();
    expect(buildReport(renamed, answers).fines.basis).toBe('fixed-caps');
  });

  it('states the determinations and the questionnaire it was built from', () => {
    const answers = { 'public-body': 'yes' };
    const report = buildReport(q, answers);
    expect(report.determinations).toEqual([
      { id: 'kind', outcomes: [{ id: 'public', articles: ['Art. 83(7)'], reasons: [] }] },
    ]);
    expect(report.determinations).toEqual(evaluateDeterminations(q, answers));
    expect(report.questionnaireId).toBe('test');
    expect(report.questionnaireVersion).toBe('1.0.0');
  });
});

describe('the shipped questionnaire', () => {
  const q = loadShippedQuestionnaire();

  it('reaches every determination', () => {
    const report = buildReport(q, SHIPPED_COMPLETE);
    const [whole, perItem] = [
      q.determinations.filter((d) => d.forEach === undefined),
      q.determinations.filter((d) => d.forEach !== undefined),
    ];
    // A determination stated only where it may apply (a national law) is left out where it does not.
    const always = whole.filter((d) => d.onlyWhen === undefined);
    expect(report.determinations.map((d) => d.id)).toEqual(always.map((d) => d.id));
    expect(always.length).toBeLessThan(whole.length);
    for (const d of report.determinations) expect(d.outcomes.length).toBeGreaterThan(0);
    // The per-item ones are reached for each activity of the list.
    expect(report.itemVerdicts.flatMap((g) => g.determinations)).toEqual(perItem.map((d) => d.id));
    for (const item of report.itemVerdicts.flatMap((g) => g.items))
      for (const d of perItem) expect(item.outcomes[d.id]?.length).toBeGreaterThan(0);
  });
});

/** Checks every claim the report makes against the questionnaire and answers it came from. */
function expectConsistentReport(q: Questionnaire, answers: Answers, report: ReportModel) {
  const visibility = computeVisibility(q, answers);
  const questions = new Map(q.sections.flatMap((s) => s.questions).map((x) => [x.id, x]));
  const scores = [report.overall.score, ...report.sections.map((s) => s.score)];
  for (const score of scores)
    if (score !== null) {
      expect(Number.isInteger(score)).toBe(true);
      expect(score).toBeGreaterThanOrEqual(0);
      expect(score).toBeLessThanOrEqual(100);
    }
  for (const action of report.actions) {
    expect(visibility.questions.get(action.questionId)).toBe(true);
    expect(questions.get(action.questionId)?.scoring).toBeDefined();
  }
  // A provider reached only through its clients' contracts faces no Art. 83 fine at all.
  const contractual = visibility.flags.reachedThroughClients === true;
  const tiers = new Set(
    contractual ? [] : [...report.actions, ...report.itemActions].map((a) => a.fineTier),
  );
  const highest = tiers.has('art83-5') ? 'art83-5' : tiers.has('art83-4') ? 'art83-4' : 'none';
  expect(report.fines.highestTier).toBe(highest);
  expect(report.fines.ceiling).toBe(highest === 'none' ? null : report.fines.tiers[highest].cap);
}

describe('every example answer file', () => {
  const files = exampleFiles();
  const loaded = new Map<string, Questionnaire>();
  const questionnaireFor = (id: string) => {
    if (!loaded.has(id)) loaded.set(id, loadShippedQuestionnaire(id));
    return loaded.get(id)!;
  };

  it('exists', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files.map((f) => [`${f.folder}/${f.file}`, f] as const))(
    '%s builds a consistent report',
    (_name, file) => {
      const example = readExample(file.path);
      const q = questionnaireFor(example.questionnaireId);
      const report = buildReport(q, example.answers);
      expectConsistentReport(q, example.answers, report);
      expect(report.overall.score).not.toBeNull();
      expect(report.organisation).not.toBeNull();
      expect(report.sections.map((s) => s.sectionId)).toEqual(q.sections.map((s) => s.id));
    },
  );
});

/** Numbers near the thresholds the shipped questionnaire and the fine caps use. */
const NUMBERS = [0, 1, 20, 249, 250, 499_999_999, 500_000_000, 500_000_001, 2_000_000_000];

describe('random answers to the shipped questionnaire', () => {
  const q = loadShippedQuestionnaire();
  const randomAnswer = validAnswer(NUMBERS);
  /** Random complete answers, half of them starting inside the GDPR's scope. */
  const answersArb = fc.oneof(
    completedAnswers(q, randomAnswer, SHIPPED.scope),
    completedAnswers(q, randomAnswer),
  );

  it('score every section and the whole as null or a whole number 0-100, the whole between the sections', () => {
    fc.assert(
      fc.property(answersArb, (answers) => {
        const report = buildReport(q, answers);
        expectConsistentReport(q, answers, report);
        const sectionScores = report.sections.flatMap((s) => (s.score === null ? [] : [s.score]));
        if (sectionScores.length === 0) expect(report.overall.score).toBeNull();
        else {
          expect(report.overall.score).toBeGreaterThanOrEqual(Math.min(...sectionScores));
          expect(report.overall.score).toBeLessThanOrEqual(Math.max(...sectionScores));
        }
      }),
      { numRuns: 150, seed: 20260301 },
    );
    // 150 complete random assessments: some 20 s on a machine shared with a build.
  }, 120_000);

  it('never let answers to hidden questions change the report', () => {
    fc.assert(
      fc.property(answersArb, answerTable(q, randomAnswer), (answers, table) => {
        const { questions } = computeVisibility(q, answers);
        const noise: Record<string, AnswerValue> = {};
        for (const question of q.sections.flatMap((s) => s.questions))
          if (!questions.get(question.id)) noise[question.id] = table[question.id]!;
        expect(buildReport(q, { ...answers, ...noise })).toEqual(buildReport(q, answers));
      }),
      { numRuns: 60, seed: 20260302 },
    );
  });
});

describe('buildReport: items of a repeatable group', () => {
  it('lists each activity by name with the verdicts reached for it', () => {
    const q = loadFixtureQuestionnaire('activities');
    const report = buildReport(q, { 'uses-data': 'yes', activities: [payroll, orders] });
    const missing = {
      id: 'missing',
      articles: ['Art. 5(1)(e)', 'Art. 30(1)(f)'],
      reasons: [],
      gap: { priority: 'medium', fineTier: 'art83-5', effort: 'quick-win' },
    };
    expect(report.itemVerdicts).toEqual([
      {
        group: 'activities',
        determinations: ['activity-role', 'activity-retention'],
        summary: ['activity-role'],
        items: [
          {
            itemId: 'a',
            name: 'Payroll',
            outcomes: {
              'activity-role': [
                { id: 'processor', articles: ['Art. 28(3)', 'Art. 30(2)'], reasons: [] },
              ],
              'activity-retention': [{ id: 'processor', articles: ['Art. 28(3)(g)'], reasons: [] }],
            },
          },
          {
            itemId: 'b',
            name: 'Orders',
            outcomes: {
              'activity-role': [
                { id: 'controller', articles: ['Art. 24(1)', 'Art. 30(1)'], reasons: [] },
              ],
              'activity-retention': [missing],
            },
          },
        ],
      },
    ]);
  });

  it('turns a verdict that leaves a gap in an activity into an action for that activity', () => {
    const q = loadFixtureQuestionnaire('activities');
    const shop = { id: 'c', answers: { ...orders.answers, 'activity-name': 'Shop' } };
    const report = buildReport(q, { 'uses-data': 'yes', activities: [payroll, orders, shop] });
    const action = (itemId: string, name: string | null, position: number) => ({
      group: 'activities',
      itemId,
      name,
      position,
      determination: 'activity-retention',
      outcome: 'missing',
      reasons: [],
      articles: ['Art. 5(1)(e)', 'Art. 30(1)(f)'],
      priority: 'medium',
      fineTier: 'art83-5',
      effort: 'quick-win',
      // Retention feeds no critical gap.
      critical: false,
    });
    // Payroll is work for a client, who decides how long: no gap of its own.
    expect(report.itemActions).toEqual([action('b', 'Orders', 2), action('c', 'Shop', 3)]);
    // Such a gap counts towards the fine tier like any other.
    expect(report.fines.highestTier).toBe('art83-5');
    const kept = { ...orders, answers: { ...orders.answers, 'activity-retention': '2 years' } };
    expect(buildReport(q, { 'uses-data': 'yes', activities: [kept] }).itemActions).toEqual([]);
  });
});
