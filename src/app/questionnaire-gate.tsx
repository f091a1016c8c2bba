import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { QuestionnaireBundle } from '@/engine/questionnaire/parse-questionnaire';
import { useDeploymentConfig } from '@/ui/deployment/deployment-context';
import { QuestionnaireError } from '@/ui/routes/questionnaire-error';
import { useQuestionnaireBundle } from './use-questionnaire-bundle';

/** Shows the deployment's questionnaire through `children` once it is loaded and checked. */
export function QuestionnaireGate({
  children,
}: {
  children: (bundle: QuestionnaireBundle) => ReactNode;
}) {
  const { t } = useTranslation();
  const state = useQuestionnaireBundle(useDeploymentConfig().questionnaire);
  if (state.kind === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (state.kind === 'invalid') return <QuestionnaireError issues={state.issues} />;
  return children(state.bundle);
}
