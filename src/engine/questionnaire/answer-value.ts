import type { AnswerValue, RepeatedItem } from './questionnaire.schema';

/** An empty or blank text, or an empty choice, is no answer at all: it counts as unanswered everywhere. */
export function isEmptyAnswer(value: AnswerValue | undefined): value is undefined {
  return (
    value === undefined ||
    (typeof value === 'string' && value.trim() === '') ||
    (Array.isArray(value) && value.length === 0)
  );
}

/** Chosen option ids: a list of texts (an empty list is one too). */
export function isOptionList(value: AnswerValue | undefined): value is string[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'string');
}

/** A repeatable group's items: a list of objects (an empty list is one too). */
export function isItemList(value: AnswerValue | undefined): value is RepeatedItem[] {
  return Array.isArray(value) && value.every((v) => typeof v === 'object' && v !== null);
}
