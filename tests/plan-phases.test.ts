import { describe, expect, it } from 'vitest';
import { planActions, type PlanCandidate } from '@/report/first-steps';

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
