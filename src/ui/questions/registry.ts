import type { ComponentType } from 'react';
import type { Question, QuestionType } from '@/engine/questionnaire/questionnaire.schema';
import { ItemList } from './item-list';
import { plainQuestionComponents } from './plain-registry';
import type { QuestionProps } from './question-props';

type ComponentFor<T extends QuestionType> = ComponentType<
  QuestionProps<Extract<Question, { type: T }>>
>;

/** One component per question type; a new type in the schema fails to compile until it has one. */
export const questionComponents: { readonly [T in QuestionType]: ComponentFor<T> } = {
  ...plainQuestionComponents,
  repeatable: ItemList,
};
