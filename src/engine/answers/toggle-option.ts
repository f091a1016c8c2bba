import type { MultiChoiceQuestion } from '../questionnaire/questionnaire.schema';

/**
 * The options chosen after ticking (`on`) or unticking one option of a multi-choice question.
 *
 * An exclusive option ("none of these") cannot stand beside another: ticking it clears the
 * others, and ticking another clears it. A newly ticked option takes its place in the
 * questionnaire's order, so the same choice is stored the same way however it was made.
 */
export function toggleOption(
  question: MultiChoiceQuestion,
  chosen: readonly string[],
  option: string,
  on: boolean,
): string[] {
  if (!on) return chosen.filter((o) => o !== option);
  if (question.exclusive.includes(option)) return [option];
  return question.options.filter(
    (o) => o === option || (chosen.includes(o) && !question.exclusive.includes(o)),
  );
}
