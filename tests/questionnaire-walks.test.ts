import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import type { AnswerValue } from '@/engine/questionnaire/questionnaire.schema';
import { computeVisibility } from '@/engine/questionnaire/visibility';
import { wizardMachine } from '@/engine/wizard/wizard.machine';
import { answerTable, validAnswer } from './helpers/answer-arbitraries';
import { loadShippedQuestionnaire } from './helpers/questionnaires';

/**
 * The shipped questionnaire is too large to enumerate (see questionnaire-paths-exhaustive for the
 * exhaustive walk over a fixture), so fast-check generates whole walks through the real wizard:
 * every visible question gets a random valid answer, numbers near the thresholds conditions use,
 * and on an exit screen the person stops or continues.
 */
const q = loadShippedQuestionnaire();
const machine = wizardMachine.provide({ actions: { navigate: () => {} } });
const NUMBERS = [0, 1, 20, 49, 50, 249, 250, 251, 1000, 600_000_000];

/** The choices of one walk, drawn up front so that a failing walk shrinks choice by choice. */
interface WalkPlan {
  /** The answer each question gets if the walk shows it. */
  readonly answers: Readonly<Record<string, AnswerValue>>;
  /** Optional questions the person leaves empty. */
  readonly skips: Readonly<Record<string, boolean>>;
  /** Exit screens the person stops at, rather than continue past. */
  readonly stops: Readonly<Record<string, boolean>>;
}

const byId = <T>(ids: readonly string[], arbitrary: fc.Arbitrary<T>) =>
  fc.record(Object.fromEntries(ids.map((id) => [id, arbitrary])));
const optional = q.sections.flatMap((s) => s.questions).filter((x) => !x.required);
const walkPlan: fc.Arbitrary<WalkPlan> = fc.record({
  answers: answerTable(q, validAnswer(NUMBERS)),
  // About one optional question in four is left empty.
  skips: byId(
    optional.map((x) => x.id),
    fc.nat(3).map((n) => n === 0),
  ),
  stops: byId(
    q.exits.map((e) => e.id),
    fc.boolean(),
  ),
});

interface Walk {
  readonly end: 'review' | 'exit';
  readonly shown: ReadonlySet<string>;
  readonly steps: number;
  readonly problem: string | null;
}

function walk(plan: WalkPlan): Walk {
  const actor = createActor(machine, {
    input: { questionnaire: q, requestedLocation: { screen: 'intro' } },
  }).start();
  actor.send({ type: 'assessment.start' });
  const shown = new Set<string>();
  for (let steps = 0; steps <= q.sections.length + 2; steps++) {
    const snapshot = actor.getSnapshot();
    if (snapshot.matches('review')) {
      actor.send({ type: 'assessment.complete' });
      const done = actor.getSnapshot().matches('complete');
      return {
        end: 'review',
        shown,
        steps,
        problem: done ? null : 'review could not be completed',
      };
    }
    if (snapshot.matches('exit')) {
      if (plan.stops[snapshot.context.exitId!]) return { end: 'exit', shown, steps, problem: null };
      actor.send({ type: 'exit.continue' });
      continue;
    }
    if (!snapshot.matches('answering'))
      return {
        end: 'exit',
        shown,
        steps,
        problem: `unexpected state ${JSON.stringify(snapshot.value)}`,
      };
    const stepId = snapshot.context.stepId!;
    const section = q.sections.find((s) => s.id === stepId)!;
    // Questions inside a step can depend on earlier answers in the same step, so look again after each answer.
    for (const question of section.questions) {
      const visible = computeVisibility(q, actor.getSnapshot().context.answers).questions.get(
        question.id,
      );
      if (!visible) continue;
      shown.add(question.id);
      if (plan.skips[question.id]) continue;
      actor.send({
        type: 'answer.set',
        questionId: question.id,
        value: plan.answers[question.id]!,
      });
    }
    actor.send({ type: 'step.next' });
    const after = actor.getSnapshot();
    if (after.matches('answering') && after.context.stepId === stepId)
      return { end: 'exit', shown, steps, problem: `stuck on complete step ${stepId}` };
    if (
      after.matches('answering') &&
      q.sections.findIndex((s) => s.id === after.context.stepId) <= q.sections.indexOf(section)
    )
      return {
        end: 'exit',
        shown,
        steps,
        problem: `moved backwards from ${stepId} to ${after.context.stepId}`,
      };
  }
  return { end: 'exit', shown, steps: Infinity, problem: 'more steps than sections' };
}

describe('generated walks through the shipped questionnaire', () => {
  it('end in review (which completes) or on an exit screen, never stuck or going backwards', () => {
    const ends = { review: 0, exit: 0 };
    fc.assert(
      fc.property(walkPlan, (plan) => {
        const result = walk(plan);
        ends[result.end] += 1;
        expect(result.problem).toBeNull();
      }),
      { numRuns: 400, seed: 20261128 },
    );
    expect(ends.review).toBeGreaterThan(0);
    expect(ends.exit).toBeGreaterThan(0);
    // 400 walks take over a minute on a loaded two-core machine: the margin is wide.
  }, 300_000);

  it('show every question of the questionnaire on some walk', () => {
    // Coverage of a fixed sample: there is no single failing walk to shrink to.
    const seen = new Set(
      fc
        .sample(walkPlan, { numRuns: 400, seed: 20261128 })
        .flatMap((plan) => [...walk(plan).shown]),
    );
    const missing = q.sections
      .flatMap((s) => s.questions.map((x) => x.id))
      .filter((id) => !seen.has(id));
    expect(missing).toEqual([]);
  }, 300_000);
});
