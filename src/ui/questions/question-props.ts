import type { ReactNode } from 'react';
import type { FieldValue } from '@/engine/answers/field-value';
import type { Question } from '@/engine/questionnaire/questionnaire.schema';

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
}
