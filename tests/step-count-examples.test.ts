import { describe, expect, it } from 'vitest';
import { possibleSteps, stepCount } from '@/engine/questionnaire/possible-steps';
import { computeVisibility, frozenAnswers } from '@/engine/questionnaire/visibility';
import { exampleFiles, readExample } from './helpers/examples';
import { loadShippedQuestionnaire } from './helpers/questionnaires';

/**
 * Each shipped example walked the way a person fills in the wizard: question by question in the
 * questionnaire's order, on the step that holds the question. After every answer we assert:
 * - the steps already passed stay the same (answering on a step never renumbers it);
 * - no step joins the steps counted, so "steps left" never rises while the person answers;
 * - each step that drops out is really closed: the example's finished path does not hold it;
 * - "steps left" falls by exactly the steps after the current one that dropped out;
 * - the example's finished path is always among the steps counted (the count never promises
 *   fewer steps than there turn out to be).
 * Moving on to the next step may only take steps away as well.
 */
const q = loadShippedQuestionnaire();

describe.each(exampleFiles().filter((f) => f.folder === q.id))('walking $file', ({ path }) => {
  const example = readExample(path);
  const finalPath = computeVisibility(q, example.answers).steps;

  it('keeps the step count honest after every answer', () => {
    // Frozen, as the wizard holds them, so that each set's visibility is worked out once.
    let answers = frozenAnswers({});
    let counted = new Set(possibleSteps(q, answers, q.sections[0]!.id).map((s) => s.stepId));
    const order = q.sections.map((s) => s.id);
    for (const section of q.sections) {
      const onStep = new Set(possibleSteps(q, answers, section.id).map((s) => s.stepId));
      expect(subtract(onStep, counted), `moving on to ${section.id}`).toEqual([]);
      counted = onStep;
      for (const question of section.questions) {
        const value = example.answers[question.id];
        if (value === undefined) continue;
        const before = stepCount(q, answers, section.id);
        answers = frozenAnswers({ ...answers, [question.id]: value });
        const after = stepCount(q, answers, section.id);
        const now = new Set(possibleSteps(q, answers, section.id).map((s) => s.stepId));
        const where = `${section.id}, after ${question.id}`;
        expect(after.passed, where).toBe(before.passed);
        expect(subtract(now, counted), where).toEqual([]);
        const closed = subtract(counted, now);
        expect(
          closed.filter((id) => finalPath.includes(id)),
          where,
        ).toEqual([]);
        const closedAhead = closed.filter((id) => order.indexOf(id) > order.indexOf(section.id));
        expect(after.left, where).toBe(before.left - closedAhead.length);
        expect(subtract(new Set(finalPath), now), where).toEqual([]);
        counted = now;
      }
    }
  });

  it('counts exactly the finished path once every answer is in', () => {
    expect(possibleSteps(q, example.answers, null)).toEqual(
      finalPath.map((stepId) => ({ stepId, certain: true })),
    );
  });
});

const subtract = (a: ReadonlySet<string>, b: ReadonlySet<string>) =>
  [...a].filter((x) => !b.has(x));
