import { useTranslation } from 'react-i18next';
import { cachedTexts, type CachedTexts } from '@/i18n/cached-texts';
import { questionnaireNamespace } from '@/i18n/i18n';
import { WizardContext } from './wizard-context';

/** Texts of the active questionnaire by structural key, e.g. `questions.employees.label`. */
export type QuestionnaireText = CachedTexts;

export function useQuestionnaireText(): QuestionnaireText {
  return useQuestionnaireTextFor(WizardContext.useSelector((s) => s.context.questionnaire.id));
}

/** The texts of a questionnaire by id, for pages outside the wizard. */
export function useQuestionnaireTextFor(id: string): QuestionnaireText {
  // useTranslation re-renders the caller when the language changes; the cache follows it.
  const { i18n } = useTranslation();
  return cachedTexts(i18n, questionnaireNamespace(id));
}
