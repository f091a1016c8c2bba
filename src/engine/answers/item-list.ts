import type {
  PlainAnswerValue,
  RepeatableQuestion,
  RepeatedItem,
} from '../questionnaire/questionnaire.schema';
import { itemName, namingQuestion } from '../questionnaire/item-name';

/** An item taken out of a list, kept with its place so that it can be put back. */
export interface RemovedItem {
  readonly item: RepeatedItem;
  readonly index: number;
}

/** A fresh item id: short, stable once given, and unlike any in `items`. */
export function newItemId(
  items: readonly RepeatedItem[],
  random: () => string = () => crypto.randomUUID(),
): string {
  const taken = new Set(items.map((item) => item.id));
  for (;;) {
    const id = `i${random().replaceAll('-', '').slice(0, 10)}`;
    if (!taken.has(id)) return id;
  }
}

/** The list with a new item at its end, starting from `answers` (a template's, say). */
export function addItem(
  items: readonly RepeatedItem[],
  answers: Readonly<Record<string, PlainAnswerValue>> = {},
  random?: () => string,
): RepeatedItem[] {
  return [...items, { id: newItemId(items, random), answers: copyAnswers(answers) }];
}

/**
 * The list with a new item from template `templateId`. A template holds option ids only (they read
 * the same in every language), so the item's name starts as the template's name in the person's
 * language, `name`, which they can then change. An unknown template adds nothing.
 */
export function addFromTemplate(
  group: RepeatableQuestion,
  items: readonly RepeatedItem[],
  templateId: string,
  name: string,
  random?: () => string,
): RepeatedItem[] {
  const template = group.templates.find((x) => x.id === templateId);
  if (!template) return [...items];
  const answers: Record<string, PlainAnswerValue> = { ...template.answers };
  const naming = namingQuestion(group);
  if (naming && answers[naming.id] === undefined) answers[naming.id] = name;
  return addItem(items, answers, random);
}

/**
 * The list with a copy of item `id` right after it; the copy's name (its answer to the group's
 * naming question) is `copyName` of the original's, so the two can be told apart.
 */
export function duplicateItem(
  group: RepeatableQuestion,
  items: readonly RepeatedItem[],
  id: string,
  copyName: (name: string) => string,
  random?: () => string,
): RepeatedItem[] {
  const index = items.findIndex((item) => item.id === id);
  const original = items[index];
  if (!original) return [...items];
  const answers = copyAnswers(original.answers);
  const name = itemName(group, original);
  const naming = namingQuestion(group);
  if (name !== null && naming) answers[naming.id] = copyName(name);
  const copy = { id: newItemId(items, random), answers };
  return [...items.slice(0, index + 1), copy, ...items.slice(index + 1)];
}

/** The list without item `id`, and the item with its place; null when there is no such item. */
export function removeItem(
  items: readonly RepeatedItem[],
  id: string,
): { items: RepeatedItem[]; removed: RemovedItem } | null {
  const index = items.findIndex((item) => item.id === id);
  const item = items[index];
  if (!item) return null;
  return { items: items.filter((x) => x.id !== id), removed: { item, index } };
}

/** The list with a removed item back in its place (or at the end, if the list got shorter). */
export function restoreItem(items: readonly RepeatedItem[], removed: RemovedItem): RepeatedItem[] {
  if (items.some((item) => item.id === removed.item.id)) return [...items];
  const at = Math.min(removed.index, items.length);
  return [...items.slice(0, at), removed.item, ...items.slice(at)];
}

/** The list with one answer of item `id` set, or cleared when `answer` is null. */
export function setItemAnswer(
  items: readonly RepeatedItem[],
  id: string,
  questionId: string,
  answer: PlainAnswerValue | null,
): RepeatedItem[] {
  return items.map((item) => {
    if (item.id !== id) return item;
    const answers = copyAnswers(item.answers);
    if (answer === null) delete answers[questionId];
    else answers[questionId] = answer;
    return { id: item.id, answers };
  });
}

function copyAnswers(
  answers: Readonly<Record<string, PlainAnswerValue>>,
): Record<string, PlainAnswerValue> {
  return Object.fromEntries(
    Object.entries(answers).map(([id, value]) => [id, Array.isArray(value) ? [...value] : value]),
  );
}
