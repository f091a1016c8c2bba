import { isEmptyAnswer, isOptionList } from './answer-value';
import { validateAnswer, type AnswerError } from './answer-validation';
import { z } from '../zod';
import {
  AnswerValueSchema,
  RepeatedItemSchema,
  type PlainQuestion,
  type Question,
  type QuestionType,
  type Questionnaire,
  type RepeatableQuestion,
} from './questionnaire.schema';

/**
 * Why one answer in a file does not fit its questionnaire. The codes that
 * {@link validateAnswer} knows keep its name and details; the others say what
 * a file can get wrong that a form cannot (an id no question has, a value of
 * the wrong kind, an option chosen twice).
 */
export type AnswerMismatch =
  /** No question of the questionnaire has this id. */
  | { readonly code: 'unknownQuestion' }
  /** A single-choice question holds something other than one option id (a list, say). */
  | { readonly code: 'expectedOption' }
  /** A multiple-choice question holds something other than a list of option ids. */
  | { readonly code: 'expectedOptions' }
  | { readonly code: 'expectedNumber' }
  | { readonly code: 'expectedText' }
  /** A repeatable group holds something other than a list of items with distinct ids. */
  | { readonly code: 'expectedItems' }
  /** The same option twice in one multiple-choice answer. */
  | { readonly code: 'duplicateOption'; readonly option: string }
  /** A text longer than the question allows; `length` is the text's own. */
  | { readonly code: 'tooLong'; readonly max: number; readonly length: number }
  | Readonly<
      Exclude<
        AnswerError,
        { code: 'required' | 'wrongType' | 'tooLong' | 'tooFewItems' | 'itemIncomplete' }
      >
    >;

/** The machine-readable name of a mismatch; messages are keyed by it. */
export type AnswerMismatchCode = AnswerMismatch['code'];

/** Every mismatch code, for tests and for checking that each has a message. */
export const ANSWER_MISMATCH_CODES = [
  'unknownQuestion',
  'expectedOption',
  'expectedOptions',
  'expectedNumber',
  'expectedText',
  'expectedItems',
  'duplicateOption',
  'unknownOption',
  'exclusiveCombined',
  'notInteger',
  'tooSmall',
  'tooLarge',
  'tooLong',
  'tooManyItems',
] as const satisfies readonly AnswerMismatchCode[];

// Fails to compile when a code is added to AnswerMismatch but not to the list above.
type Missing = Exclude<AnswerMismatchCode, (typeof ANSWER_MISMATCH_CODES)[number]>;
const _complete: Missing extends never ? true : never = true;
void _complete;

/** One answer that does not fit, where it is and what it holds. */
export type AnswerProblem = AnswerMismatch & {
  /** The key of the answer: a question id, or what the file has in its place. */
  readonly questionId: string;
  /** Where the answer sits in the file, for `jsonPath`: the caller's prefix, then the key. */
  readonly path: readonly PropertyKey[];
  /** The value as the file holds it; it can be anything, so show it with care. */
  readonly value: unknown;
};

/** How {@link checkAnswers} writes the paths of what it finds. */
export interface CheckAnswersOptions {
  /** Where the answers object sits in the file, such as `['answers']`; default: the root. */
  readonly path?: readonly PropertyKey[];
}

const EXPECTED = {
  singleChoice: 'expectedOption',
  multiChoice: 'expectedOptions',
  number: 'expectedNumber',
  shortText: 'expectedText',
  longText: 'expectedText',
  repeatable: 'expectedItems',
} as const satisfies Record<QuestionType, AnswerMismatchCode>;

