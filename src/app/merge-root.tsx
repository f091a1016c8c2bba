import { useNavigate } from 'react-router';
import { MergePage } from '@/ui/library/merge-page';
import { paths } from '@/ui/wizard/paths';
import { getLibrary } from './library-store';
import { QuestionnaireGate } from './questionnaire-gate';

/** `/assessments/merge`: several participants' files settled into one assessment. */
export function MergeRoot() {
  const navigate = useNavigate();
  return (
    <QuestionnaireGate>
      {({ questionnaire }) => (
        <MergePage
          library={getLibrary()}
          questionnaire={questionnaire}
          onMerged={() => void navigate(paths.review.href())}
        />
      )}
    </QuestionnaireGate>
  );
}
