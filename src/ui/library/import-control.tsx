import { useId, useState, type ChangeEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { StorageRefusedError, type Library } from '@/engine/library/library';
import type { Questionnaire } from '@/engine/questionnaire/questionnaire.schema';
import {
  addImported,
  importIntoLibrary,
  type ImportOutcome,
} from '@/engine/library/import-into-library';
import type { ImportedAssessment } from '@/engine/transfer/parse-import';
import { ConfirmDialog } from '../components/confirm-dialog';
import type { Row } from './assessment-row';

export interface ImportControlProps {
  readonly library: Library;
  readonly questionnaire: Questionnaire;
  readonly existing: readonly Row[];
  readonly onImported: (message: string) => void;
}

/** Reads an export file or a report PDF and adds its assessments; never replaces one. */
export function ImportControl({
  library,
  questionnaire,
  existing,
  onImported,
}: ImportControlProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const [problem, setProblem] = useState<string | null>(null);
  const [pending, setPending] = useState<readonly ImportedAssessment[] | null>(null);

  const report = (outcome: ImportOutcome) => {
    if (outcome.kind !== 'added') return;
    onImported(
      [
        t('library.imported', { count: outcome.added.length }),
        outcome.dropped > 0 ? t('library.importDropped', { count: outcome.dropped }) : '',
      ]
        .filter(Boolean)
        .join(' '),
    );
  };

  const attempt = (run: () => ImportOutcome) => {
    try {
      return run();
    } catch (error) {
      if (!(error instanceof StorageRefusedError)) throw error;
      setProblem(t('library.storageRefused'));
      return null;
    }
  };

  const read = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    input.value = '';
    setProblem(null);
    if (!file) return;
    const bytes = new Uint8Array(await file.arrayBuffer());
    const outcome = attempt(() =>
      importIntoLibrary(
        library,
        { name: file.name, bytes },
        (id) => (id === questionnaire.id ? questionnaire : undefined),
        (a) =>
          existing.some((row) => row.meta.createdAt === a.createdAt && row.displayName === a.name),
      ),
    );
    if (outcome === null) return;
    if (outcome.kind === 'refused') {
      setProblem(
        `${t('library.importFailed', { file: file.name })} ${t(`transfer.problems.${outcome.problem.code}`, { ...outcome.problem })}`,
      );
    } else if (outcome.kind === 'clash') {
      setPending(outcome.assessments);
    } else {
      report(outcome);
    }
  };

  return (
    <section className="library-import" aria-labelledby={`${inputId}-heading`}>
      <h2 id={`${inputId}-heading`}>{t('library.importTitle')}</h2>
      <p>{t('library.importIntro')}</p>
      <label htmlFor={inputId}>{t('library.importLabel')}</label>
      <input
        id={inputId}
        type="file"
        accept=".json,.pdf,application/json,application/pdf"
        onChange={(event) => void read(event)}
      />
      {problem && (
        <p className="notice notice-warning" role="alert">
          {problem}
        </p>
      )}
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
          const assessments = pending ?? [];
          setPending(null);
          const outcome = attempt(() => addImported(library, assessments));
          if (outcome) report(outcome);
        }}
      />
    </section>
  );
}
