import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { SyncStatus } from '@/engine/library/assessment-sync';
import type { EditConflict } from '@/engine/session/concurrent-edits';
import type { Question } from '@/engine/questionnaire/questionnaire.schema';
import { useQuestionnaireText, type QuestionnaireText } from '../wizard/use-questionnaire-text';
import { WizardContext } from '../wizard/wizard-context';
import { answerText } from './answer-text';
import { useInterfaceLanguage } from './use-interface-language';

/**
 * Tells the person when another tab's work and theirs could not be combined on their own, or
 * when another tab deleted the assessment, and offers the way out. Focus moves to the notice,
 * because until the person chooses nothing of theirs is saved.
 */
export function SyncNotice({
  status,
  onKeep,
  onRestore,
}: {
  status: SyncStatus;
  onKeep: (keep: 'mine' | 'theirs') => void;
  onRestore: () => void;
}) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const shown = status.kind === 'conflict' || status.kind === 'removed';
  useEffect(() => {
    if (shown) heading.current?.focus();
  }, [shown, status.kind]);

  if (status.kind === 'removed')
    return (
      <section className="notice notice-warning" role="alert" aria-labelledby="sync-heading">
        <h2 id="sync-heading" ref={heading} tabIndex={-1}>
          {t('sync.removed.title')}
        </h2>
        <p>{t('sync.removed.body')}</p>
        <div className="notice-actions">
          <button type="button" className="button" onClick={onRestore}>
            {t('sync.removed.restore')}
          </button>
        </div>
      </section>
    );
  if (status.kind !== 'conflict') return null;
  return (
    <section className="notice notice-warning" role="alert" aria-labelledby="sync-heading">
      <h2 id="sync-heading" ref={heading} tabIndex={-1}>
        {t('sync.conflict.title')}
      </h2>
      <p>{t('sync.conflict.body', { count: status.conflicts.length })}</p>
      <ConflictTable conflicts={status.conflicts} />
      <div className="notice-actions">
        <button type="button" className="button" onClick={() => onKeep('mine')}>
          {t('sync.conflict.keepMine')}
        </button>
        <button type="button" className="button secondary" onClick={() => onKeep('theirs')}>
          {t('sync.conflict.takeTheirs')}
        </button>
      </div>
    </section>
  );
}

function ConflictTable({ conflicts }: { conflicts: readonly EditConflict[] }) {
  const { t } = useTranslation();
  const qt = useQuestionnaireText();
  const language = useInterfaceLanguage();
  const questionnaire = WizardContext.useSelector((s) => s.context.questionnaire);
  const questions = new Map(
    questionnaire.sections.flatMap((s) => s.questions).map((q) => [q.id, q]),
  );
  const describe = (conflict: EditConflict, value: unknown) => {
    if (value === undefined || value === null) return t('sync.conflict.none');
    if (conflict.part === 'processorReviews') {
      const review = value as { vendor?: string; checked?: readonly string[] };
      return t('sync.conflict.review', {
        vendor: review.vendor ?? '',
        count: review.checked?.length ?? 0,
      });
    }
    return (
      describeValue(conflict, value, questions.get(conflict.key), qt, language) ??
      t('sync.conflict.none')
    );
  };
  return (
    <table className="sync-conflicts">
      <caption className="visually-hidden">{t('sync.conflict.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('sync.conflict.what')}</th>
          <th scope="col">{t('sync.conflict.mine')}</th>
          <th scope="col">{t('sync.conflict.theirs')}</th>
        </tr>
      </thead>
      <tbody>
        {conflicts.map((conflict) => (
          <tr key={`${conflict.part}:${conflict.key}`}>
            <th scope="row">
              {t(`sync.conflict.part.${conflict.part}`, {
                subject:
                  conflict.part === 'processorReviews'
                    ? vendorOf(conflict.mine) || vendorOf(conflict.theirs)
                    : qt.text(`questions.${conflict.key}.label`),
              })}
            </th>
            <td data-label={t('sync.conflict.mine')}>{describe(conflict, conflict.mine)}</td>
            <td data-label={t('sync.conflict.theirs')}>{describe(conflict, conflict.theirs)}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

/** One side's answer, note or owner entry as a person reads it; null when there is none. */
function describeValue(
  conflict: EditConflict,
  value: unknown,
  question: Question | undefined,
  qt: QuestionnaireText,
  language: string,
): string | null {
  if (value === undefined || value === null) return null;
  switch (conflict.part) {
    case 'answers':
      return question &&
        (typeof value === 'string' || typeof value === 'number' || Array.isArray(value))
        ? answerText(question, value as string | number | string[], qt, language)
        : null;
    case 'notes':
      return typeof value === 'string' ? value : null;
    case 'actionPlan': {
      const entry = value as { ownerName?: string | null; dueDate?: string | null };
      return [entry.ownerName, entry.dueDate].filter(Boolean).join(', ') || null;
    }
    default:
      return null;
  }
}

function vendorOf(value: unknown): string {
  return typeof value === 'object' && value !== null && 'vendor' in value
    ? String(value.vendor)
    : '';
}
