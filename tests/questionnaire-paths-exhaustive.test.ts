import { beforeAll, describe, expect, it } from 'vitest';
import { createActor, type Snapshot } from 'xstate';
import { validateAnswer } from '@/engine/questionnaire/answer-validation';
import { evaluateCondition } from '@/engine/questionnaire/conditions';
import type { AnswerValue, Condition, Question } from '@/engine/questionnaire/questionnaire.schema';
import { computeVisibility } from '@/engine/questionnaire/visibility';
import { wizardMachine, type WizardInput } from '@/engine/wizard/wizard.machine';
import { loadFixtureQuestionnaire, plainAnswer } from './helpers/questionnaires';

/**
 * Walks every path through the branching fixture (flags, a section condition,
 * an exit, every question type) with the real wizard; the shipped
 * questionnaire is too large to enumerate and gets generated walks instead
 * (questionnaire-walks.test.ts):
 * at each step every combination of answers to its visible questions, then
 * step.next, and on an exit screen both "stop here" and exit.continue.
 *
 * The walk goes question by question and memoises on the position plus the
 * truth of every condition leaf that can still matter (leaves of later
 * show-conditions, of the flags they use, and of the exits), evaluated on the
 * effective answers. Two positions with the same key behave the same from
 * there on, so the walk stays exhaustive over the decisive answers while
 * every combination is still counted.
 */

const q = loadFixtureQuestionnaire('branching');
const machine = wizardMachine.provide({ actions: { navigate: () => {} } });
const input: WizardInput = { questionnaire: q, requestedLocation: { screen: 'intro' } };
const resume = (snapshot: Snapshot<unknown>) => createActor(machine, { snapshot, input }).start();
type WizardActor = ReturnType<typeof resume>;

type Leaf = Extract<Condition, { question: string }>;
const sectionIndex = new Map(q.sections.map((s, i) => [s.id, i]));

function collectLeaves(
  condition: Condition | undefined,
  out: Leaf[],
  flags = new Set<string>(),
): Leaf[] {
  if (!condition) return out;
  if ('all' in condition) condition.all.forEach((c) => collectLeaves(c, out, flags));
  else if ('any' in condition) condition.any.forEach((c) => collectLeaves(c, out, flags));
  else if ('not' in condition) collectLeaves(condition.not, out, flags);
  else if ('flag' in condition) {
    if (!flags.has(condition.flag)) {
      flags.add(condition.flag);
      collectLeaves(q.flags[condition.flag], out, flags);
    }
  } else if ('question' in condition) out.push(condition);
  return out;
}

/** Leaves that can still change what happens from question `k` of section `s` on. */
const relevantLeaves = new Map<string, Leaf[]>();
function leavesFrom(s: number, k: number): Leaf[] {
  const id = `${s}/${k}`;
  let leaves = relevantLeaves.get(id);
  if (!leaves) {
    leaves = [];
    const flags = new Set<string>();
    q.sections[s]!.questions.slice(k).forEach((question) =>
      collectLeaves(question.showIf, leaves!, flags),
    );
    for (const section of q.sections.slice(s + 1)) {
      collectLeaves(section.showIf, leaves, flags);
      section.questions.forEach((question) => collectLeaves(question.showIf, leaves!, flags));
    }
    q.exits.forEach((exit) => collectLeaves(exit.when, leaves!, flags));
    relevantLeaves.set(id, leaves);
  }
  return leaves;
}

const allLeaves = [
  ...Object.values(q.flags),
  ...q.exits.map((e) => e.when),
  ...q.sections.flatMap((s) => [s.showIf, ...s.questions.map((question) => question.showIf)]),
].flatMap((c) => collectLeaves(c, []));

