import { describe, expect, it } from 'vitest';
import type { Answers, Question } from '@/engine/questionnaire/questionnaire.schema';
import { isMeasureList, measureAnswer } from '@/engine/questionnaire/measures';
import { buildReport } from '@/report/build-report';
import { actionPlanKey, actionTextKey } from '@/report/planned-actions';
import { answerCredit } from '@/report/scoring-rules';
import en from '../questionnaires/gdpr-readiness/locales/en.json';
import { q } from './helpers/assess';
import { SHIPPED, completeAnswers, plainAnswer } from './helpers/questionnaires';

/**
 * Art. 32(1)(a)-(d) and Art. 25(2) asked as a list of measures: the ticked set, not a
 * yes/partly/no, decides the score, the gaps and one action per missing measure.
 */
const question = q.sections.flatMap((s) => s.questions).find((x) => x.id === 'security-measures');
if (!question || !isMeasureList(question)) throw new Error('security-measures is no measure list');
const measures = Object.keys(question.measures);

/** The small shop of `SHIPPED`, every scored question "yes" but for `answers`. */
function report(answers: Answers, plan = {}) {
  const base = { ...SHIPPED.scope, ...SHIPPED.organisation, ...SHIPPED.data, ...SHIPPED.roles };
  const all = completeAnswers(q, { ...base, ...SHIPPED.activities, ...answers }, (x: Question) =>
    x.id in answers ? answers[x.id]! : plainAnswer(x),
  );
  return buildReport(q, all, plan);
}
const securityActions = (answers: Answers, plan = {}) =>
  report(answers, plan).actions.filter((a) => a.questionId === 'security-measures');

