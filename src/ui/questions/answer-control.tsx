import type { ComponentType } from 'react';
import { Controller, type Control } from 'react-hook-form';
import { toAnswer, type FieldValue } from '@/engine/answers/field-value';
import type { Question } from '@/engine/questionnaire/questionnaire.schema';
import { useQuestionnaireText } from '../wizard/use-questionnaire-text';
import { WizardContext } from '../wizard/wizard-context';
import { useInterfaceLanguage } from '../components/use-interface-language';
import type { QuestionProps } from './question-props';
import { questionComponents } from './registry';

export interface AnswerControlProps {
  readonly question: Question;
  readonly control: Control<Record<string, FieldValue>>;
  readonly label: string;
  /** Whether the form shows an error for this question, in an element `error-<question id>`. */
  readonly invalid: boolean;
}

/** One question's input in a form: its hint, its value in react-hook-form, and every change sent to the wizard. */
/** Sends a field's new value to the wizard as the question's answer. */
export function useSendAnswer(question: Question): (value: FieldValue) => void {
  const actor = WizardContext.useActorRef();
  const language = useInterfaceLanguage();
  return (value) => {
    const read = toAnswer(question, value, language);
    actor.send({
      type: 'answer.set',
      questionId: question.id,
      // A refused number is kept as typed (it never counts), so a reload loses nothing.
      value: read.refused ? String(value) : read.answer,
    });
  };
}

export function AnswerControl({ question, control, label, invalid }: AnswerControlProps) {
  const sendAnswer = useSendAnswer(question);
  const qt = useQuestionnaireText();
  const Component = questionComponents[question.type] as ComponentType<QuestionProps>;
  const hintKey = `questions.${question.id}.hint`;
  const hasHint = qt.has(hintKey);
  const describedBy =
    [hasHint ? `hint-${question.id}` : '', invalid ? `error-${question.id}` : '']
      .filter(Boolean)
      .join(' ') || undefined;
  return (
    <Controller
      name={question.id}
      control={control}
      render={({ field }) => (
        <Component
          question={question}
          value={field.value}
          label={label}
          hint={
            hasHint && (
              <p className="hint" id={`hint-${question.id}`}>
                {qt.text(hintKey)}
              </p>
            )
          }
          describedBy={describedBy}
          invalid={invalid}
          inputRef={field.ref}
          onBlur={field.onBlur}
          onChange={(value) => {
            field.onChange(value);
            sendAnswer(value);
          }}
        />
      )}
    />
  );
}
