import { useTranslation } from 'react-i18next';
import { cachedTexts, type CachedTexts } from '@/i18n/cached-texts';
import { questionnaireNamespace } from '@/i18n/i18n';

/** Texts of a questionnaire by structural key, e.g. `questions.employees.label`. */
export type QuestionnaireText = CachedTexts;

/**
 * The texts of a questionnaire by id. Apart from the wizard's own hook so that screens shown
 * without the wizard (the first visit's intro, the library) do not load its engine.
 */
export function useQuestionnaireTextFor(id: string): QuestionnaireText {
  // useTranslation re-renders the caller when the language changes; the cache follows it.
  const { i18n } = useTranslation();
  return cachedTexts(i18n, questionnaireNamespace(id));
}
