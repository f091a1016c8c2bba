import type { ActionItem } from './report.types';

/** Looks up a text in the report namespace, with values to fill in. */
type ReportText = (key: string, values: Record<string, string>) => string;

/**
 * The sentences that tell a person their answers disagree (see `critical-actions.ts`): one per
 * answer that contradicts this one, so the results page and the PDF say the same. An item's
 * answer names the item: by its name, or else by the group's word for an item and its number.
 *
 * @example
 * conflictSentences(action, t, label, option, (group) => 'Activity')
 * // ['Your answers disagree: you said “Don't know” to “Which lawful bases …”, and also “Yes” to …']
 */
export function conflictSentences(
  action: Pick<ActionItem, 'questionId' | 'conflict'>,
  t: ReportText,
  label: (questionId: string) => string,
  option: (questionId: string, option: string) => string,
  itemWord: (group: string) => string,
): string[] {
  const { conflict, questionId } = action;
  if (!conflict) return [];
  const given = { given: option(questionId, conflict.answered), question: label(questionId) };
  if (conflict.with.length === 0) return [t('actions.conflictUnnamed', given)];
  return conflict.with.map(({ item, ...other }) => {
    const values = {
      ...given,
      other: option(other.questionId, other.option),
      otherQuestion: label(other.questionId),
    };
    if (!item) return t('actions.conflict', values);
    const name = item.name ?? `${itemWord(item.group)} ${item.position}`;
    return t('actions.conflictItem', { ...values, item: name });
  });
}
