import fc from 'fast-check';
import { itemVisibility, validateAnswer } from '@/engine/questionnaire/answer-validation';
import type {
  AnswerValue,
  Answers,
  PlainAnswerValue,
  Question,
  Questionnaire,
  RepeatableQuestion,
  RepeatedItem,
} from '@/engine/questionnaire/questionnaire.schema';
import { completeAnswers } from './questionnaires';

/**
 * Generated answers to a whole questionnaire for property tests. One answer is drawn for every
 * question up front (a record keyed by question id), and a walk or `completeAnswers` takes the
 * answers of the questions it meets. So a failure shrinks question by question, towards the
 * first option of each, instead of being a position in a stream of random numbers.
 */

/** An arbitrary answer for one question; it must be valid, or `completeAnswers` never ends. */
export type AnswerArbitrary = (question: Question) => fc.Arbitrary<AnswerValue>;

/** One answer from `answerFor` for every question of `q`, by question id. */
export function answerTable(
  q: Questionnaire,
  answerFor: AnswerArbitrary,
): fc.Arbitrary<Readonly<Record<string, AnswerValue>>> {
  const questions = q.sections.flatMap((s) => s.questions);
  return fc.record(
    Object.fromEntries(questions.map((question) => [question.id, answerFor(question)])),
  );
}

/** Complete answers to `q` on top of `base`: each question that shows up gets its drawn answer. */
export function completedAnswers(
  q: Questionnaire,
  answerFor: AnswerArbitrary,
  base: Answers = {},
): fc.Arbitrary<Answers> {
  return answerTable(q, answerFor).map((table) =>
    completeAnswers(q, base, (question) => table[question.id]!),
  );
}

/**
 * A valid answer: any option; for a multiple choice one exclusive option about one time in six,
 * else a non-empty subset of the others; a number from `numbers` that the question accepts.
 */
export function validAnswer(numbers: readonly number[]): AnswerArbitrary {
  return (question) => {
    switch (question.type) {
      case 'singleChoice':
        return fc.constantFrom(...question.options);
      case 'multiChoice': {
        const ordinary = question.options.filter((o) => !question.exclusive.includes(o));
        const subset = fc.subarray(ordinary, { minLength: 1 });
        if (question.exclusive.length === 0) return subset;
        return fc.oneof(
          { arbitrary: subset, weight: 5 },
          { arbitrary: fc.constantFrom(...question.exclusive).map((o) => [o]), weight: 1 },
        );
      }
      case 'number': {
        const valid = numbers.filter((n) => validateAnswer(question, n) === null);
        if (valid.length === 0) throw new Error(`no number fits ${question.id}`);
        return fc.constantFrom(...valid);
      }
      case 'shortText':
      case 'longText':
        return fc.constant('Acme BV');
      case 'repeatable':
        return itemList(question, validAnswer(numbers));
    }
  };
}

/**
 * One to three items of a group, each answering what it shows with answers from `answerFor`
 * (an item's conditions look only at its earlier questions, so one pass in order finds them).
 */
function itemList(
  group: RepeatableQuestion,
  answerFor: AnswerArbitrary,
): fc.Arbitrary<AnswerValue> {
  const table = fc.record(
    Object.fromEntries(group.questions.map((inner) => [inner.id, answerFor(inner)])),
  ) as fc.Arbitrary<Record<string, PlainAnswerValue>>;
  const item = (id: string) =>
    table.map((drawn): RepeatedItem => {
      const answers: Record<string, PlainAnswerValue> = {};
      for (const inner of group.questions)
        if (itemVisibility(group, answers).questions.get(inner.id))
          answers[inner.id] = drawn[inner.id]!;
      return { id, answers };
    });
  const min = Math.max(group.minItems, 1);
  return fc
    .integer({ min, max: Math.max(min, Math.min(3, group.maxItems)) })
    .chain((n) => fc.tuple(...Array.from({ length: n }, (_, k) => item(`item-${k + 1}`))));
}
