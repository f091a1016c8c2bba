import type { ComponentType } from 'react';
import type { Question, QuestionType } from '@/engine/questionnaire/questionnaire.schema';
import { MultiChoice } from './multi-choice';
import { NumberQuestion } from './number-question';
import type { QuestionProps } from './question-props';
import { SingleChoice } from './single-choice';
import { TextQuestion } from './text-question';

type ComponentFor<T extends QuestionType> = ComponentType<
  QuestionProps<Extract<Question, { type: T }>>
>;

/** One component per question type; a new type in the schema fails to compile until it has one. */
export const questionComponents: { readonly [T in QuestionType]: ComponentFor<T> } = {
  singleChoice: SingleChoice,
  multiChoice: MultiChoice,
  number: NumberQuestion,
  shortText: TextQuestion,
  longText: TextQuestion,
};
