import type { PlainQuestion, RepeatableQuestion, RepeatedItem } from './questionnaire.schema';

/** The group's question that names an item: its first short-text question, if it has one. */
export function namingQuestion(group: RepeatableQuestion): PlainQuestion | undefined {
  return group.questions.find((q) => q.type === 'shortText');
}

/**
 * What an item is called where a list names it: its answer to the group's first short-text
 * question (an activity's name, say), or null when the group has none or it is blank; the
 * caller then numbers it ("Activity 2").
 */
export function itemName(group: RepeatableQuestion, item: RepeatedItem): string | null {
  const naming = namingQuestion(group);
  const value = naming ? item.answers[naming.id] : undefined;
  return typeof value === 'string' && value.trim() !== '' ? value.trim() : null;
}
