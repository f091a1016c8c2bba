import type { AnswerValue, MultiChoiceQuestion, Question } from './questionnaire.schema';

/** A scored multiple-choice question whose options are measures to tick (see `measures` in the schema). */
export type MeasureList = MultiChoiceQuestion & {
  readonly measures: NonNullable<MultiChoiceQuestion['measures']>;
};

/**
 * What an answer to a list of measures says: nothing yet, that the person does not know
 * which measures are in place, or which are in place and which are missing. An exclusive
 * option other than "don't know" (such as "none of these") leaves every measure missing.
 */
export type MeasureAnswer =
  | { readonly kind: 'unanswered' }
  | { readonly kind: 'unknown' }
  | {
      readonly kind: 'known';
      readonly inPlace: readonly string[];
      /** In the question's option order, so the actions come in the order the person read them. */
      readonly missing: readonly string[];
    };

/** The option that says "I don't know which of these we have". */
const UNKNOWN = 'dont-know';

/**
 * Where one measure's action keeps its owner and due date in the saved action plan:
 * `<question>.<measure>` (no id holds a dot, so it cannot clash with a question's own key).
 */
export function measurePlanKey(questionId: string, measure: string): string {
  return `${questionId}.${measure}`;
}

export function isMeasureList(question: Question): question is MeasureList {
  return question.type === 'multiChoice' && question.measures !== undefined;
}

/**
 * Reads an answer to a list of measures.
 *
 * @example
 * measureAnswer(securityMeasures, ['measure-multi-factor'])
 * // { kind: 'known', inPlace: ['measure-multi-factor'], missing: ['measure-updates', ...] }
 * measureAnswer(securityMeasures, ['dont-know']) // { kind: 'unknown' }
 */
export function measureAnswer(
  question: MeasureList,
  value: AnswerValue | undefined,
): MeasureAnswer {
  if (!Array.isArray(value) || value.length === 0) return { kind: 'unanswered' };
  const ticked = value.filter((v): v is string => typeof v === 'string');
  if (ticked.includes(UNKNOWN)) return { kind: 'unknown' };
  const measures = question.options.filter((o) => Object.hasOwn(question.measures, o));
  return {
    kind: 'known',
    inPlace: measures.filter((m) => ticked.includes(m)),
    missing: measures.filter((m) => !ticked.includes(m)),
  };
}
