import { describe, expect, it } from 'vitest';
import { loadExample } from '../../tests/helpers/examples';
import {
  buildQuestionnaire,
  loadShippedQuestionnaire,
  yesNo,
} from '../../tests/helpers/questionnaires';
import { activitiesQuestionnaire, orders, payroll } from '../../tests/helpers/activities';
import type { RepeatedItem } from '../engine/questionnaire/questionnaire.schema';
import { buildReport } from './build-report';
import { comparableAnswers, compareAssessments, compareReports } from './compare-reports';

const q = loadShippedQuestionnaire();
const webshop = loadExample('dutch-webshop').answers;

/**
 * The dutch-webshop example, then two answers better and one worse. Worked out by hand from
 * the scoring rules (high weighs 3, medium 2, low 1; yes 1, partly 0.5, no and don't know 0):
 * - breaches: breach-procedure (high) no → yes, beside two other gaps (high, medium):
 *   0/8 = 0 becomes 3/8 = 38;
 * - rights: access-requests (high) don't know → partly: 1.5/9 = 17 becomes 3/9 = 33;
 * - security: staff-confidentiality (medium) yes → no: 6/16 = 38 becomes 4/16 = 25.
 * Overall, with lawful basis, transparency, rights and breaches weighing double over 17
 * section weights in all: 550/17 = 32 becomes (550 + 2·16 − 13 + 2·38)/17 = 645/17 = 38.
 */
const later = {
  ...webshop,
  'breach-procedure': 'yes',
  'access-requests': 'partly',
  'staff-confidentiality': 'no',
};

describe('compareAssessments on the dutch-webshop example', () => {
  const result = compareAssessments(q, { answers: webshop }, { answers: later });

  it('gives the overall score before, after and the change', () => {
    expect(result.overall).toEqual({ before: 32, after: 38, delta: 6 });
  });

  it('gives the change of every section that changed, and no change elsewhere', () => {
    const bySection = new Map(result.sections.map((s) => [s.sectionId, s]));
    expect(bySection.get('breaches')).toEqual({
      sectionId: 'breaches',
      before: 0,
      after: 38,
      delta: 38,
    });
    expect(bySection.get('rights')).toEqual({
      sectionId: 'rights',
      before: 17,
      after: 33,
      delta: 16,
    });
    expect(bySection.get('security')).toEqual({
      sectionId: 'security',
      before: 38,
      after: 25,
      delta: -13,
    });
    const others = result.sections.filter(
      (s) => !['breaches', 'rights', 'security'].includes(s.sectionId),
    );
    for (const s of others) expect(s.delta ?? 0, s.sectionId).toBe(0);
  });

  it('lists only sections shown in either assessment, with null for an unscored one', () => {
    const ids = result.sections.map((s) => s.sectionId);
    expect(ids).not.toContain('transfers');
    expect(ids).not.toContain('acting-as-processor');
    expect(result.sections.find((s) => s.sectionId === 'scope')).toEqual({
      sectionId: 'scope',
      before: null,
      after: null,
      delta: null,
    });
  });

  it('lists the improved and the regressed questions with their answers and credit', () => {
    expect(result.improved).toEqual([
      {
        questionId: 'access-requests',
        sectionId: 'rights',
        before: 'dont-know',
        after: 'partly',
        creditBefore: 0,
        creditAfter: 0.5,
      },
      {
        questionId: 'breach-procedure',
        sectionId: 'breaches',
        before: 'no',
        after: 'yes',
        creditBefore: 0,
        creditAfter: 1,
      },
    ]);
    expect(result.regressed).toEqual([
      {
        questionId: 'staff-confidentiality',
        sectionId: 'security',
        before: 'yes',
        after: 'no',
        creditBefore: 1,
        creditAfter: 0,
      },
    ]);
  });

  it('closes the gap answered yes, opens the new one, and keeps a gap that is still partly open', () => {
    expect(result.closed.map((a) => a.questionId)).toEqual(['breach-procedure']);
    expect(result.opened.map((a) => a.questionId)).toEqual(['staff-confidentiality']);
    expect(result.opened[0]).toMatchObject({ sectionId: 'security', answer: 'no' });
  });

  it('is the same as comparing the two reports built by buildReport', () => {
    expect(compareReports(q, buildReport(q, webshop), buildReport(q, later))).toEqual(result);
  });

  it('finds no change between an assessment and itself', () => {
    const same = compareAssessments(q, { answers: webshop }, { answers: webshop });
    expect(same.overall.delta).toBe(0);
    expect([same.improved, same.regressed, same.closed, same.opened]).toEqual([[], [], [], []]);
  });

  it('reads the other way round as the mirror image', () => {
    const back = compareAssessments(q, { answers: later }, { answers: webshop });
    expect(back.overall).toEqual({ before: 38, after: 32, delta: -6 });
    expect(back.improved.map((c) => c.questionId)).toEqual(['staff-confidentiality']);
    expect(back.closed.map((a) => a.questionId)).toEqual(['staff-confidentiality']);
    expect(back.opened.map((a) => a.questionId)).toEqual(['breach-procedure']);
  });

  it('carries the later owner and due date on an opened action', () => {
    const plan = { 'staff-confidentiality': { ownerName: 'Noor', dueDate: '2026-06-01' } };
    const withPlan = compareAssessments(
      q,
      { answers: webshop },
      { answers: later, actionPlan: plan },
    );
    expect(withPlan.opened[0]).toMatchObject({ ownerName: 'Noor', dueDate: '2026-06-01' });
  });
});

