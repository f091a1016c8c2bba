import type { Question } from '@/engine/questionnaire/questionnaire.schema';
import { FaqLinks } from '../knowledge/lazy-links';
import { useRememberedDisclosure } from './remembered-disclosure';
import type { AnswerTexts } from '../questions/question-props';

/** "Why we ask", with the question's guidance, FAQ links and articles; texts from its form. */
export function QuestionHelp({ question, texts }: { question: Question; texts: AnswerTexts }) {
  const { t, qt } = texts;
  const disclosure = useRememberedDisclosure(`${question.id} help`);
  return (
    <details className="help" {...disclosure}>
      <summary>{t('step.whyWeAsk')}</summary>
      <p>{qt.text(`questions.${question.id}.help`)}</p>
      {question.scoring?.guidance && (
        <p>
          <a href={question.scoring.guidance} target="_blank" rel="noopener noreferrer">
            {t('step.guidance')}
          </a>
        </p>
      )}
      <FaqLinks questionId={question.id} texts={texts} />
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
