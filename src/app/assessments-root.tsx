import { useCallback, useEffect, useState } from 'react';
import { useNavigate } from 'react-router';
import { AssessmentsPage } from '@/ui/library/assessments-page';
import { paths } from '@/ui/wizard/paths';
import { getSummaries } from './assessment-summaries';
import { getLibrary, requestPersistence } from './library-store';
import { QuestionnaireGate } from './questionnaire-gate';

type Persistence = Awaited<ReturnType<typeof requestPersistence>>;

/** The assessments library: every assessment kept in this browser. */
export function AssessmentsRoot() {
  const navigate = useNavigate();
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

  return (
    <QuestionnaireGate>
      {({ questionnaire }) => (
        <AssessmentsPage
          library={getLibrary()}
          questionnaire={questionnaire}
          summaries={getSummaries(questionnaire)}
          persistence={persistence}
          onOpen={open}
        />
      )}
    </QuestionnaireGate>
  );
}
