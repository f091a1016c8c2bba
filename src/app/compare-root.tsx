import { useSearchParams } from 'react-router';
import type { Questionnaire } from '@/engine/questionnaire/questionnaire.schema';
import { restoreSession } from '@/engine/session/restore-session';
import { ComparePage, type ComparedSide } from '@/ui/library/compare-page';
import { getLibrary } from './library-store';
import { QuestionnaireGate } from './questionnaire-gate';

/** `/assessments/compare?before=<id>&after=<id>`: progress between two assessments of the library. */
export function CompareRoot() {
  const [params] = useSearchParams();
  return (
    <QuestionnaireGate>
      {({ questionnaire }) => (
        <ComparePage
          questionnaire={questionnaire}
          before={side(questionnaire, params.get('before'))}
          after={side(questionnaire, params.get('after'))}
        />
      )}
    </QuestionnaireGate>
  );
}

function side(questionnaire: Questionnaire, id: string | null): ComparedSide | null {
  const library = getLibrary();
  const meta = id === null ? undefined : library.get(id);
  if (!meta || meta.questionnaireId !== questionnaire.id) return null;
  const restored = restoreSession(library.read(meta.id), questionnaire);
  return restored.kind === 'restored'
    ? { meta, session: restored.session, changed: restored.changed.map((c) => c.question) }
    : null;
}
