import { useTranslation } from 'react-i18next';
import { validateAnswer, type AnswerError } from '@/engine/questionnaire/answer-validation';
import type { NumberInputRefusal } from '@/engine/questionnaire/number-input';
import type { Language, Question } from '@/engine/questionnaire/questionnaire.schema';
import { useInterfaceLanguage } from '../components/use-interface-language';
import { useQuestionnaireText } from '../wizard/use-questionnaire-text';
import { toAnswer } from './field-value';
import type { FieldValue } from './question-props';

export type FieldError =
  | AnswerError
  | { code: 'notANumber' }
  | { code: 'numberSeparators'; readings: readonly number[] }
  | { code: 'numberGrouping' };

function refusalError(refusal: NumberInputRefusal): FieldError {
  switch (refusal.problem) {
    case 'empty':
      return { code: 'required' };
    case 'not-a-number':
      return { code: 'notANumber' };
    case 'not-integer':
      return { code: 'notInteger' };
    case 'bad-grouping':
      return { code: 'numberGrouping' };
    case 'ambiguous-separator':
      return { code: 'numberSeparators', readings: refusal.readings };
  }
}

/** What is wrong with a field's value, by the same rules the machine checks answers with. */
export function fieldError(
  question: Question,
  field: FieldValue | undefined,
  language: Language,
): FieldError | null {
  const read = toAnswer(question, field, language);
  if (read.refused) return refusalError(read.refusal);
  return validateAnswer(question, read.answer ?? undefined);
}

/** Turns a field error into the translated message shown under the field. */
export function useFieldErrorMessage(): (question: Question, error: FieldError) => string {
  const { t } = useTranslation();
  const qt = useQuestionnaireText();
  const language = useInterfaceLanguage();
  const number = (value: number) =>
    new Intl.NumberFormat(language, { maximumFractionDigits: 20 }).format(value);
  return (question, error) => {
    if (error.code === 'exclusiveCombined')
      return t('validation.exclusiveCombined', { option: qt.option(question.id, error.option) });
    if (error.code === 'tooSmall') return t('validation.tooSmall', { min: number(error.min) });
    if (error.code === 'tooLarge') return t('validation.tooLarge', { max: number(error.max) });
    if (error.code === 'tooLong') return t('validation.tooLong', { max: error.max });
    if (error.code === 'numberSeparators') {
      const how = t(
        question.type === 'number' && question.integer
          ? 'validation.numberSeparatorsWhole'
          : 'validation.numberSeparators',
      );
      if (error.readings.length === 0) return how;
      const readings = new Intl.ListFormat(language, { type: 'disjunction' }).format(
        error.readings.map(number),
      );
      return `${t('validation.numberDidYouMean', { readings })} ${how}`;
    }
    return t(`validation.${error.code}`);
  };
}