/** The answers tried for a question: see the brief in the file comment. */
function domain(question: Question): (AnswerValue | undefined)[] {
  const leaves = allLeaves.filter((leaf) => leaf.question === question.id);
  let values: AnswerValue[];
  switch (question.type) {
    case 'singleChoice':
      values = [...question.options];
      break;
    case 'multiChoice': {
      const referenced = leaves.flatMap((l) =>
        'equals' in l ? [String(l.equals)] : 'in' in l ? l.in : [],
      );
      const combinable = question.options.filter((o) => !question.exclusive.includes(o));
      values = [
        [question.options[0]!],
        ...referenced.map((o) => [o]),
        ...question.exclusive.map((o) => [o]),
        ...(combinable.length > 1 ? [combinable] : []),
      ];
      break;
    }
    case 'number': {
      const thresholds = leaves.flatMap((l) =>
        [
          'equals' in l ? l.equals : undefined,
          ...(['gt', 'gte', 'lt', 'lte'] as const).map((op) =>
            op in l ? (l as Record<string, unknown>)[op] : undefined,
          ),
        ]
          .filter((v): v is number => typeof v === 'number')
          .flatMap((t) => [t - 1, t, t + 1]),
      );
      values = [
        question.min ?? 0,
        ...thresholds,
        ...(question.max !== undefined ? [question.max] : []),
      ];
      values = values.filter((v) => validateAnswer(question, v) === null);
      break;
    }
    case 'shortText':
    case 'longText':
      values = ['Example Ltd'];
      break;
    case 'repeatable':
      values = [plainAnswer(question)];
  }
  const unique = [...new Map(values.map((v) => [JSON.stringify(v), v])).values()];
  return question.required ? unique : [undefined, ...unique];
}

interface Counts {
  review: number;
  exit: number;
}
const add = (a: Counts, b: Counts) => {
  a.review += b.review;
  a.exit += b.exit;
};

const memo = new Map<string, Counts>();
const reachedQuestions = new Set<string>();
const reachedSteps = new Set<string>();
const reachedExits = new Set<string>();
const triedValues: { question: Question; value: AnswerValue }[] = [];
const problems: string[] = [];
let total: Counts = { review: 0, exit: 0 };

const describeAnswers = (actor: WizardActor) => JSON.stringify(actor.getSnapshot().context.answers);

/** Explores from question `k` of section `s`, the actor being on that step. */
function explore(actor: WizardActor, s: number, k: number): Counts {
  const { answers, overriddenExits } = actor.getSnapshot().context;
  const visibility = computeVisibility(q, answers);
  if (visibility.steps.length < 1) problems.push(`no visible step for ${describeAnswers(actor)}`);
  const section = q.sections[s]!;
  let next = k;
  while (next < section.questions.length && !visibility.questions.get(section.questions[next]!.id))
    next += 1;
  const bits = leavesFrom(s, next)
    .map((leaf) => (evaluateCondition(leaf, visibility.effectiveAnswers, () => false) ? 1 : 0))
    .join('');
  const key = `${s}/${next}/${overriddenExits.join(',')}/${bits}`;
  const known = memo.get(key);
  if (known) return known;

  let counts: Counts = { review: 0, exit: 0 };
  if (next === section.questions.length) {
    counts = finishStep(actor, s);
  } else {
    const question = section.questions[next]!;
    reachedQuestions.add(question.id);
    const snapshot = actor.getPersistedSnapshot();
    for (const value of domain(question)) {
      const child = resume(snapshot);
      if (value !== undefined) {
        triedValues.push({ question, value });
        child.send({ type: 'answer.set', questionId: question.id, value });
      }
      add(counts, explore(child, s, next + 1));
    }
  }
  memo.set(key, counts);
  return counts;
}

