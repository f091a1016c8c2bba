import { FilePicker } from '../components/file-picker';
import { formatDate } from './format-date';
import { startTransition, useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { whenStored, type Library } from '@/engine/library/library';
import type { Questionnaire } from '@/engine/questionnaire/questionnaire.schema';
import { addImported, storeImport, type ImportOutcome } from '@/engine/library/store-import';
import type { SummaryCache } from '@/engine/library/summary-cache';
import type { ImportedAssessment } from '@/engine/transfer/parse-import';
import type { AssessmentSummary } from '@/report/assessment-summary';
import { ConfirmDialog } from '../components/confirm-dialog';
import { nextTask } from '../components/next-task';
import { ImportAnswerNotes, RefusalNotice, refusal, type Refusal } from './import-answer-notes';
import type { Row } from './assessment-row';
import { readImport, type ImportStage, type ReadImport } from './read-import';

export interface ImportControlProps {
  readonly library: Library;
  readonly questionnaire: Questionnaire;
  readonly summaries: SummaryCache<AssessmentSummary>;
  readonly existing: readonly Row[];
  readonly onImported: (message: string) => void;
}

/** How many imported summaries are stored per task. */
const PUT_STEP = 25;

/** Reads an export file or a report PDF and adds its assessments; never replaces one. */
export function ImportControl({
  library,
  questionnaire,
  summaries,
  existing,
  onImported,
}: ImportControlProps) {
  const { t, i18n } = useTranslation();
  const inputId = useId();
  const [problem, setProblem] = useState<Refusal | null>(null);
  const [pending, setPending] = useState<{
    readonly assessments: readonly ImportedAssessment[];
    readonly summaries: ReadImport['summaries'];
  } | null>(null);
  const [reading, setReading] = useState<{ name: string; stage: ImportStage } | null>(null);
  const [imported, setImported] = useState<readonly ImportedAssessment[]>([]);

  const report = async (outcome: ImportOutcome, made: ReadImport['summaries']) => {
    if (outcome.kind !== 'added') return;
    // Scored in the worker already: stored beside each assessment, the list shows them without
    // scoring them here. Stored a few at a time, so no single task keeps the page from answering.
    if (made) {
      for (let i = 0; i < outcome.added.length; i += PUT_STEP) {
        await nextTask();
        outcome.added.slice(i, i + PUT_STEP).forEach((meta, j) => {
          const summary = made[i + j];
          if (summary) summaries.put(meta.id, summary);
        });
      }
    }
    const count = (list: 'dropped' | 'toCorrect') =>
      outcome.assessments.reduce((n, a) => n + a[list].length, 0);
    // A list of hundreds renders in slices the browser can interrupt.
    startTransition(() => {
      setImported(outcome.assessments);
      onImported(
        [
          t('library.imported', { count: outcome.added.length }),
          count('dropped') > 0 ? t('library.importDropped', { count: count('dropped') }) : '',
          count('toCorrect') > 0 ? t('library.importToCorrect', { count: count('toCorrect') }) : '',
        ]
          .filter(Boolean)
          .join(' '),
      );
    });
  };

  // The same assessment: its original, or a copy imported before (its name with a suffix).
  const isClash = (a: ImportedAssessment) =>
    existing.some(
      (row) =>
        row.meta.createdAt === a.createdAt &&
        (row.displayName === a.name ||
          (row.displayName.startsWith(`${a.name} (`) &&
            row.summary.updatedAt === a.session.updatedAt)),
    );
  const importedName = (a: ImportedAssessment) =>
    t('library.importedName', { name: a.name, date: formatDate(new Date(), i18n.language) });

  const attempt = (run: () => ImportOutcome) => {
    const stored = whenStored(run);
    if (stored.kind === 'stored') return stored.value;
    setProblem({ text: t('library.storageRefused'), answers: [] });
    return null;
  };

  const read = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    setProblem(null);
    setImported([]);
    if (!file) return;
    const read = await readImport(file, questionnaire, (stage) =>
      setReading({ name: file.name, stage }),
    ).finally(() => setReading(null));
    const outcome = attempt(() => storeImport(library, read.result, isClash, importedName));
    if (outcome === null) return;
    if (outcome.kind === 'refused') {
      setProblem(refusal(t, file.name, outcome.problem));
    } else if (outcome.kind === 'clash') {
      setPending({ assessments: outcome.assessments, summaries: read.summaries });
    } else {
      await report(outcome, read.summaries);
    }
  };

  return (
    <section className="library-import" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`}>{t('library.importTitle')}</h2>
      <p>{t('library.importIntro')}</p>
      <FilePicker
        id={inputId}
        label={t('library.importLabel')}
        button={t('library.chooseFile')}
        accept=".json,.pdf,application/json,application/pdf"
        onChange={(event) => void read(event)}
      />
      <p aria-live="polite" className="library-import-status">
        {reading && t(`library.importStage.${reading.stage}`, { name: reading.name })}
      </p>
      {problem && <RefusalNotice refusal={problem} questionnaireId={questionnaire.id} />}
      <ImportAnswerNotes assessments={imported} questionnaireId={questionnaire.id} />
      <ConfirmDialog
        open={pending !== null}
        title={t('library.clashTitle')}
        body={t('library.clashBody')}
        confirmLabel={t('library.clashConfirm')}
        cancelLabel={t('library.clashCancel')}
        onCancel={() => {
          // The dialog also reports closing after a confirmation.
          if (pending === null) return;
          setPending(null);
          onImported(t('library.importCancelled'));
        }}
        onConfirm={() => {
          const assessments = pending?.assessments ?? [];
          const made = pending?.summaries ?? null;
          setPending(null);
          const outcome = attempt(() => addImported(library, assessments, importedName));
          if (outcome) void report(outcome, made);
        }}
      />
    </section>
  );
}
