import type { ReactNode } from 'react';
import { QuestionnaireError } from '@/ui/routes/questionnaire-error';
import { useQuestionnaireTexts } from './use-questionnaire-bundle';

/**
 * Shows `children` once every text of the questionnaire in the language shown is loaded: it
 * suspends until then (a Suspense above shows "loading"). The intro needs only the title and
 * introduction built into the app, so the wizard passes `needed={false}` there.
 */
export function QuestionnaireTexts({
  id,
  needed = true,
  children,
}: {
  id: string;
  needed?: boolean;
  children: ReactNode;
}) {
  const issues = useQuestionnaireTexts(id, needed);
  return issues ? <QuestionnaireError issues={issues} /> : children;
}
