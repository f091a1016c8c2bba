import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import type { ImportAnswerProblem, ImportProblem } from '@/engine/transfer/import-problem';
import type { ImportedAssessment } from '@/engine/transfer/parse-import';
import { useQuestionnaireTextFor } from '../wizard/use-questionnaire-text-for';

/** A long list would bury the message; the rest is counted. */
const SHOWN = 20;

/** Why a file was refused: one sentence, and the answers that did not fit when that was the reason. */
export interface Refusal {
  readonly text: string;
  readonly answers: readonly ImportAnswerProblem[];
}

export function refusal(t: TFunction, fileName: string, problem: ImportProblem): Refusal {
  return {
    text: `${t('library.importFailed', { file: fileName })} ${t(`transfer.problems.${problem.code}`, { ...problem })}`,
    answers: problem.code === 'answers-do-not-fit' ? problem.answers : [],
  };
}

export function RefusalNotice({
  refusal,
  questionnaireId,
}: {
  readonly refusal: Refusal;
  readonly questionnaireId: string;
}) {
  return (
    <div className="notice notice-warning config-notice" role="alert">
      <p>{refusal.text}</p>
      {refusal.answers.length > 0 && (
        <AnswerList questionnaireId={questionnaireId} answers={refusal.answers} withPath />
      )}
    </div>
  );
}

/** What happened to the answers of imported assessments that did not fit: left out, or kept to correct. */
export function ImportAnswerNotes({
  assessments,
  questionnaireId,
}: {
  readonly assessments: readonly ImportedAssessment[];
  readonly questionnaireId: string;
}) {
  const { t } = useTranslation();
  const noted = assessments.filter((a) => a.dropped.length > 0 || a.toCorrect.length > 0);
  if (noted.length === 0) return null;
  return (
    <div className="notice notice-warning config-notice">
      {noted.map((a, index) => (
        <div key={index}>
          {a.dropped.length > 0 && (
            <>
              <p>{t('transfer.droppedList', { name: a.name })}</p>
              <AnswerList questionnaireId={questionnaireId} answers={a.dropped} />
            </>
          )}
          {a.toCorrect.length > 0 && (
            <>
              <p>{t('transfer.toCorrectList', { name: a.name })}</p>
              <AnswerList questionnaireId={questionnaireId} answers={a.toCorrect} />
            </>
          )}
        </div>
      ))}
    </div>
  );
}

function AnswerList({
  questionnaireId,
  answers,
  withPath = false,
}: {
  readonly questionnaireId: string;
  readonly answers: readonly ImportAnswerProblem[];
  /** For a person who will edit the file: where each answer is in it. */
  readonly withPath?: boolean;
}) {
  const { t } = useTranslation();
  const qt = useQuestionnaireTextFor(questionnaireId);
  const line = (p: ImportAnswerProblem) => {
    const key = `questions.${p.questionId}.label`;
    const known = p.code !== 'unknownQuestion' && qt.has(key);
    const question = !known ? p.path : withPath ? `${qt.text(key)} (${p.path})` : qt.text(key);
    // An option with a text is named as the person knows it; any other as the file has it.
    const option =
      (p.code === 'duplicateOption' || p.code === 'exclusiveCombined') &&
      (qt.has(`questions.${p.questionId}.options.${p.option}`) || qt.has(`options.${p.option}`))
        ? qt.option(p.questionId, p.option)
        : undefined;
    return t(`transfer.answer.${p.code}`, { ...p, question, ...(option && { option }) });
  };
  const rest = answers.length - SHOWN;
  return (
    <ul className="issue-list">
      {answers.slice(0, SHOWN).map((p) => (
        <li key={p.path}>{line(p)}</li>
      ))}
      {rest > 0 && <li>{t('transfer.answer.more', { count: rest })}</li>}
    </ul>
  );
}
