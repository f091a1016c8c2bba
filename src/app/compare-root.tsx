import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { restoreSession } from '@/engine/session/restore-session';
import { ComparePage, type ComparedSide } from '@/ui/library/compare-page';
import { useDeploymentConfig } from '@/ui/deployment/deployment-context';
import { QuestionnaireError } from '@/ui/routes/questionnaire-error';
import { getLibrary } from './library-store';
import { useQuestionnaireBundle } from './use-questionnaire-bundle';

/** `/assessments/compare?before=<id>&after=<id>`: progress between two assessments of the library. */
export function CompareRoot() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const state = useQuestionnaireBundle(useDeploymentConfig().questionnaire);
  if (state.kind === 'loading') return <p role="status">{t('app.loading')}</p>;
  if (state.kind === 'invalid') return <QuestionnaireError issues={state.issues} />;
  const { questionnaire } = state.bundle;
  const library = getLibrary();
  const side = (id: string | null): ComparedSide | null => {
    const meta = id === null ? undefined : library.get(id);
    if (!meta || meta.questionnaireId !== questionnaire.id) return null;
    const restored = restoreSession(library.read(meta.id), questionnaire);
    return restored.kind === 'restored' ? { meta, session: restored.session } : null;
  };
  return (
    <ComparePage
      questionnaire={questionnaire}
      before={side(params.get('before'))}
      after={side(params.get('after'))}
    />
  );
}
