import { useQuestionnaireTextFor, type QuestionnaireText } from './use-questionnaire-text-for';
import { WizardContext } from './wizard-context';

export type { QuestionnaireText } from './use-questionnaire-text-for';

/** Texts of the wizard's questionnaire by structural key. */
export function useQuestionnaireText(): QuestionnaireText {
  return useQuestionnaireTextFor(WizardContext.useSelector((s) => s.context.questionnaire.id));
}
