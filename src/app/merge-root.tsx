import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { MergePage } from '@/ui/library/merge-page';
import { useDeploymentConfig } from '@/ui/deployment/deployment-context';
import { QuestionnaireError } from '@/ui/routes/questionnaire-error';
import { paths } from '@/ui/wizard/paths';
import { getLibrary } from './library-store';
import { useQuestionnaireBundle } from './use-questionnaire-bundle';

/** `/assessments/merge`: several participants' files settled into one assessment. */
export function MergeRoot() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const state = useQuestionnaireBundle(useDeploymentConfig().questionnaire);
  if (state.kind === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (state.kind === 'invalid') return <QuestionnaireError issues={state.issues} />;
  return (
    <MergePage
      library={getLibrary()}
      questionnaire={state.bundle.questionnaire}
      onMerged={() => void navigate(paths.review.href())}
    />
  );
}
