import { useCallback, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { AssessmentsPage } from '@/ui/library/assessments-page';
import { useDeploymentConfig } from '@/ui/deployment/deployment-context';
import { QuestionnaireError } from '@/ui/routes/questionnaire-error';
import { paths } from '@/ui/wizard/paths';
import { getLibrary, getSummaries, requestPersistence } from './library-store';
import { useQuestionnaireBundle } from './use-questionnaire-bundle';

type Persistence = Awaited<ReturnType<typeof requestPersistence>>;

/** The assessments library: every assessment kept in this browser. */
export function AssessmentsRoot() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const state = useQuestionnaireBundle(useDeploymentConfig().questionnaire);
  const [persistence, setPersistence] = useState<Persistence | null>(null);
  useEffect(() => {
    void requestPersistence().then(setPersistence);
  }, []);
  // Stable, so the rows of the list do not render again when this component does.
  const open = useCallback(
    (id: string) => {
      getLibrary().setActive(id);
      void navigate(paths.intro.href());
    },
    [navigate],
  );

  if (state.kind === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (state.kind === 'invalid') return <QuestionnaireError issues={state.issues} />;
  return (
    <AssessmentsPage
      library={getLibrary()}
      questionnaire={state.bundle.questionnaire}
      summaries={getSummaries(state.bundle.questionnaire)}
      persistence={persistence}
      onOpen={open}
    />
  );
}
