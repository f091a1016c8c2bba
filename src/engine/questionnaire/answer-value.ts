import type { AnswerValue } from './questionnaire.schema';

/** An empty or blank text, or an empty choice, is no answer at all: it counts as unanswered everywhere. */
export function isEmptyAnswer(value: AnswerValue | undefined): value is undefined {
  return (
    value === undefined ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}
