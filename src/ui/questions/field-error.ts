import type { FieldError } from '@/engine/answers/field-error';
import type { Question } from '@/engine/questionnaire/questionnaire.schema';
import { useAnswerTexts } from './answer-control';
import type { AnswerTexts } from './question-props';

/** Turns a field error into the translated message shown under the field. */
export function useFieldErrorMessage(): (question: Question, error: FieldError) => string {
  return fieldErrorMessage(useAnswerTexts());
}

/** {@link useFieldErrorMessage} for a form that already looked up its texts. */
export function fieldErrorMessage({
  t,
  qt,
  language,
}: AnswerTexts): (question: Question, error: FieldError) => string {
  const number = (value: number) =>
    new Intl.NumberFormat(language, { maximumFractionDigits: 20 }).format(value);
  const message = (question: Question, error: FieldError): string => {
    if (error.code === 'itemIncomplete') {
      const inner =
        question.type === 'repeatable'
          ? question.questions.find((x) => x.id === error.question)
          : undefined;
      return t('validation.itemIncomplete', {
        item: `${qt.text(`questions.${question.id}.item`)} ${error.item + 1}`,
        question: qt.text(`questions.${error.question}.label`),
        problem: inner ? message(inner, error.error) : t(`validation.${error.error.code}`),
      });
    }
    if (error.code === 'tooFewItems') return t('validation.tooFewItems', { min: error.min });
    if (error.code === 'tooManyItems') return t('validation.tooManyItems', { max: error.max });
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
  return message;
}
