import type { RepeatableQuestion, RepeatedItem } from './questionnaire.schema';

/**
 * What an item is called where a list names it: its answer to the group's first short-text
 * question (an activity's name, say), or null when the group has none or it is blank; the
 * caller then numbers it ("Activity 2").
 */
export function itemName(group: RepeatableQuestion, item: RepeatedItem): string | null {
  const naming = group.questions.find((q) => q.type === 'shortText');
  const value = naming ? item.answers[naming.id] : undefined;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}
