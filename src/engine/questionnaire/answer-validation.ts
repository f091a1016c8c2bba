import { evaluateCondition } from './conditions';
import { isEmptyAnswer, isItemList } from './answer-value';
import type {
  AnswerValue,
  Answers,
  PlainAnswerValue,
  PlainQuestion,
  Question,
  Questionnaire,
  RepeatableQuestion,
} from './questionnaire.schema';
import type { Visibility } from './visibility';

/** Why a plain question's answer is not acceptable. */
export type PlainAnswerError =
  | { code: 'required' }
  | { code: 'wrongType' }
  | { code: 'notInteger' }
  | { code: 'tooSmall'; min: number }
  | { code: 'tooLarge'; max: number }
  | { code: 'tooLong'; max: number }
  | { code: 'unknownOption'; option: string }
  | { code: 'exclusiveCombined'; option: string };

/** Why an answer is not acceptable; the UI turns each code into a translated message. */
export type AnswerError =
  | PlainAnswerError
  | { code: 'tooFewItems'; min: number }
  | { code: 'tooManyItems'; max: number }
  /** Item `item` (counted from 0) leaves `question` unanswered or answers it wrongly. */
  | { code: 'itemIncomplete'; item: number; question: string; error: PlainAnswerError };

/**
 * Checks one answer against its question. `undefined` means unanswered.
 * The same check guards the wizard's "next" and drives the form's messages,
 * so the two can never disagree.
 */
export function validateAnswer(
  question: Question,
  value: AnswerValue | undefined,
): AnswerError | null {
  if (question.type === 'repeatable') return validateItems(question, value);
  return validatePlainAnswer(question, value);
}

function validatePlainAnswer(
  question: PlainQuestion,
  value: AnswerValue | undefined,
): PlainAnswerError | null {
  if (isEmptyAnswer(value)) return question.required ? { code: 'required' } : null;

  switch (question.type) {
    case 'singleChoice':
      if (typeof value !== 'string') return { code: 'wrongType' };
      return question.options.includes(value) ? null : { code: 'unknownOption', option: value };
    case 'multiChoice': {
      if (!Array.isArray(value) || !value.every((v) => typeof v === 'string'))
        return { code: 'wrongType' };
      if (new Set(value).size !== value.length) return { code: 'wrongType' };
      const unknown = value.find((v) => !question.options.includes(v));
      if (unknown !== undefined) return { code: 'unknownOption', option: unknown };
      const exclusive = value.find((v) => question.exclusive.includes(v));
      return exclusive !== undefined && value.length > 1
        ? { code: 'exclusiveCombined', option: exclusive }
        : null;
    }
    case 'number':
      if (typeof value !== 'number' || !Number.isFinite(value)) return { code: 'wrongType' };
      if (question.integer && !Number.isInteger(value)) return { code: 'notInteger' };
      if (question.min !== undefined && value < question.min)
        return { code: 'tooSmall', min: question.min };
      if (question.max !== undefined && value > question.max)
        return { code: 'tooLarge', max: question.max };
      return null;
    case 'shortText':
    case 'longText':
      if (typeof value !== 'string') return { code: 'wrongType' };
      return value.length > question.maxLength
        ? { code: 'tooLong', max: question.maxLength }
        : null;
  }
}

/** A list of items with distinct ids, as many as the group allows, each answering what it shows. */
function validateItems(
  group: RepeatableQuestion,
  value: AnswerValue | undefined,
): AnswerError | null {
  if (isEmptyAnswer(value))
    return group.required || group.minItems > 0 ? { code: 'required' } : null;
  if (!isItemList(value)) return { code: 'wrongType' };
  if (new Set(value.map((item) => item.id)).size !== value.length) return { code: 'wrongType' };
  if (value.length < group.minItems) return { code: 'tooFewItems', min: group.minItems };
  if (value.length > group.maxItems) return { code: 'tooManyItems', max: group.maxItems };
  for (const [item, { answers }] of value.entries()) {
    const { questions } = itemVisibility(group, answers);
    for (const question of group.questions) {
      if (!questions.get(question.id)) continue;
      const error = validatePlainAnswer(question, answers[question.id]);
      if (error) return { code: 'itemIncomplete', item, question: question.id, error };
    }
  }
  return null;
}

/** What one item of a repeatable group shows, and its answers that count. */
export interface ItemVisibility {
  readonly questions: ReadonlyMap<string, boolean>;
  /** Answers of the item's shown questions that are valid; the others never count. */
  readonly effectiveAnswers: Readonly<Record<string, PlainAnswerValue>>;
}

/**
 * Walks a group's questions in order for one item, as the questionnaire is walked for the whole:
 * a question's condition sees the item's effective answers before it (and nothing else).
 */
export function itemVisibility(
  group: RepeatableQuestion,
  answers: Readonly<Record<string, PlainAnswerValue>>,
): ItemVisibility {
  const effective: Record<string, PlainAnswerValue> = {};
  const questions = new Map<string, boolean>();
  for (const question of group.questions) {
    const shown = !question.showIf || evaluateCondition(question.showIf, effective, noFlags);
    questions.set(question.id, shown);
    const value = answers[question.id];
    if (shown && !isEmptyAnswer(value) && validatePlainAnswer(question, value) === null)
      effective[question.id] = value;
  }
  return { questions, effectiveAnswers: effective };
}

// The parser refuses flags inside an item: they describe the whole organisation.
const noFlags = () => false;

/** Errors of the visible questions of one step, keyed by question id; empty when the step is complete. */
export function validateStep(
  q: Questionnaire,
  stepId: string,
  answers: Answers,
  visibility: Visibility,
): Record<string, AnswerError> {
  const errors: Record<string, AnswerError> = {};
  const section = q.sections.find((s) => s.id === stepId);
  for (const question of section?.questions ?? []) {
    if (!visibility.questions.get(question.id)) continue;
    const error = validateAnswer(question, answers[question.id]);
    if (error) errors[question.id] = error;
  }
  return errors;
}