describe('security-measures as a list of measures', () => {
  it('lists six measures, each citing a point of Art. 32(1) and with its own action text', () => {
    expect(measures).toHaveLength(6);
    for (const measure of measures) {
      expect(question.measures[measure]!.articles.some((a) => a.startsWith('Art. 32(1)('))).toBe(
        true,
      );
      expect(en.questions['security-measures'].measures).toHaveProperty(measure);
    }
    expect(Object.values(question.measures).flatMap((m) => m.articles)).toEqual(
      expect.arrayContaining(['Art. 32(1)(a)', 'Art. 32(1)(b)', 'Art. 32(1)(c)', 'Art. 32(1)(d)']),
    );
  });

  it('earns the share of measures ticked, so half of them counts like the old "partly"', () => {
    expect(answerCredit(question, measures)).toBe(1);
    expect(answerCredit(question, measures.slice(0, 3))).toBe(0.5);
    expect(answerCredit(question, ['none-of-these'])).toBe(0);
    expect(answerCredit(question, ['dont-know'])).toBe(0);
    expect(answerCredit(question, undefined)).toBeNull();
    expect(answerCredit(question, [])).toBeNull();
  });

  it('reads the answer as measures in place and missing, in the order asked', () => {
    expect(measureAnswer(question, ['measure-tested-backups', 'measure-multi-factor'])).toEqual({
      kind: 'known',
      inPlace: ['measure-multi-factor', 'measure-tested-backups'],
      missing: measures.filter(
        (m) => m !== 'measure-multi-factor' && m !== 'measure-tested-backups',
      ),
    });
    expect(measureAnswer(question, ['dont-know'])).toEqual({ kind: 'unknown' });
    expect(measureAnswer(question, ['none-of-these'])).toEqual({
      kind: 'known',
      inPlace: [],
      missing: measures,
    });
  });

  it("Art. 32(1)(b): raises one action per missing measure, with that measure's articles and effort", () => {
    const actions = securityActions({
      'security-measures': measures.filter(
        (m) => m !== 'measure-multi-factor' && m !== 'measure-regular-check',
      ),
    });
    expect(actions.map((a) => a.measure).sort()).toEqual(
      ['measure-multi-factor', 'measure-regular-check'].sort(),
    );
    const mfa = actions.find((a) => a.measure === 'measure-multi-factor')!;
    expect(mfa).toMatchObject({
      answer: 'no',
      articles: ['Art. 32(1)(b)'],
      // Every account, admin and cloud service: days of work in a large organisation, not a quick win.
      effort: 'days',
      priority: 'high',
      fineTier: 'art83-4',
      investigate: false,
      critical: false,
    });
    expect(actionTextKey(mfa)).toBe('questions.security-measures.measures.measure-multi-factor');
    const check = actions.find((a) => a.measure === 'measure-regular-check')!;
    expect(check.articles).toEqual(['Art. 32(1)(d)']);
  });

  it('Art. 32(1)(c) and (d): a missing backup test or yearly check is medium priority, missing MFA stays high', () => {
    // A firm with MFA and everything else but the restore test and the yearly review.
    const actions = securityActions({
      'security-measures': measures.filter(
        (m) => m !== 'measure-tested-backups' && m !== 'measure-regular-check',
      ),
    });
    expect(actions.map((a) => [a.measure, a.priority]).sort()).toEqual([
      ['measure-regular-check', 'medium'],
      ['measure-tested-backups', 'medium'],
    ]);
    const noMfa = securityActions({
      'security-measures': measures.filter((m) => m !== 'measure-multi-factor'),
    });
    expect(noMfa.map((a) => a.priority)).toEqual(['high']);
  });

  it('raises no security action when every measure is ticked', () => {
    expect(securityActions({ 'security-measures': measures })).toEqual([]);
  });

  it('raises the question\'s own action, to find out, for "don\'t know"', () => {
    const actions = securityActions({ 'security-measures': ['dont-know'] });
    expect(actions).toHaveLength(1);
    expect(actions[0]).toMatchObject({ measure: null, answer: 'dont-know', investigate: true });
    expect(actionTextKey(actions[0]!)).toBe('questions.security-measures.action');
  });

  it('Art. 32(1): "none of these" makes every measure a critical action', () => {
    const r = report({ 'security-measures': ['none-of-these'] });
    expect(r.criticalGaps.map((g) => g.id)).toEqual(['no-security-measures']);
    const actions = r.actions.filter((a) => a.questionId === 'security-measures');
    expect(actions).toHaveLength(6);
    expect(actions.every((a) => a.critical)).toBe(true);
  });

  it('Art. 32(1): "some partly, none everywhere" raises six actions but no critical gap', () => {
    // A shop with MFA on e-mail but not on the shop admin, and backups never restored: every
    // measure somewhere, none everywhere. Art. 32 weighs risk; this is not "nothing in place".
    const r = report({ 'security-measures': ['only-partly'] });
    expect(r.criticalGaps.map((g) => g.id)).not.toContain('no-security-measures');
    const actions = r.actions.filter((a) => a.questionId === 'security-measures');
    expect(actions.map((a) => a.measure).sort()).toEqual([...measures].sort());
    expect(actions.some((a) => a.critical)).toBe(false);
    expect(answerCredit(question, ['only-partly'])).toBe(0);
  });

  it('counts each missing measure as a gap of the security section', () => {
    const section = (answers: Answers) =>
      report(answers).sections.find((s) => s.sectionId === 'security')!;
    expect(section({ 'security-measures': measures }).gaps).toBe(0);
    expect(section({ 'security-measures': measures.slice(0, 4) }).gaps).toBe(2);
  });

  it("keeps an owner and due date per measure, apart from the question's own", () => {
    const key = actionPlanKey({ questionId: 'security-measures', measure: 'measure-encryption' });
    expect(key).toBe('security-measures.measure-encryption');
    const actions = securityActions(
      { 'security-measures': ['none-of-these'] },
      { [key]: { ownerName: 'Sam', dueDate: '2027-01-31' } },
    );
    const planned = actions.filter((a) => a.ownerName !== null);
    expect(planned.map((a) => [a.measure, a.ownerName, a.dueDate])).toEqual([
      ['measure-encryption', 'Sam', '2027-01-31'],
    ]);
  });
});
