import { formatDate } from './format-date';
import { useCallback, useMemo, useRef, useState } from 'react';
import { useWorkflowTexts } from '../wizard/use-workflow-texts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { whenStored, type Library, type RemovedAssessment } from '@/engine/library/library';
import type { SummaryCache } from '@/engine/library/summary-cache';
import type { Questionnaire } from '@/engine/questionnaire/questionnaire.schema';
import { restoreSession } from '@/engine/session/restore-session';
import type { AssessmentSummary } from '@/report/assessment-summary';
import { useDocumentTitle } from '../components/use-document-title';
import { useFocusHeading } from '../components/use-focus-heading';
import { LibraryRepairNotice } from '../components/library-repair-notice';
import { paths } from '../wizard/paths';
import { ComparePicker } from './compare-picker';
import { exportAssessments } from './export-assessments';
import { ImportControl } from './import-control';
import { rowTexts } from './assessment-row';
import { LibraryRow, type RowActions } from './library-row';
import { useLibraryRows } from './use-library-rows';
import { useProgressiveCount } from './use-progressive-count';

/** Rows rendered at once: a screenful on a large screen; the rest follow a batch per frame. */
const FIRST_ROWS = 8;

export interface AssessmentsPageProps {
  readonly library: Library;
  readonly questionnaire: Questionnaire;
  /** The list's summary per assessment, kept beside it so the list opens without scoring all. */
  readonly summaries: SummaryCache<AssessmentSummary>;
  /** What the browser said when asked to keep the data; null while asking. */
  readonly persistence: 'persisted' | 'best-effort' | 'unsupported' | null;
  readonly onOpen: (id: string) => void;
}

export function AssessmentsPage({
  library,
  questionnaire,
  summaries,
  persistence,
  onOpen,
}: AssessmentsPageProps) {
  useWorkflowTexts();
  const { t, i18n } = useTranslation();
  const heading = useFocusHeading('assessments');
  useDocumentTitle(t('library.title'));
  const [revision, setRevision] = useState(0);
  const [message, setMessage] = useState<string | null>(null);
  const [failure, setFailure] = useState<string | null>(null);
  const [removed, setRemoved] = useState<{ item: RemovedAssessment; label: string } | null>(null);
  const undoRef = useRef<HTMLButtonElement>(null);
  // Rows are read again after each change here, and after another tab's change to one shown.
  const rows = useLibraryRows(library, summaries, revision);
  const rendered = useProgressiveCount(rows.length, FIRST_ROWS);
  const activeId = library.activeId();
  const texts = useMemo(() => rowTexts(t, i18n.language), [t, i18n.language]);

  const change = useCallback(
    (run: () => string | null) => {
      const changed = whenStored(run);
      setMessage(changed.kind === 'stored' ? changed.value : null);
      setFailure(changed.kind === 'refused' ? t('library.storageRefused') : null);
      setRevision((r) => r + 1);
    },
    [t],
  );

  // One object for every row, so a row whose data did not change does not render again.
  const actions = useMemo<RowActions>(
    () => ({
      open: (row) => onOpen(row.meta.id),
      rename: (row, name) =>
        change(() => {
          library.rename(row.meta.id, name);
          return t('library.renamed');
        }),
      duplicate: (row) =>
        change(() => {
          const copy = library.duplicate(
            row.meta.id,
            t('library.reassessmentName', {
              name: row.displayName,
              date: formatDate(new Date(), i18n.language),
            }),
            (raw) => {
              const restored = restoreSession(raw, questionnaire);
              return restored.kind === 'restored' ? restored.session : null;
            },
          );
          return copy ? t('library.duplicated', { name: copy.name }) : t('library.unreadable');
        }),
      export: (row) =>
        change(() => {
          const count = exportAssessments(
            library,
            questionnaire,
            [{ id: row.meta.id, name: row.displayName }],
            row.displayName,
          );
          return count > 0 ? t('library.exported', { count }) : t('library.unreadable');
        }),
      remove: (row) =>
        change(() => {
          const gone = library.remove(row.meta.id);
          setRemoved(gone ? { item: gone, label: row.displayName } : null);
          requestAnimationFrame(() => undoRef.current?.focus());
          return null;
        }),
    }),
    [change, i18n.language, library, onOpen, questionnaire, t],
  );

  const unexported = rows.filter((r) => r.unexported);

  return (
    <section className="library" aria-labelledby="library-heading">
      <h1 id="library-heading" ref={heading} tabIndex={-1}>
        {t('library.title')}
      </h1>
      <p className="lead">{t('library.intro')}</p>
      {persistence && <p className="library-storage">{t(`library.persistence.${persistence}`)}</p>}
      <LibraryRepairNotice library={library} />

      <div className="results-actions">
        <button
          type="button"
          className="button primary"
          onClick={() =>
            change(() => {
              const meta = library.create(questionnaire.id, { activate: true });
              onOpen(meta.id);
              return null;
            })
          }
        >
          {t('library.new')}
        </button>
        <button
          type="button"
          className="button secondary"
          disabled={rows.length === 0}
          onClick={() =>
            change(() => {
              const count = exportAssessments(
                library,
                questionnaire,
                rows.map((r) => ({ id: r.meta.id, name: r.displayName })),
                'assessments',
              );
              return t('library.exported', { count });
            })
          }
        >
          {t('library.exportAll')}
        </button>
        <Link className="button secondary" to={paths.merge.href()}>
          {t('library.merge')}
        </Link>
      </div>

      {unexported.length > 0 && (
        <p className="notice library-reminder">
          {t('library.backupReminder', { count: unexported.length })}
        </p>
      )}

      <div role="status" className="library-status">
        {message && <p>{message}</p>}
        {removed && (
          <p>
            {t('library.removed', { name: removed.label })}{' '}
            <button
              ref={undoRef}
              type="button"
              className="button secondary"
              onClick={() =>
                change(() => {
                  library.restore(removed.item);
                  setRemoved(null);
                  return t('library.restored');
                })
              }
            >
              {t('library.undo')}
            </button>
          </p>
        )}
      </div>
      {failure && (
        <p className="notice notice-warning" role="alert">
          {failure}
        </p>
      )}

      {rows.length === 0 ? (
        <p>{t('library.empty')}</p>
      ) : (
        <table className="library-table">
          <caption className="visually-hidden">{t('library.caption')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('library.columns.name')}</th>
              <th scope="col">{t('library.columns.status')}</th>
              <th scope="col">{t('library.columns.score')}</th>
              <th scope="col">{t('library.columns.changed')}</th>
              <th scope="col">{t('library.columns.exported')}</th>
              <th scope="col">{t('library.columns.actions')}</th>
            </tr>
          </thead>
          <tbody>
            {rows.slice(0, rendered).map((row) => (
              <LibraryRow
                key={row.meta.id}
                row={row}
                texts={texts}
                active={row.meta.id === activeId}
                actions={actions}
              />
            ))}
          </tbody>
        </table>
      )}

      <ImportControl
        library={library}
        questionnaire={questionnaire}
        summaries={summaries}
        existing={rows}
        onImported={(text) => {
          setMessage(text);
          setRevision((r) => r + 1);
        }}
      />

      {/* After the rows: hundreds of options would hold back the first rows. */}
      {rows.length >= 2 && rendered === rows.length && <ComparePicker rows={rows} />}
    </section>
  );
}
