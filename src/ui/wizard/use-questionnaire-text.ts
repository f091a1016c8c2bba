import { useTranslation } from 'react-i18next';
import { questionnaireNamespace } from '@/i18n/i18n';
import { WizardContext } from './wizard-context';

export interface QuestionnaireText {
  /** A text of the active questionnaire by its structural key, e.g. `questions.employees.label`. */
  readonly text: (key: string) => string;
  readonly has: (key: string) => boolean;
  /** An option's label for one question: its own wording if it has one, else the shared one. */
  readonly option: (questionId: string, option: string) => string;
}

export function useQuestionnaireText(): QuestionnaireText {
  return useQuestionnaireTextFor(WizardContext.useSelector((s) => s.context.questionnaire.id));
}

/** The texts of a questionnaire by id, for pages outside the wizard. */
export function useQuestionnaireTextFor(id: string): QuestionnaireText {
  const ns = questionnaireNamespace(id);
  const { i18n } = useTranslation();
  // Questionnaire keys come from data, so they cannot be checked against the typed app keys.
  const untypedT = i18n.t.bind(i18n) as unknown as (key: string, options: { ns: string }) => string;
  const text = (key: string): string => untypedT(key, { ns });
  const has = (key: string): boolean => i18n.exists(key, { ns: ns as 'common' });
  const option = (questionId: string, optionId: string): string => {
    const own = `questions.${questionId}.options.${optionId}`;
    return has(own) ? text(own) : text(`options.${optionId}`);
  };
  return { text, has, option };
}
