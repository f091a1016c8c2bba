import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createActor } from 'xstate';
import { validateAnswer } from '@/engine/questionnaire/answer-validation';
import type { AnswerValue, Question } from '@/engine/questionnaire/questionnaire.schema';
import { computeVisibility } from '@/engine/questionnaire/visibility';
import { wizardMachine } from '@/engine/wizard/wizard.machine';
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

type Pick = (n: number) => number;

function randomAnswer(question: Question, pick: Pick): AnswerValue {
  switch (question.type) {
    case 'singleChoice':
      return question.options[pick(question.options.length)]!;
    case 'multiChoice': {
      const exclusive = question.exclusive.filter(() => pick(8) === 0).slice(0, 1);
      if (exclusive.length) return exclusive;
      const ordinary = question.options.filter((o) => !question.exclusive.includes(o));
      const chosen = ordinary.filter(() => pick(3) === 0);
      return chosen.length > 0 ? chosen : [ordinary[pick(ordinary.length)]!];
    }
    case 'number': {
      const candidates = NUMBERS.filter((n) => validateAnswer(question, n) === null);
      return candidates[pick(candidates.length)]!;
    }
    case 'shortText':
    case 'longText':
      return 'Walk BV';
  }
}

interface Walk {
  readonly end: 'review' | 'exit';
  readonly shown: ReadonlySet<string>;
  readonly steps: number;
  readonly problem: string | null;
}

function walk(pick: Pick): Walk {
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
      if (pick(2) === 0) return { end: 'exit', shown, steps, problem: null };
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
      if (!question.required && pick(4) === 0) continue;
      actor.send({
        type: 'answer.set',
        questionId: question.id,
        value: randomAnswer(question, pick),
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
  const seen = new Set<string>();
  const ends = { review: 0, exit: 0 };

  it('end in review (which completes) or on an exit screen, never stuck or going backwards', () => {
    fc.assert(
      fc.property(fc.infiniteStream(fc.nat()), (stream) => {
        const iterator = stream[Symbol.iterator]();
        const result = walk((n) => iterator.next().value! % n);
        result.shown.forEach((id) => seen.add(id));
        ends[result.end] += 1;
        expect(result.problem).toBeNull();
      }),
      { numRuns: 400, seed: 20261128 },
    );
    expect(ends.review).toBeGreaterThan(0);
    expect(ends.exit).toBeGreaterThan(0);
  }, 60_000);

  it('show every question of the questionnaire on some walk', () => {
    const missing = q.sections
      .flatMap((s) => s.questions.map((x) => x.id))
      .filter((id) => !seen.has(id));
    expect(missing).toEqual([]);
  });
});