/** Enters a step: checks it is visible and that step.next is refused while it is empty. */
function enterStep(actor: WizardActor, from: number): Counts {
  const { stepId, answers } = actor.getSnapshot().context;
  const index = sectionIndex.get(stepId ?? '');
  if (index === undefined || index <= from) {
    problems.push(
      `moved from ${q.sections[from]!.id} to ${String(stepId)}, not forward, with ${describeAnswers(actor)}`,
    );
    return { review: 0, exit: 0 };
  }
  reachedSteps.add(stepId!);
  if (!computeVisibility(q, answers).steps.includes(stepId!))
    problems.push(`entered hidden step ${stepId!}`);
  // A step with a required question must hold the person until it is answered.
  const hasRequired = q.sections[index]!.questions.some(
    (x) => x.required && computeVisibility(q, answers).questions.get(x.id),
  );
  const probe = resume(actor.getPersistedSnapshot());
  probe.send({ type: 'step.next' });
  const held =
    probe.getSnapshot().matches('answering') && probe.getSnapshot().context.stepId === stepId;
  if (hasRequired && !held) problems.push(`step.next left the unanswered step ${stepId!}`);
  return explore(actor, index, 0);
}

function finishStep(actor: WizardActor, s: number): Counts {
  const stepId = q.sections[s]!.id;
  actor.send({ type: 'step.next' });
  const snapshot = actor.getSnapshot();
  if (snapshot.matches('review')) {
    const done = resume(actor.getPersistedSnapshot());
    done.send({ type: 'assessment.complete' });
    if (!done.getSnapshot().matches('complete'))
      problems.push(`review after ${stepId} could not be completed`);
    return { review: 1, exit: 0 };
  }
  if (snapshot.matches('exit')) {
    reachedExits.add(snapshot.context.exitId ?? '');
    const counts: Counts = { review: 0, exit: 1 };
    const continued = resume(actor.getPersistedSnapshot());
    continued.send({ type: 'exit.continue' });
    if (continued.getSnapshot().matches('review')) add(counts, { review: 1, exit: 0 });
    else if (continued.getSnapshot().matches('answering')) add(counts, enterStep(continued, s));
    else
      problems.push(
        `exit.continue after ${stepId} went to ${JSON.stringify(continued.getSnapshot().value)}`,
      );
    return counts;
  }
  if (snapshot.matches('answering') && snapshot.context.stepId !== stepId)
    return enterStep(actor, s);
  problems.push(`stuck on complete step ${stepId} with ${describeAnswers(actor)}`);
  return { review: 0, exit: 0 };
}

describe('every path through the branching fixture', () => {
  beforeAll(() => {
    const start = performance.now();
    const actor = createActor(machine, { input }).start();
    actor.send({ type: 'assessment.start' });
    const first = actor.getSnapshot().context.stepId;
    reachedSteps.add(first ?? '');
    total = explore(actor, sectionIndex.get(first ?? '') ?? -1, 0);
    console.log(
      `questionnaire-paths: ${(total.review + total.exit).toLocaleString('en')} paths ` +
        `(${total.review.toLocaleString('en')} to review, ${total.exit.toLocaleString('en')} to an exit), ` +
        `${memo.size} distinct states explored in ${Math.round(performance.now() - start)} ms`,
    );
  }, 60_000);

  it('starts at the first section', () => {
    expect([...reachedSteps][0]).toBe(q.sections[0]!.id);
  });

  it('ends every path in review or on an exit screen, and explores some of each', () => {
    expect(total.review).toBeGreaterThan(0);
    expect(total.exit).toBeGreaterThan(0);
    expect(memo.size).toBeGreaterThan(q.sections.length);
  });

  it('never gets stuck, never moves backwards or into a hidden step, and always shows a step', () => {
    expect(problems).toEqual([]);
  });

  it('reaches every section, question and exit on some path', () => {
    expect([...reachedSteps].sort()).toEqual(q.sections.map((s) => s.id).sort());
    expect([...reachedQuestions].sort()).toEqual(
      q.sections.flatMap((s) => s.questions.map((question) => question.id)).sort(),
    );
    expect([...reachedExits].sort()).toEqual(q.exits.map((e) => e.id).sort());
  });

  it('tries only answers the questions accept', () => {
    const invalid = triedValues.filter(
      ({ question, value }) => validateAnswer(question, value) !== null,
    );
    expect(invalid).toEqual([]);
    expect(triedValues.length).toBeGreaterThan(0);
  });
});
