import { memo, useMemo, type ComponentType } from 'react';
import { Controller, type Control } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { toAnswer, type FieldValue } from '@/engine/answers/field-value';
import type { Language, Question } from '@/engine/questionnaire/questionnaire.schema';
import { useQuestionnaireText } from '../wizard/use-questionnaire-text';
import { WizardContext } from '../wizard/wizard-context';
import { useInterfaceLanguage } from '../components/use-interface-language';
import type { AnswerTexts, QuestionProps } from './question-props';
import { questionComponents } from './registry';

export interface AnswerControlProps {
  readonly question: Question;
  readonly control: Control<Record<string, FieldValue>>;
  readonly label: string;
  /** Whether the form shows an error for this question, in an element `error-<question id>`. */
  readonly invalid: boolean;
}

type WizardActor = ReturnType<typeof WizardContext.useActorRef>;

function sendAnswer(actor: WizardActor, question: Question, value: FieldValue, language: Language) {
  const read = toAnswer(question, value, language);
  actor.send({
    type: 'answer.set',
    questionId: question.id,
    // A refused number is kept as typed (it never counts), so a reload loses nothing.
    value: read.refused ? read.text : read.answer,
  });
}

/** Sends a field's new value to the wizard as the question's answer. */
export function useSendAnswer(question: Question): (value: FieldValue) => void {
  const actor = WizardContext.useActorRef();
  const language = useInterfaceLanguage();
  return (value) => sendAnswer(actor, question, value, language);
}

/** The texts for the answer fields of one form; the same object until the language changes. */
export function useAnswerTexts(): AnswerTexts {
  const { t, i18n } = useTranslation();
  const qt = useQuestionnaireText();
  const language = useInterfaceLanguage();
  return useMemo(() => ({ t, qt, language, i18n }), [t, qt, language, i18n]);
}

/** One question's input in a form: its hint, its value in react-hook-form, and every change sent to the wizard. */
export function AnswerControl(props: AnswerControlProps) {
  return <AnswerField {...props} texts={useAnswerTexts()} />;
}

/** {@link AnswerControl} for a form that looked its texts up once for all of its fields. */
export const AnswerField = memo(function AnswerField({
  question,
  control,
  label,
  invalid,
  texts,
}: AnswerControlProps & { readonly texts: AnswerTexts }) {
  const actor = WizardContext.useActorRef();
  const Component = questionComponents[question.type] as ComponentType<QuestionProps>;
  const hintKey = `questions.${question.id}.hint`;
  const hasHint = texts.qt.has(hintKey);
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
                {texts.qt.text(hintKey)}
              </p>
            )
          }
          describedBy={describedBy}
          invalid={invalid}
          inputRef={field.ref}
          onBlur={field.onBlur}
          onChange={(value) => {
            field.onChange(value);
            sendAnswer(actor, question, value, texts.language);
          }}
          texts={texts}
        />
      )}
    />
  );
});
