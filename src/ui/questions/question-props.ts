import type { i18n as I18n, TFunction } from 'i18next';
import type { ReactNode } from 'react';
import type { FieldValue } from '@/engine/answers/field-value';
import type { Language, Question } from '@/engine/questionnaire/questionnaire.schema';
import type { QuestionnaireText } from '../wizard/use-questionnaire-text';

/**
 * The texts every question's input reads, looked up once by its form (see `useAnswerTexts`):
 * a translation hook in each of a step's fields made showing a step slower.
 */
export interface AnswerTexts {
  readonly t: TFunction;
  readonly qt: QuestionnaireText;
  readonly language: Language;
  /** For texts that register on first use (the glossary and FAQ beside a question). */
  readonly i18n: I18n;
}

export interface QuestionProps<Q extends Question = Question> {
  readonly question: Q;
  readonly value: FieldValue;
  readonly onChange: (value: FieldValue) => void;
  readonly onBlur: () => void;
  readonly label: string;
  /** Shown right under the label: examples that help answering. */
  readonly hint: ReactNode;
  /** Ids of the hint, help and error texts that describe the input. */
  readonly describedBy: string | undefined;
  readonly invalid: boolean;
  /** Lets the form focus the first invalid input. */
  readonly inputRef: (element: HTMLElement | null) => void;
  readonly texts: AnswerTexts;
}
