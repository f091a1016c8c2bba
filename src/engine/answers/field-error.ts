import { validateAnswer, type AnswerError } from '../questionnaire/answer-validation';
import type { NumberInputRefusal } from '../questionnaire/number-input';
import type { Language, Question } from '../questionnaire/questionnaire.schema';
import { toAnswer, type FieldValue } from './field-value';

/** Why a field's value cannot be kept: an answer's error, or why its text is no number. */
export type FieldError =
  | AnswerError
  | { code: 'notANumber' }
  | { code: 'numberSeparators'; readings: readonly number[] }
  | { code: 'numberGrouping' };

function refusalError(refusal: NumberInputRefusal): FieldError {
  switch (refusal.problem) {
    case 'empty':
      return { code: 'required' };
    case 'not-a-number':
      return { code: 'notANumber' };
    case 'not-integer':
      return { code: 'notInteger' };
    case 'bad-grouping':
      return { code: 'numberGrouping' };
    case 'ambiguous-separator':
      return { code: 'numberSeparators', readings: refusal.readings };
  }
}

/** What is wrong with a field's value, by the same rules the machine checks answers with. */
export function fieldError(
  question: Question,
  field: FieldValue | undefined,
  language: Language,
): FieldError | null {
  const read = toAnswer(question, field, language);
  if (read.refused) return refusalError(read.refusal);
  return validateAnswer(question, read.answer ?? undefined);
}
