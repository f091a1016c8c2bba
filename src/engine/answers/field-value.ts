import {
  formatNumberForInput,
  parseNumberInput,
  type NumberInputRefusal,
} from '../questionnaire/number-input';
import { isItemList, isOptionList } from '../questionnaire/answer-value';
import type {
  AnswerValue,
  Language,
  Question,
  RepeatedItem,
} from '../questionnaire/questionnaire.schema';

/**
 * What a form field holds: the raw text or the chosen option ids, before it becomes an answer,
 * or a repeatable group's items (whose answers are read as they are typed).
 */
export type FieldValue = string | string[] | RepeatedItem[];

/** What a field shows for a saved answer: numbers are written the way the interface language writes them. */
export function toFieldValue(
  question: Question,
  answer: AnswerValue | undefined,
  language: Language,
): FieldValue {
  if (question.type === 'repeatable') return isItemList(answer) ? answer : [];
  if (question.type === 'multiChoice') return isOptionList(answer) ? answer : [];
  if (answer === undefined || Array.isArray(answer)) return '';
  return typeof answer === 'number' ? formatNumberForInput(answer, language) : answer;
}

/** What a field holds: an answer (null when empty), or the reason a number field's text is refused. */
export type FieldAnswer =
  | { readonly refused: false; readonly answer: AnswerValue | null }
  | { readonly refused: true; readonly refusal: NumberInputRefusal; readonly text: string };

/**
 * Reads a field the way the interface language writes numbers ({@link parseNumberInput} is the
 * one number rule); a refused number is never saved as one. Blank text is no answer.
 */
export function toAnswer(
  question: Question,
  field: FieldValue | undefined,
  language: Language,
): FieldAnswer {
  if (Array.isArray(field)) return { refused: false, answer: field.length > 0 ? field : null };
  if (field === undefined || field.trim() === '') return { refused: false, answer: null };
  if (question.type !== 'number') return { refused: false, answer: field };
  const read = parseNumberInput(field, language, { integer: question.integer });
  return read.ok
    ? { refused: false, answer: read.value }
    : { refused: true, refusal: read, text: field };
}
