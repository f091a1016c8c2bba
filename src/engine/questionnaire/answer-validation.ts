import { isEmptyAnswer } from './answer-value';
import type { AnswerValue, Answers, Question, Questionnaire } from './questionnaire.schema';
import type { Visibility } from './visibility';

/** Why an answer is not acceptable; the UI turns each code into a translated message. */
export type AnswerError =
  | { code: 'required' }
  | { code: 'wrongType' }
  | { code: 'notInteger' }
  | { code: 'tooSmall'; min: number }
  | { code: 'tooLarge'; max: number }
  | { code: 'tooLong'; max: number }
  | { code: 'unknownOption'; option: string }
  | { code: 'exclusiveCombined'; option: string };

/**
 * Checks one answer against its question. `undefined` means unanswered.
 * The same check guards the wizard's "next" and drives the form's messages,
 * so the two can never disagree.
 */
export function validateAnswer(
  question: Question,
  value: AnswerValue | undefined,
): AnswerError | null {
  if (isEmptyAnswer(value)) return question.required ? { code: 'required' } : null;

  switch (question.type) {
    case 'singleChoice':
      if (typeof value !== 'string') return { code: 'wrongType' };
      return question.options.includes(value) ? null : { code: 'unknownOption', option: value };
    case 'multiChoice': {
      if (!Array.isArray(value)) return { code: 'wrongType' };
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
