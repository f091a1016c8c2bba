import { Suspense, type ReactNode } from 'react';
import type { QuestionnaireBundle } from '@/engine/questionnaire/parse-questionnaire';
import { LoadingStatus } from '@/ui/components/loading-status';
import { useDeploymentConfig } from '@/ui/deployment/deployment-context';
import { QuestionnaireError } from '@/ui/routes/questionnaire-error';
import { QuestionnaireTexts } from './questionnaire-texts';
import { BootShown } from './wizard-boot';
import { useQuestionnaireBundle } from './use-questionnaire-bundle';

/**
 * Shows the deployment's questionnaire through `children` once it is loaded and checked, with
 * every text in the language shown. The wizard, whose intro needs only the title and
 * introduction, asks for `texts="own"` and waits for the rest itself (`QuestionnaireTexts`).
 */
export function QuestionnaireGate({
  texts = 'all',
  children,
}: {
  texts?: 'all' | 'own';
  children: (bundle: QuestionnaireBundle) => ReactNode;
}) {
  const state = useQuestionnaireBundle(useDeploymentConfig().questionnaire);
  const loading = <LoadingStatus />;
  if (state.kind === 'loading') return loading;
  if (state.kind === 'invalid')
    return (
      <>
        <QuestionnaireError issues={state.issues} />
        <BootShown />
      </>
    );
  if (texts === 'own') return children(state.bundle);
  return (
    <Suspense fallback={loading}>
      <QuestionnaireTexts id={state.bundle.questionnaire.id}>
        {children(state.bundle)}
      </QuestionnaireTexts>
    </Suspense>
  );
}
