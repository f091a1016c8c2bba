import { describe, expect, it } from 'vitest';
import { OwnerRoleSchema } from '@/engine/questionnaire/questionnaire.schema';
import reportEn from '@/i18n/locales/report.en.json';
import reportNl from '@/i18n/locales/report.nl.json';
import { buildReport } from '@/report/build-report';
import { FIRST_STEPS, planActions, type PlanCandidate } from '@/report/first-steps';
import { SMALL_FIRM_ROLES, suggestedOwner } from '@/report/owner-roles';
import { actionKey, plannedActions, questionRef } from '@/report/planned-actions';
import type { ActionRef, ReportModel } from '@/report/report.types';
import { shippedExampleIds, loadExample } from './helpers/examples';
import { loadShippedQuestionnaire } from './helpers/questionnaires';

const questionnaire = loadShippedQuestionnaire();
const EXAMPLES = shippedExampleIds();
const report = (id: string): ReportModel => {
  const example = loadExample(id);
  return buildReport(questionnaire, example.answers);
};
const reports = Object.fromEntries(EXAMPLES.map((id) => [id, report(id)]));
const question = (questionId: string): ActionRef => ({ kind: 'question', questionId });
const questionIds = (refs: readonly ActionRef[]) =>
  refs.flatMap((r) => (r.kind === 'question' ? [r.questionId] : []));

describe('the first steps of the shipped examples', () => {
  it.each(EXAMPLES)('%s gets 3 to 5 first steps, the critical gaps first', (id) => {
    const model = reports[id]!;
    const steps = plannedActions(model, model.plan.firstSteps);
    expect(steps.length).toBeGreaterThanOrEqual(FIRST_STEPS.min);
    expect(steps.length).toBeLessThanOrEqual(FIRST_STEPS.max);
    // A question's or an item's (an activity without its DPIA, say): both can be critical.
    const critical = steps.map((s) => s.action.critical);
    // No critical action after a non-critical one.
    expect(critical).toEqual([...critical].sort((a, b) => Number(b) - Number(a)));
    const allCritical = [
      ...model.actions.filter((a) => a.critical).map((a) => actionKey(question(a.questionId))),
      ...model.itemActions.filter((a) => a.critical).map((a) => actionKey({ kind: 'item', ...a })),
    ];
    expect(allCritical.length).toBeGreaterThan(0);
    const firstKeys = model.plan.firstSteps.map(actionKey);
    if (allCritical.length <= FIRST_STEPS.max)
      expect(firstKeys.slice(0, allCritical.length).sort()).toEqual([...allCritical].sort());
  });

  it.each(EXAMPLES)(
    '%s has every action in exactly one phase, now beginning with the first steps',
    (id) => {
      const model = reports[id]!;
      const phased = Object.values(model.plan.phases).flat().map(actionKey);
      const every = [
        ...model.actions.map((a) => actionKey(questionRef(a))),
        ...model.itemActions.map((a) => actionKey({ kind: 'item', ...a })),
      ];
      expect(every.length).toBeGreaterThan(0);
      expect([...phased].sort()).toEqual([...every].sort());
      expect(new Set(phased).size).toBe(phased.length);
      expect(model.plan.phases.now.slice(0, model.plan.firstSteps.length)).toEqual(
        model.plan.firstSteps,
      );
      // Every critical action is to be done now, a question's or an item's.
      for (const a of model.actions.filter((x) => x.critical))
        expect(questionIds(model.plan.phases.now)).toContain(a.questionId);
      const now = model.plan.phases.now.map(actionKey);
      for (const a of model.itemActions.filter((x) => x.critical))
        expect(now).toContain(actionKey({ kind: 'item', ...a }));
    },
  );

  it("puts the web shop's breach procedure and processor agreements before its consent paperwork", () => {
    const model = reports['dutch-webshop']!;
    const first = questionIds(model.plan.firstSteps);
    expect(first).toContain('breach-procedure');
    expect(first).toContain('processor-agreements');
    const order = Object.values(model.plan.phases).flat().map(actionKey);
    const at = (id: string) => order.indexOf(actionKey(question(id)));
    for (const paperwork of ['consent-quality', 'direct-marketing-rules']) {
      expect(at(paperwork)).toBeGreaterThan(at('breach-procedure'));
      expect(at(paperwork)).toBeGreaterThan(at('processor-agreements'));
    }
  });
});

