import type { AnswerValue } from '../questionnaire/questionnaire.schema';

/** Answers that mean the same have the same key: a multi-choice answer is the same set in any order. */
export function answerKey(value: AnswerValue): string {
  return JSON.stringify(Array.isArray(value) ? [...value].sort() : value);
}

/** Whether two answers mean the same; no answer (`undefined`) is the same as no other answer. */
export function sameAnswer(a: AnswerValue | undefined, b: AnswerValue | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  return answerKey(a) === answerKey(b);
}
