import { useTranslation } from 'react-i18next';
import type { Question } from '@/engine/questionnaire/questionnaire.schema';
import { FaqLinks } from '../knowledge/lazy-links';
import { useQuestionnaireText } from '../wizard/use-questionnaire-text';

export function QuestionHelp({ question }: { question: Question }) {
  const { t } = useTranslation();
  const qt = useQuestionnaireText();
  return (
    <details className="help">
      <summary>{t('step.whyWeAsk')}</summary>
      <p>{qt.text(`questions.${question.id}.help`)}</p>
      {question.scoring?.guidance && (
        <p>
          <a href={question.scoring.guidance} target="_blank" rel="noopener noreferrer">
            {t('step.guidance')}
          </a>
        </p>
      )}
      <FaqLinks questionId={question.id} />
      {question.articles.length > 0 && (
        <p className="articles">
          {t('step.legalReference', { refs: question.articles.map(gdprRef).join(', ') })}
        </p>
      )}
    </details>
  );
}

/** "Art. 3(1)" → "Art. 3(1) GDPR"; recitals and UAVG references stay as they are. */
function gdprRef(ref: string): string {
  return ref.startsWith('Art. ') ? `${ref} GDPR` : ref;
}
