import { describe, expect, it } from 'vitest';
import reportEn from '@/i18n/locales/report.en.json';
import reportNl from '@/i18n/locales/report.nl.json';
import { buildReport } from '@/report/build-report';
import { READINESS_SCALE, readiness } from '@/report/readiness-labels';
import { ragFor } from '@/report/scoring-rules';
import type {
  Answers,
  PlainAnswerValue,
  RepeatedItem,
} from '@/engine/questionnaire/questionnaire.schema';
import { NL_SHOP, activities, activity, choose, q } from './helpers/assess';
import { shippedExampleIds, loadExample } from './helpers/examples';
import { ORDINARY_ACTIVITY, SHIPPED, completeAnswers, plainAnswer } from './helpers/questionnaires';

/**
 * A small Dutch shop with every duty met (its one activity listed, the list complete), then
 * with `facts` and `gaps` answered as given.
 */
function shop(facts: Answers = {}, gaps: Answers = {}) {
  const listed = activities(activity('orders'));
  return buildReport(q, completeAnswers(q, { ...NL_SHOP, ...listed, ...facts }, choose(gaps)));
}

/**
 * The small shop of the test helper `SHIPPED`, its data inventory done and every scored question
 * "yes" but for `answers`.
 */
function shipped(answers: Answers = {}) {
  const base = {
    ...SHIPPED.scope,
    ...SHIPPED.organisation,
    ...SHIPPED.data,
    'data-inventory': 'yes',
    ...SHIPPED.roles,
  };
  return buildReport(
    q,
    completeAnswers(q, { ...base, ...SHIPPED.activities, ...answers }, (question) =>
      question.id in answers ? answers[question.id]! : plainAnswer(question),
    ),
  );
}

/**
 * The shop's orders with one more activity, answered as given on top of an ordinary one
 * (`null` leaves a question unanswered).
 */
function withActivity(answers: Readonly<Record<string, PlainAnswerValue | null>>): Answers {
  const given = { ...ORDINARY_ACTIVITY, 'activity-name': 'Extra', ...answers };
  const extra: RepeatedItem = {
    id: 'extra',
    answers: Object.fromEntries(
      Object.entries(given).flatMap(([k, v]) => (v === null ? [] : [[k, v] as const])),
    ),
  };
  return { activities: [...(SHIPPED.activities.activities as RepeatedItem[]), extra] };
}

