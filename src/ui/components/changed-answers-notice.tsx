import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ChangedAnswer } from '@/engine/session/answer-changes';
import { earlierAnswerNotes } from '@/engine/session/earlier-answer-notes';
import { useAnswerTexts } from '../questions/answer-control';
import { WizardContext } from '../wizard/wizard-context';
import { answerText } from './answer-text';

export function ChangedAnswersNotice({ changed }: { changed: readonly ChangedAnswer[] }) {
  const { t } = useTranslation();
  const { qt, language } = useAnswerTexts();
  const questionnaire = WizardContext.useSelector((s) => s.context.questionnaire);
  const actor = WizardContext.useActorRef();
  const [dismissed, setDismissed] = useState(false);
  const beforeText = (c: ChangedAnswer): string => {
    // The old answer in the words the question had then: the shared option text, as the
    // question's own wording may now be that of its new options.
    if (typeof c.before === 'string')
      return qt.has(`options.${c.before}`) ? qt.text(`options.${c.before}`) : c.before;
    const question = questionnaire.sections
      .flatMap((s) => s.questions)
      .find((q) => q.id === c.question);
    return question ? answerText(question, c.before, qt, language) : '';
  };
  // The notice goes once dismissed or after the next visit; the earlier answer to a question
  // asked again stays in the question's note (review screen, report), which the person can edit.
  useEffect(() => {
    const notes = earlierAnswerNotes(actor.getSnapshot().context.notes, changed, (c) =>
      t('storage.changedNote', { answer: beforeText(c) }),
    );
    for (const [questionId, text] of Object.entries(notes))
      actor.send({ type: 'note.set', questionId, text });
    // Once per restore: `changed` is the restore's and does not change after.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [changed]);
  if (changed.length === 0 || dismissed) return null;
  return (
    <div className="notice notice-warning" role="status">
      <p>{t('storage.changed', { count: changed.length })}</p>
      <ul>
        {changed.map((c) => {
          const before = beforeText(c);
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
