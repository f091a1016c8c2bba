import { toggleOption } from '../answers/toggle-option';
import { isOptionList } from '../questionnaire/answer-value';
import type { FieldValue } from '../answers/field-value';
import type { Question } from '../questionnaire/questionnaire.schema';

/**
 * The field's value after a shortcut picks the option at a 0-based place, as a click on it
 * would leave it: a single choice takes that option (picking it again keeps it), a multi-choice
 * ticks or unticks it by the exclusive-option rule. Null when there is no such option to pick.
 */
export function pickOption(
  question: Question,
  field: FieldValue | undefined,
  index: number,
): FieldValue | null {
  if (question.type !== 'singleChoice' && question.type !== 'multiChoice') return null;
  const option = question.options[index];
  if (option === undefined) return null;
  if (question.type === 'singleChoice') return option;
  const chosen = isOptionList(field) ? field : [];
  return toggleOption(question, chosen, option, !chosen.includes(option));
}
