import type { AnswerValue, Question } from '@/engine/questionnaire/questionnaire.schema';
import type { FieldValue } from './question-props';

/**
 * Whole numbers may be typed with spaces, dots or commas as thousands
 * separators ("1.000.000" in Dutch, "1,000,000" in English).
 */
export function parseNumberInput(raw: string, integer: boolean): number | null {
  const trimmed = raw.trim();
  if (trimmed === '') return null;
  const normalised = integer
    ? trimmed.replace(/[\s.,'_]/g, '')
    : trimmed.replace(/\s/g, '').replace(',', '.');
  if (!/^-?\d+(\.\d+)?$/.test(normalised)) return Number.NaN;
  return Number(normalised);
}

export function toFieldValue(question: Question, answer: AnswerValue | undefined): FieldValue {
  if (question.type === 'multiChoice') return Array.isArray(answer) ? answer : [];
  if (answer === undefined || Array.isArray(answer)) return '';
  return String(answer);
}

/** Marks a number field whose text is not a number; it is kept in the form but never saved as an answer. */
export const NOT_A_NUMBER = Symbol('not-a-number');

/** The answer a field holds: null when empty, NOT_A_NUMBER when a number field holds no number. */
export function toAnswer(
  question: Question,
  field: FieldValue | undefined,
): AnswerValue | null | typeof NOT_A_NUMBER {
  if (Array.isArray(field)) return field.length > 0 ? field : null;
  if (field === undefined || field.trim() === '') return null;
  if (question.type !== 'number') return field;
  const parsed = parseNumberInput(field, question.integer);
  return parsed === null ? null : Number.isNaN(parsed) ? NOT_A_NUMBER : parsed;
}
