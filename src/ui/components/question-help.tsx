import type { Question } from '@/engine/questionnaire/questionnaire.schema';
import { FaqLinks } from '../knowledge/lazy-links';
import { useRememberedDisclosure } from './remembered-disclosure';
import type { AnswerTexts } from '../questions/question-props';
import { useCite } from './use-cite';

/** "Why we ask", with the question's guidance, FAQ links and articles; texts from its form. */
export function QuestionHelp({ question, texts }: { question: Question; texts: AnswerTexts }) {
  const cite = useCite();
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
        <p className="articles">{t('step.legalReference', { refs: cite(question.articles) })}</p>
      )}
    </details>
  );
}
