import { FilePicker } from '../components/file-picker';
import { useId, useMemo, useState, type ChangeEvent } from 'react';
import { useWorkflowTexts } from '../wizard/use-workflow-texts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { cleanName } from '@/engine/library/assessment-name';
import { MAX_NAME, whenStored, type Library } from '@/engine/library/library';
import { sameAnswer } from '@/engine/merge/answer-key';
import { choosePlanValue, shownConflicts } from '@/engine/merge/merge-choices';
import {
  mergeSessions,
  openConflicts,
  resolveMerge,
  type MergeChoices,
  type Participant,
} from '@/engine/merge/merge-sessions';
import { addParticipants, removeParticipant } from '@/engine/merge/participants';
import type {
  AnswerValue,
  Question,
  Questionnaire,
} from '@/engine/questionnaire/questionnaire.schema';
import type { ImportedAssessment } from '@/engine/transfer/parse-import';
import { answerText } from '../components/answer-text';
import { useDocumentTitle } from '../components/use-document-title';
import { useFocusHeading } from '../components/use-focus-heading';
import { useQuestionnaireTextFor } from '../wizard/use-questionnaire-text-for';
import { paths } from '../wizard/paths';
import { ImportAnswerNotes, RefusalNotice, refusal, type Refusal } from './import-answer-notes';
import { readImport, type ImportStage } from './read-import';

export interface MergePageProps {
  readonly library: Library;
  readonly questionnaire: Questionnaire;
  /** Called after the merged assessment was stored and made the active one. */
  readonly onMerged: () => void;
}