describe('compareReports on a small questionnaire', () => {
  const small = buildQuestionnaire({
    sections: [
      {
        id: 'basics',
        questions: [
          yesNo('has-policy', {
            scoring: { priority: 'high', fineTier: 'art83-4', effort: 'days' },
          }),
          yesNo('has-training', {
            options: ['yes', 'no', 'not-applicable'],
            scoring: { priority: 'low', fineTier: 'none', effort: 'days' },
          }),
        ],
      },
      {
        id: 'extra',
        showIf: { question: 'has-policy', equals: 'yes' },
        questions: [
          yesNo('reviewed', { scoring: { priority: 'medium', fineTier: 'none', effort: 'days' } }),
        ],
      },
    ],
  });

  it('counts no change for a question that only counts in one of the two', () => {
    const result = compareAssessments(
      small,
      { answers: { 'has-policy': 'no', 'has-training': 'not-applicable' } },
      { answers: { 'has-policy': 'no', 'has-training': 'no' } },
    );
    expect(result.improved).toEqual([]);
    expect(result.regressed).toEqual([]);
    expect(result.opened.map((a) => a.questionId)).toEqual(['has-training']);
  });

  it('includes a section shown only in the later assessment, with no score before', () => {
    const result = compareAssessments(
      small,
      { answers: { 'has-policy': 'no', 'has-training': 'yes' } },
      { answers: { 'has-policy': 'yes', 'has-training': 'yes', reviewed: 'yes' } },
    );
    expect(result.sections).toEqual([
      { sectionId: 'basics', before: 25, after: 100, delta: 75 },
      { sectionId: 'extra', before: null, after: 100, delta: null },
    ]);
    expect(result.closed.map((a) => a.questionId)).toEqual(['has-policy']);
  });

  it('refuses reports of another questionnaire', () => {
    expect(() => compareReports(small, buildReport(q, webshop), buildReport(q, webshop))).toThrow(
      /cannot compare/,
    );
  });
});

describe('compareReports on lists of items', () => {
  const q = activitiesQuestionnaire;
  const regular = { 'activity-occasional': 'no' };
  const report = (...items: RepeatedItem[]) =>
    buildReport(q, { 'uses-data': 'yes', activities: items });

  it('lists added and removed activities, and verdicts that moved, matching by id then by name', () => {
    const nowProcessor = {
      ...orders,
      answers: { ...orders.answers, 'activity-role': 'processor', 'activity-client': 'Jansen' },
    };
    const sameNameNewId = { id: 'z', answers: payroll.answers };
    const added = {
      id: 'c',
      answers: { 'activity-name': 'Newsletter', 'activity-role': 'controller', ...regular },
    };
    const removed = {
      id: 'd',
      answers: { 'activity-name': 'CCTV', 'activity-role': 'controller', ...regular },
    };
    const changes = compareReports(
      q,
      report(payroll, orders, removed),
      report(sameNameNewId, nowProcessor, added),
    ).items;
    expect(changes).toEqual([
      {
        group: 'activities',
        name: 'Orders',
        change: 'changed',
        verdicts: [
          { determination: 'activity-role', before: ['controller'], after: ['processor'] },
          // A client's work: the client decides how long, so the gap is no longer the shop's.
          { determination: 'activity-retention', before: ['missing'], after: ['processor'] },
        ],
      },
      { group: 'activities', name: 'Newsletter', change: 'added', verdicts: [] },
      { group: 'activities', name: 'CCTV', change: 'removed', verdicts: [] },
    ]);
  });

  it('does not compare a list that counts in only one of the two (an item left unfinished)', () => {
    const unfinished = { id: 'x', answers: { 'activity-name': 'CCTV' } };
    const result = compareReports(q, report(payroll, orders), report(payroll, orders, unfinished));
    expect(result.items).toEqual([]);
    expect(result.uncomparedGroups).toEqual(['activities']);
    expect(compareReports(q, report(payroll), report(orders)).uncomparedGroups).toEqual([]);
  });

  it('finds no item changes between an assessment and itself', () => {
    expect(compareReports(q, report(payroll, orders), report(payroll, orders)).items).toEqual([]);
  });
});

describe('comparing with an assessment saved before a question changed meaning', () => {
  it('Art. 32(1): an old "no" to the security question against two measures of six opens and closes nothing, and moves no score', () => {
    const ticked = ['measure-multi-factor', 'measure-security-updates'];
    const now = { ...webshop, 'security-measures': ticked };
    // Restored from a 1.2.0 save, "no" left the question unanswered and was reported changed.
    const { 'security-measures': _old, ...restored } = webshop;
    const changed = ['security-measures'];
    const earlier = buildReport(q, comparableAnswers(restored, changed), {});
    const laterReport = buildReport(q, comparableAnswers(now, changed), {});
    const result = compareReports(q, earlier, laterReport);
    expect(result.opened.filter((a) => a.questionId === 'security-measures')).toEqual([]);
    expect(result.closed.filter((a) => a.questionId === 'security-measures')).toEqual([]);
    expect(result.sections.find((s) => s.sectionId === 'security')?.delta).toBe(0);
    // Compared whole, the four missing measures would all count as opened.
    const whole = compareReports(q, buildReport(q, restored, {}), buildReport(q, now, {}));
    expect(whole.opened.filter((a) => a.questionId === 'security-measures')).toHaveLength(4);
  });
});
