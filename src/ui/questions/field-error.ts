import { useTranslation } from 'react-i18next';
import { validateAnswer, type AnswerError } from '@/engine/questionnaire/answer-validation';
import type { Question } from '@/engine/questionnaire/questionnaire.schema';
import { useQuestionnaireText } from '../wizard/use-questionnaire-text';
import { NOT_A_NUMBER, toAnswer } from './field-value';
import type { FieldValue } from './question-props';

export type FieldError = AnswerError | { code: 'notANumber' };

/** What is wrong with a field's value, by the same rules the machine checks answers with. */
export function fieldError(question: Question, field: FieldValue | undefined): FieldError | null {
  const answer = toAnswer(question, field);
  if (answer === NOT_A_NUMBER) return { code: 'notANumber' };
  return validateAnswer(question, answer ?? undefined);
}

/** Turns a field error into the translated message shown under the field. */
export function useFieldErrorMessage(): (question: Question, error: FieldError) => string {
  const { t } = useTranslation();
  const qt = useQuestionnaireText();
  return (question, error) => {
    if (error.code === 'exclusiveCombined')
      return t('validation.exclusiveCombined', { option: qt.option(question.id, error.option) });
    if (error.code === 'tooSmall')
      return t('validation.tooSmall', { min: error.min.toLocaleString() });
    if (error.code === 'tooLarge')
      return t('validation.tooLarge', { max: error.max.toLocaleString() });
    if (error.code === 'tooLong') return t('validation.tooLong', { max: error.max });
    return t(`validation.${error.code}`);
  };
}
