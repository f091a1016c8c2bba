import type { ComponentType } from 'react';
import type { PlainQuestion } from '@/engine/questionnaire/questionnaire.schema';
import { MultiChoice } from './multi-choice';
import { NumberQuestion } from './number-question';
import type { QuestionProps } from './question-props';
import { SingleChoice } from './single-choice';
import { TextQuestion } from './text-question';

type ComponentFor<T extends PlainQuestion['type']> = ComponentType<
  QuestionProps<Extract<PlainQuestion, { type: T }>>
>;

/** One component per plain question type: the step's fields, and each item's in a group. */
export const plainQuestionComponents: {
  readonly [T in PlainQuestion['type']]: ComponentFor<T>;
} = {
  singleChoice: SingleChoice,
  multiChoice: MultiChoice,
  number: NumberQuestion,
  shortText: TextQuestion,
  longText: TextQuestion,
};