/**
 * Lists every answer that does not fit the questionnaire, in the order of the
 * file: ids no question has, values of the wrong kind, options a question does
 * not have, numbers out of range or not whole where a whole number is asked,
 * texts over the question's length. An empty list means every answer fits.
 *
 * The answers come as read from a file (`unknown` values), so nothing is
 * assumed about them. Two things are deliberately not problems: an empty or
 * blank answer (it counts as unanswered everywhere), and an answer to a
 * question that is hidden by other answers (visibility changes as a person
 * answers, and the wizard keeps such answers). Missing answers are not checked
 * either: a file may hold an assessment that is not finished (so a group with fewer items than
 * it asks for, or an item not complete, is fine too). The answers inside a group's items are
 * checked like the others, each at its own path.
 *
 * @example
 * checkAnswers(q, { employees: 2.5, 'no-such': 'yes' }, { path: ['answers'] });
 * // [{ code: 'notInteger', questionId: 'employees', path: ['answers', 'employees'], value: 2.5 },
 * //  { code: 'unknownQuestion', questionId: 'no-such', path: ['answers', 'no-such'], value: 'yes' }]
 */
export function checkAnswers(
  questionnaire: Questionnaire,
  answers: Readonly<Record<string, unknown>>,
  options: CheckAnswersOptions = {},
): AnswerProblem[] {
  const prefix = options.path ?? [];
  const questions = new Map<string, Question>(
    questionnaire.sections.flatMap((s) => s.questions).map((q) => [q.id, q]),
  );
  const problems: AnswerProblem[] = [];
  for (const [questionId, value] of Object.entries(answers)) {
    const question = questions.get(questionId);
    const path = [...prefix, questionId];
    if (question?.type === 'repeatable') {
      problems.push(...groupProblems(question, value, path));
      continue;
    }
    const mismatch = question ? checkValue(question, value) : { code: 'unknownQuestion' as const };
    if (mismatch) problems.push({ ...mismatch, questionId, path, value });
  }
  return problems;
}

const ItemListSchema = z.array(RepeatedItemSchema);

/** The problems of a group's answer: its list, then each item's answers at their own paths. */
function groupProblems(
  group: RepeatableQuestion,
  value: unknown,
  path: readonly PropertyKey[],
): AnswerProblem[] {
  const at = (mismatch: AnswerMismatch) => [{ ...mismatch, questionId: group.id, path, value }];
  const parsed = ItemListSchema.safeParse(value);
  if (!parsed.success || new Set(parsed.data.map((item) => item.id)).size !== parsed.data.length)
    return at({ code: 'expectedItems' });
  if (parsed.data.length > group.maxItems) return at({ code: 'tooManyItems', max: group.maxItems });
  const inner = new Map<string, PlainQuestion>(group.questions.map((q) => [q.id, q]));
  return parsed.data.flatMap((item, n) =>
    Object.entries(item.answers).flatMap(([questionId, answer]): AnswerProblem[] => {
      const question = inner.get(questionId);
      const mismatch = question
        ? checkValue(question, answer)
        : { code: 'unknownQuestion' as const };
      return mismatch
        ? [{ ...mismatch, questionId, path: [...path, n, 'answers', questionId], value: answer }]
        : [];
    }),
  );
}

/** Why `value` does not fit `question`, or null when it does (or is no answer at all). */
function checkValue(question: Question, value: unknown): AnswerMismatch | null {
  const parsed = AnswerValueSchema.safeParse(value);
  if (!parsed.success) return { code: EXPECTED[question.type] };
  const answer = parsed.data;
  if (isEmptyAnswer(answer)) return null;
  const error = validateAnswer(question, answer);
  if (error === null) return null;
  switch (error.code) {
    case 'required':
      // Only an empty answer is "required", and that was let through above.
      return null;
    case 'wrongType':
      // validateAnswer also calls an option chosen twice a wrong type; say which one.
      if (question.type === 'multiChoice' && isOptionList(answer)) {
        const twice = answer.find((option, i) => answer.indexOf(option) !== i);
        if (twice !== undefined) return { code: 'duplicateOption', option: twice };
      }
      return { code: EXPECTED[question.type] };
    case 'tooLong':
      return { ...error, length: typeof answer === 'string' ? answer.length : 0 };
    case 'tooFewItems':
    case 'itemIncomplete':
      // Groups are checked by groupProblems, which lets an unfinished list through.
      return null;
    default:
      return error;
  }
}
