import { describe, expect, it } from 'vitest';
import type { Answers } from '@/engine/questionnaire/questionnaire.schema';
import { buildReport } from '@/report/build-report';
import { planActions, type PlanCandidate } from '@/report/first-steps';
import { actionKey } from '@/report/planned-actions';
import type { ReportModel } from '@/report/report.types';
import { loadExample } from './helpers/examples';
import { loadShippedQuestionnaire } from './helpers/questionnaires';

type Candidate = PlanCandidate<string>;

/** An action that is not a first step: five critical ones fill those places first. */
function phaseOf(action: Omit<Candidate, 'ref' | 'critical' | 'sectionRed'>) {
  const critical = Array.from({ length: 5 }, (_, i): Candidate => ({
    ref: `critical-${i}`,
    critical: true,
    priority: 'high',
    fineTier: 'art83-4',
    effort: 'days',
    nothingInPlace: true,
    sectionRed: true,
  }));
  const plan = planActions([
    ...critical,
    { ...action, ref: 'it', critical: false, sectionRed: false },
  ]);
  expect(plan.firstSteps).not.toContain('it');
  return (Object.keys(plan.phases) as (keyof typeof plan.phases)[]).find((p) =>
    plan.phases[p].includes('it'),
  );
}

describe('the phases of the action plan', () => {
  it('Art. 6(1)(a) and 7: marketing e-mail without any consent is fixed now, though it takes days', () => {
    expect(
      phaseOf({ priority: 'high', fineTier: 'art83-5', effort: 'days', nothingInPlace: true }),
    ).toBe('now');
    // Partly in place, the same action can wait for the next three months.
    expect(
      phaseOf({ priority: 'high', fineTier: 'art83-5', effort: 'days', nothingInPlace: false }),
    ).toBe('within-3-months');
  });

  it('Art. 33(5): a breach register, a medium-priority hour of work a fine tier backs, does not wait until later', () => {
    expect(
      phaseOf({
        priority: 'medium',
        fineTier: 'art83-4',
        effort: 'quick-win',
        nothingInPlace: true,
      }),
    ).toBe('within-3-months');
  });

  it('leaves for later what is low priority, or medium priority with more work', () => {
    expect(
      phaseOf({ priority: 'low', fineTier: 'art83-4', effort: 'quick-win', nothingInPlace: true }),
    ).toBe('later');
    expect(
      phaseOf({ priority: 'medium', fineTier: 'art83-4', effort: 'project', nothingInPlace: true }),
    ).toBe('later');
    expect(
      phaseOf({ priority: 'medium', fineTier: 'none', effort: 'quick-win', nothingInPlace: true }),
    ).toBe('later');
  });
});

describe('processing that is unlawful today goes to "now", whatever its fine tier', () => {
  const q = loadShippedQuestionnaire();
  const report = (example: string, answers: Answers) =>
    buildReport(q, { ...loadExample(example).answers, ...answers });
  const phase = (model: ReportModel, questionId: string) =>
    (Object.keys(model.plan.phases) as (keyof ReportModel['plan']['phases'])[]).find((p) =>
      model.plan.phases[p].some((ref) => actionKey(ref) === `question-${questionId}`),
    );

  it('a lower-tier action marked unlawful today waits when something is in place', () => {
    expect(
      phaseOf({
        priority: 'high',
        fineTier: 'art83-4',
        effort: 'project',
        nothingInPlace: true,
        unlawfulToday: true,
      }),
    ).toBe('now');
    expect(
      phaseOf({
        priority: 'high',
        fineTier: 'art83-4',
        effort: 'project',
        nothingInPlace: false,
        unlawfulToday: true,
      }),
    ).toBe('within-3-months');
  });

  it("Art. 8(1): a shop asking children for consent without their parents' is fixed now", () => {
    const model = report('dutch-webshop', { 'children-data': 'yes', 'nl-parental-consent': 'no' });
    expect(model.actions.find((a) => a.questionId === 'nl-parental-consent')?.fineTier).toBe(
      'art83-4',
    );
    expect(phase(model, 'nl-parental-consent')).toBe('now');
  });

  it("Art. 28(10) and 29: a processor acting beyond its clients' instructions stops now", () => {
    const model = report('crm-saas', { 'processor-instructions-only': 'no' });
    expect(phase(model, 'processor-instructions-only')).toBe('now');
  });

  it('Art. 26(1): a joint controller without an arrangement is high priority, but not unlawful today by that alone (CJEU C-60/22)', () => {
    const model = report('dutch-webshop', { 'joint-control': 'yes', 'joint-arrangement': 'no' });
    expect(model.actions.find((a) => a.questionId === 'joint-arrangement')).toMatchObject({
      priority: 'high',
      fineTier: 'art83-4',
    });
    expect(phase(model, 'joint-arrangement')).toBe('within-3-months');
  });

  it('Art. 36(1): high risk left after a DPIA without consulting the authority is a critical gap, fixed now', () => {
    const model = report('hospital', {
      'dpia-done': 'yes',
      'dpia-residual-risk': 'yes',
      'dpia-prior-consultation': 'no',
    });
    expect(model.criticalGaps.map((g) => g.id)).toContain('prior-consultation-missing');
    expect(model.actions.find((a) => a.questionId === 'dpia-prior-consultation')?.critical).toBe(
      true,
    );
    expect(phase(model, 'dpia-prior-consultation')).toBe('now');
  });

  it('Art. 36(1): a DPIA whose residual risk is not known does not yet call for consulting the authority now', () => {
    const model = report('hospital', {
      'dpia-done': 'yes',
      'dpia-residual-risk': 'dont-know',
      'dpia-prior-consultation': 'no',
    });
    expect(model.criticalGaps.map((g) => g.id)).not.toContain('prior-consultation-missing');
    expect(phase(model, 'dpia-prior-consultation')).not.toBe('now');
  });

  it('Art. 28(3), last subparagraph: telling clients of an infringing instruction is medium priority', () => {
    const question = q.sections
      .flatMap((s) => s.questions)
      .find((x) => x.id === 'infringing-instructions');
    expect(question?.scoring?.priority).toBe('medium');
  });
});
