import { isItemList } from '../questionnaire/answer-value';
import type {
  AnswerValue,
  PlainAnswerValue,
  RepeatedItem,
} from '../questionnaire/questionnaire.schema';

/**
 * Answers that mean the same have the same key: a multi-choice answer is the same set in any
 * order, and a list of items the same items (whatever their ids) in any order.
 */
export function answerKey(value: AnswerValue): string {
  if (isItemList(value)) return JSON.stringify(value.map(itemKey).sort());
  return plainKey(value);
}

/** An item's key: its answers, by question, whatever their order or the item's id. */
export function itemKey(item: RepeatedItem): string {
  return JSON.stringify(
    Object.keys(item.answers)
      .sort()
      .map((id) => [id, plainKey(item.answers[id]!)]),
  );
}

function plainKey(value: PlainAnswerValue): string {
  return JSON.stringify(Array.isArray(value) ? [...value].sort() : value);
}

/** Whether two answers mean the same; no answer (`undefined`) is the same as no other answer. */
export function sameAnswer(a: AnswerValue | undefined, b: AnswerValue | undefined): boolean {
  if (a === undefined || b === undefined) return false;
  return answerKey(a) === answerKey(b);
}
