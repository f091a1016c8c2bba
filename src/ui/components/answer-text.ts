import { isItemList, isOptionList } from '@/engine/questionnaire/answer-value';
import { itemName } from '@/engine/questionnaire/item-name';
import type { AnswerValue, Question } from '@/engine/questionnaire/questionnaire.schema';
import type { QuestionnaireText } from '../wizard/use-questionnaire-text';

/**
 * An answer as a person reads it: option labels, numbers in the language's format, a group's
 * items by name (or numbered).
 */
export function answerText(
  question: Question,
  value: AnswerValue,
  qt: QuestionnaireText,
  language: string,
): string {
  if (isItemList(value) && question.type === 'repeatable')
    return value
      .map(
        (item, n) =>
          itemName(question, item) ?? `${qt.text(`questions.${question.id}.item`)} ${n + 1}`,
      )
      .join(', ');
  if (isOptionList(value)) return value.map((o) => qt.option(question.id, o)).join(', ');
  if (typeof value === 'number') {
    const formatted = new Intl.NumberFormat(language).format(value);
    return question.type === 'number' && question.unit === 'eur' ? `€ ${formatted}` : formatted;
  }
  if (typeof value !== 'string') return '';
  return question.type === 'singleChoice' ? qt.option(question.id, value) : value;
}