export function MergePage({ library, questionnaire, onMerged }: MergePageProps) {
  useWorkflowTexts();
  const { t, i18n } = useTranslation();
  const qt = useQuestionnaireTextFor(questionnaire.id);
  const heading = useFocusHeading('merge');
  useDocumentTitle(t('merge.title'));
  const id = useId();
  const [participants, setParticipants] = useState<readonly Participant[]>([]);
  const [problem, setProblem] = useState<Refusal | null>(null);
  const [read, setRead] = useState<readonly ImportedAssessment[]>([]);
  const [reading, setReading] = useState<{ name: string; stage: ImportStage } | null>(null);
  const [choices, setChoices] = useState<Readonly<Record<string, AnswerValue>>>({});
  const [name, setName] = useState('');

  const questions = useMemo(
    () => new Map(questionnaire.sections.flatMap((s) => s.questions).map((q) => [q.id, q])),
    [questionnaire],
  );
  const merged = useMemo(
    () => (participants.length >= 2 ? mergeSessions(questionnaire, participants) : null),
    [questionnaire, participants],
  );
  const merge = merged?.ok ? merged.merge : null;
  const open = merge ? openConflicts(questionnaire, merge, { answers: choices }) : [];
  const shown = merge ? shownConflicts(merge, { answers: choices }, open) : [];
  const [planChoices, setPlanChoices] = useState<NonNullable<MergeChoices['actionPlan']>>({});

  const add = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const files = [...(input.files ?? [])];
    input.value = '';
    setProblem(null);
    setRead([]);
    const added: Participant[] = [];
    const assessments: ImportedAssessment[] = [];
    for (const file of files) {
      const { result } = await readImport(file, questionnaire, (stage) =>
        setReading({ name: file.name, stage }),
      ).finally(() => setReading(null));
      if (!result.ok) {
        setProblem(refusal(t, file.name, result.problem));
        return;
      }
      for (const a of result.assessments) added.push({ name: a.name, session: a.session });
      assessments.push(...result.assessments);
    }
    setRead(assessments);
    setParticipants((current) => addParticipants(current, added));
    setChoices({});
    setPlanChoices({});
  };

  const create = () => {
    if (!merge) return;
    const created = whenStored(() =>
      library.create(questionnaire.id, {
        name: cleanName(name) || t('merge.defaultName', { count: participants.length }),
        session: resolveMerge(questionnaire, merge, { answers: choices, actionPlan: planChoices }),
        activate: true,
      }),
    );
    if (created.kind === 'refused') {
      setProblem({ text: t('library.storageRefused'), answers: [] });
      return;
    }
    onMerged();
  };

  const label = (questionId: string) => qt.text(`questions.${questionId}.label`);

  return (
    <section className="merge" aria-labelledby="merge-heading">
      <h1 id="merge-heading" ref={heading} tabIndex={-1}>
        {t('merge.title')}
      </h1>
      <p className="lead">{t('merge.intro')}</p>

      <h2>{t('merge.participantsTitle', { count: participants.length })}</h2>
      {participants.length > 0 && (
        <ul className="merge-participants">
          {participants.map((p) => (
            <li key={p.name}>
              {p.name}{' '}
              <button
                type="button"
                className="button secondary"
                aria-label={t('merge.removeParticipant', { name: p.name })}
                onClick={() => {
                  setParticipants((current) => removeParticipant(current, p.name));
                  setChoices({});
                  setPlanChoices({});
                }}
              >
                {t('merge.remove')}
              </button>
            </li>
          ))}
        </ul>
      )}
      <FilePicker
        id={`${id}-files`}
        label={t('merge.filesLabel')}
        button={t('merge.chooseFiles')}
        multiple
        accept=".json,.pdf,application/json,application/pdf"
        onChange={(event) => void add(event)}
      />
      <p aria-live="polite" className="library-import-status">
        {reading && t(`library.importStage.${reading.stage}`, { name: reading.name })}
      </p>
      {problem && <RefusalNotice refusal={problem} questionnaireId={questionnaire.id} />}
      <ImportAnswerNotes assessments={read} questionnaireId={questionnaire.id} />
      {participants.length === 1 && <p>{t('merge.needTwo')}</p>}
      {merged && !merged.ok && (
        <p className="notice notice-warning" role="alert">
          {t('merge.mixed')}
        </p>
      )}

      {merge && (
        <>
          <h2>{t('merge.differencesTitle')}</h2>
          <p role="status">
            {t('merge.summary', {
              agreed: Object.keys(merge.agreed).length,
              open: open.length,
            })}
          </p>
          {shown.map((conflict) => {
            const question = questions.get(conflict.questionId) as Question;
            const chosen = choices[conflict.questionId];
            return (
              <fieldset key={conflict.questionId} className="merge-conflict">
                <legend>{label(conflict.questionId)}</legend>
                {conflict.variants.map((variant, index) => {
                  const value = answerText(question, variant.value, qt, i18n.language);
                  return (
                    <label key={index} className="merge-variant">
                      <input
                        type="radio"
                        name={`${id}-${conflict.questionId}`}
                        checked={sameAnswer(chosen, variant.value)}
                        onChange={() =>
                          setChoices((current) => ({
                            ...current,
                            [conflict.questionId]: variant.value,
                          }))
                        }
                      />{' '}
                      {t('merge.variant', { value, names: variant.participants.join(', ') })}
                    </label>
                  );
                })}
              </fieldset>
            );
          })}

          {merge.planConflicts.length > 0 && (
            <>
              <h2>{t('merge.planTitle')}</h2>
              {merge.planConflicts.map((conflict) => (
                <fieldset
                  key={`${conflict.questionId}-${conflict.field}`}
                  className="merge-conflict"
                >
                  <legend>
                    {t(`merge.planField.${conflict.field}`, {
                      question: label(conflict.questionId),
                    })}
                  </legend>
                  {conflict.variants.map((variant) => (
                    <label key={variant.value} className="merge-variant">
                      <input
                        type="radio"
                        name={`${id}-plan-${conflict.questionId}-${conflict.field}`}
                        checked={
                          planChoices[conflict.questionId]?.[conflict.field] === variant.value
                        }
                        onChange={() =>
                          setPlanChoices((current) =>
                            choosePlanValue(current, conflict, variant.value),
                          )
                        }
                      />{' '}
                      {t('merge.variant', {
                        value: variant.value,
                        names: variant.participants.join(', '),
                      })}
                    </label>
                  ))}
                </fieldset>
              ))}
            </>
          )}

          <h2>{t('merge.resultTitle')}</h2>
          {open.length > 0 && <p>{t('merge.unsettled', { count: open.length })}</p>}
          <div className="field">
            <label htmlFor={`${id}-name`}>{t('merge.nameLabel')}</label>
            <input
              id={`${id}-name`}
              value={name}
              maxLength={MAX_NAME}
              onChange={(event) => setName(event.target.value)}
            />
          </div>
          <div className="results-actions">
            <button type="button" className="button primary" onClick={create}>
              {t('merge.create')}
            </button>
          </div>
        </>
      )}
      <p>
        <Link to={paths.assessments.href()}>{t('compare.back')}</Link>
      </p>
    </section>
  );
}