describe('the readiness labels', () => {
  it('never says ready while a critical gap is open', () => {
    expect(readiness(100, { critical: 1 })).toBe('not-ready');
    expect(readiness(96, { critical: 0 })).toBe('ready');
    expect(readiness(95, { critical: 0 })).toBe('ready');
    expect(readiness(94, { critical: 0 })).toBe('largely-ready');
    expect(readiness(null, { critical: 0 })).toBe('not-scored');
  });

  it('keeps a high score at largely ready while a serious gap or a weak section is open', () => {
    expect(readiness(98, { critical: 0, serious: 1 })).toBe('largely-ready');
    expect(readiness(98, { critical: 0, sections: ['ready', 'partly-ready'] })).toBe(
      'largely-ready',
    );
    expect(readiness(98, { critical: 0, sections: ['ready', 'largely-ready'] })).toBe('ready');
    // Below the top band nothing changes: the cap only keeps "ready" from over-promising.
    expect(readiness(60, { critical: 0, serious: 3 })).toBe('partly-ready');
  });

  it('agrees with the colours at every score', () => {
    const colour = {
      ready: 'green',
      'largely-ready': 'green',
      'partly-ready': 'amber',
      'not-ready': 'red',
    };
    for (let score = 0; score <= 100; score += 1)
      expect(colour[readiness(score, { critical: 0 }) as keyof typeof colour], String(score)).toBe(
        ragFor(score),
      );
  });

  it('has a text for every label in English and Dutch', () => {
    for (const label of [...READINESS_SCALE.map((b) => b.label), 'not-scored' as const]) {
      expect(reportEn.readiness[label]).toBeTruthy();
      expect(reportNl.readiness[label]).toBeTruthy();
    }
  });

  it('calls a shop with every duty met ready', () => {
    const report = shop();
    expect(report.overall.score).toBeGreaterThanOrEqual(95);
    expect(report.overall.readiness).toBe('ready');
  });

  it('Art. 6(1)(a) and 7: a shop that e-mails and tracks without consent is not called ready, however high its score', () => {
    const report = shop({ marketing: 'yes' }, { 'direct-marketing-rules': 'no' });
    expect(report.actions.map((a) => a.questionId)).toEqual(['direct-marketing-rules']);
    expect(report.overall.criticalGaps).toBe(0);
    expect(report.overall.score).toBeGreaterThanOrEqual(95);
    expect(report.overall.readiness).toBe('largely-ready');
  });

  it('calls the small shop of the test helper ready, but not while its data inventory is partly done', () => {
    expect(shipped().overall).toMatchObject({ score: 100, criticalGaps: 0, readiness: 'ready' });
    // A high-priority measure only partly in place is more than a detail, fine or no fine.
    expect(shipped({ 'data-inventory': 'partly' }).overall).toMatchObject({
      criticalGaps: 0,
      readiness: 'largely-ready',
    });
  });

  // Each of these once read "ready" with a score of 98 to 100: one open duty a fine backs, or
  // a high-priority measure only partly in place, is not a detail.
  it.each([
    [
      'Art. 26(1): joint controllers without an arrangement',
      { 'joint-control': 'yes', 'joint-arrangement': 'no' },
    ],
    [
      'Art. 7(1): consent only partly valid',
      { 'lawful-bases': ['contract', 'consent'], 'consent-quality': 'partly' },
    ],
    [
      'Art. 5(2) and 6(1): lawful bases recorded only in part',
      { 'lawful-basis-recorded': 'partly' },
    ],
    [
      'Art. 32(1): half of the basic security measures in place',
      {
        'security-measures': [
          'measure-need-to-know-access',
          'measure-multi-factor',
          'measure-security-updates',
        ],
      },
    ],
    ['Art. 25(1): no privacy by design', { 'privacy-by-design': 'no' }],
  ])('%s is not called ready', (_, answers: Answers) => {
    const report = shipped(answers);
    expect(report.overall.criticalGaps).toBe(0);
    expect(report.overall.readiness).toBe('largely-ready');
  });

  it('Art. 49(1): an activity sent to India on an Article 49 exception, not occasionally, is not called ready', () => {
    const report = shipped(
      withActivity({
        'activity-transfers': 'yes',
        'activity-transfer-countries': ['india'],
        'activity-transfer-tool': ['art49-derogation'],
        'activity-occasional': 'no',
      }),
    );
    expect(report.itemActions.length).toBeGreaterThan(0);
    expect(report.overall.readiness).toBe('largely-ready');
  });

  it('Art. 5(1)(e): an activity with no retention period is not called ready', () => {
    const report = shipped(withActivity({ 'activity-retention': null }));
    expect(report.itemActions.map((a) => a.itemId)).toContain('extra');
    expect(report.overall.readiness).toBe('largely-ready');
  });

  it('Art. 30(1): a list of activities said not to be complete is not called ready', () => {
    const report = shipped({ 'activities-complete': 'no' });
    expect(report.actions).toEqual([]);
    expect(report.overall.score).toBe(100);
    expect(report.overall.readiness).toBe('largely-ready');
  });

  it('Art. 24(1): privacy only partly anyone’s job, a gap no fine backs, does not hold back the overall label on its own', () => {
    const report = shipped({ 'privacy-owner': 'partly' });
    expect(report.actions.map((a) => [a.questionId, a.priority, a.fineTier])).toEqual([
      ['privacy-owner', 'medium', 'none'],
    ]);
    expect(report.sections.find((s) => s.sectionId === 'roles')?.readiness).toBe('partly-ready');
    expect(report.overall.score).toBeGreaterThanOrEqual(95);
    expect(report.overall.readiness).toBe('ready');
  });

  it('labels the examples the way their ratings read', () => {
    for (const id of shippedExampleIds()) {
      const model = buildReport(q, loadExample(id).answers);
      expect(model.overall.criticalGaps).toBeGreaterThan(0);
      expect(model.overall.readiness).toBe('not-ready');
      for (const section of model.sections)
        if (section.criticalGaps > 0) expect(section.readiness).toBe('not-ready');
    }
  });
});