describe('the start-here rule', () => {
  const candidate = (
    id: string,
    changes: Partial<PlanCandidate<string>> = {},
  ): PlanCandidate<string> => ({
    ref: id,
    critical: false,
    priority: 'high',
    fineTier: 'art83-5',
    effort: 'days',
    nothingInPlace: false,
    sectionRed: false,
    ...changes,
  });

  it('takes the cheaper of two equally risky actions first', () => {
    const plan = planActions([
      candidate('project', { effort: 'project' }),
      candidate('days'),
      candidate('quick', { effort: 'quick-win' }),
    ]);
    expect(plan.firstSteps).toEqual(['quick', 'days', 'project']);
  });

  it('takes a riskier action first at the same effort: nothing in place, a red section', () => {
    const plan = planActions([
      candidate('partly'),
      candidate('red', { sectionRed: true }),
      candidate('nothing', { nothingInPlace: true, sectionRed: true }),
    ]);
    expect(plan.firstSteps).toEqual(['nothing', 'red', 'partly']);
  });

  it('puts a critical project before a cheap, risky gap that is not critical', () => {
    const plan = planActions([
      candidate('cheap', { effort: 'quick-win', nothingInPlace: true, sectionRed: true }),
      candidate('critical', { critical: true, effort: 'project', priority: 'medium' }),
    ]);
    expect(plan.firstSteps).toEqual(['critical', 'cheap']);
  });

  it('takes at most five first steps; other critical gaps are still for now', () => {
    const critical = Array.from({ length: 7 }, (_, i) => candidate(`c${i}`, { critical: true }));
    const plan = planActions([
      candidate('low', { priority: 'low', fineTier: 'none' }),
      ...critical,
    ]);
    expect(plan.firstSteps).toHaveLength(5);
    expect(plan.phases.now).toEqual(['c0', 'c1', 'c2', 'c3', 'c4', 'c5', 'c6']);
    expect(plan.phases.later).toEqual(['low']);
  });

  it('fills up to three first steps with whatever ranks next, but no further with low ranks', () => {
    const low = (id: string) =>
      candidate(id, { priority: 'low', fineTier: 'none', effort: 'project' });
    expect(planActions([low('a'), low('b'), low('c'), low('d')]).firstSteps).toEqual([
      'a',
      'b',
      'c',
    ]);
    expect(planActions([low('a')]).firstSteps).toEqual(['a']);
    expect(planActions([]).firstSteps).toEqual([]);
  });

  it('phases: high-priority quick wins now, high or upper tier within 3 months, the rest later', () => {
    const rest = Array.from({ length: 3 }, (_, i) =>
      candidate(`top${i}`, { effort: 'quick-win', nothingInPlace: true }),
    );
    const plan = planActions([
      ...rest,
      candidate('high-project', { effort: 'project', priority: 'high' }),
      candidate('quick-win-high', {
        effort: 'quick-win',
        priority: 'high',
        fineTier: 'none',
      }),
      candidate('upper', { priority: 'medium', effort: 'project' }),
      candidate('medium', { priority: 'medium', fineTier: 'art83-4' }),
    ]);
    expect(plan.phases.now).toContain('quick-win-high');
    expect(plan.phases['within-3-months']).toEqual(['high-project', 'upper']);
    expect(plan.phases.later).toEqual(['medium']);
  });
});

describe('owners that fit the size of the organisation', () => {
  it('suggests the people a small organisation has, below 50 staff', () => {
    expect(suggestedOwner('procurement', 5)).toBe('smallFirmRole.owner-manager');
    expect(suggestedOwner('legal', 49)).toBe('smallFirmRole.owner-manager');
    expect(suggestedOwner('it-security', 12)).toBe('smallFirmRole.it-person');
    // Art. 9 and 24: an employer's sick-leave records are the owner's call, not the bookkeeper's.
    expect(suggestedOwner('hr', 12)).toBe('smallFirmRole.owner-manager');
    expect(suggestedOwner('legal', 50)).toBe('ownerRole.legal');
    // Unknown staff: the departments, as before.
    expect(suggestedOwner('procurement', null)).toBe('ownerRole.procurement');
    expect(suggestedOwner(null, 5)).toBeNull();
  });

  it("Art. 8, 9(2) and 13(2)(f): in a small firm the legal calls on biometrics, children's consent and automated decisions fall to the owner, not the IT or website person", () => {
    const questions = new Map(
      loadShippedQuestionnaire()
        .sections.flatMap((s) => s.questions)
        .map((x) => [x.id, x] as const),
    );
    for (const id of [
      'nl-biometrics',
      'children-consent',
      'nl-parental-consent',
      'automated-decision-information',
    ])
      expect(suggestedOwner(questions.get(id)?.scoring?.owner ?? null, 12), id).toBe(
        'smallFirmRole.owner-manager',
      );
  });

  it('maps every owner role, with texts in English and Dutch', () => {
    for (const role of OwnerRoleSchema.options) {
      const small = SMALL_FIRM_ROLES[role];
      expect(reportEn.smallFirmRole[small], small).toBeTruthy();
      expect(reportNl.smallFirmRole[small], small).toBeTruthy();
    }
  });

  it('gives the 12-person web shop no Legal or Procurement, and the hospital its departments', () => {
    const shop = reports['dutch-webshop']!.actions.map((a) => a.suggestedOwner);
    expect(shop).toContain('smallFirmRole.owner-manager');
    expect(shop.filter((o) => o?.startsWith('ownerRole.'))).toEqual([]);
    const hospital = reports.hospital!.actions.map((a) => a.suggestedOwner);
    expect(hospital).toContain('ownerRole.legal');
    expect(hospital.filter((o) => o?.startsWith('smallFirmRole.'))).toEqual([]);
  });
});
