import type { AnswerValue, Question } from '@/engine/questionnaire/questionnaire.schema';
import type { QuestionnaireText } from '../wizard/use-questionnaire-text';

/** An answer as a person reads it: option labels, numbers in the language's format. */
export function answerText(
  question: Question,
  value: AnswerValue,
  qt: QuestionnaireText,
  language: string,
): string {
  if (Array.isArray(value)) return value.map((o) => qt.option(question.id, o)).join(', ');
  if (typeof value === 'number') {
    const formatted = new Intl.NumberFormat(language).format(value);
    return question.type === 'number' && question.unit === 'eur' ? `€ ${formatted}` : formatted;
  }
  return question.type === 'singleChoice' ? qt.option(question.id, value) : value;
}
