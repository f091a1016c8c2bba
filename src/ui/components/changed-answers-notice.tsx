import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Question } from '@/engine/questionnaire/questionnaire.schema';
import type { ChangedAnswer } from '@/engine/session/answer-changes';
import { useAnswerTexts } from '../questions/answer-control';
import { WizardContext } from '../wizard/wizard-context';
import { answerText } from './answer-text';

export function ChangedAnswersNotice({ changed }: { changed: readonly ChangedAnswer[] }) {
  const { t } = useTranslation();
  const { qt, language } = useAnswerTexts();
  const questionnaire = WizardContext.useSelector((s) => s.context.questionnaire);
  const [dismissed, setDismissed] = useState(false);
  if (changed.length === 0 || dismissed) return null;
  const questions = new Map<string, Question>(
    questionnaire.sections.flatMap((s) => s.questions).map((q) => [q.id, q]),
  );
  return (
    <div className="notice notice-warning" role="status">
      <p>{t('storage.changed', { count: changed.length })}</p>
      <ul>
        {changed.map((c) => {
          const question = questions.get(c.question);
          // The old answer in the words the question had then: the shared option text, as the
          // question's own wording may now be that of its new options.
          const before =
            typeof c.before === 'string'
              ? qt.has(`options.${c.before}`)
                ? qt.text(`options.${c.before}`)
                : c.before
              : question
                ? answerText(question, c.before, qt, language)
                : '';
          return (
            <li key={c.question}>
              <strong>{qt.text(`questions.${c.question}.label`)}</strong>{' '}
              {t(c.kept === null ? 'storage.changedAnswerAgain' : 'storage.changedAnswerCheck', {
                answer: before,
              })}
            </li>
          );
        })}
      </ul>
      <div className="notice-actions">
        <button type="button" className="link-button" onClick={() => setDismissed(true)}>
          {t('storage.dismiss')}
        </button>
      </div>
    </div>
  );
}
