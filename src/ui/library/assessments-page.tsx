import { useEffect, useMemo, useRef, useState } from 'react';
import { useWorkflowTexts } from '../wizard/use-workflow-texts';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import {
  StorageRefusedError,
  type Library,
  type RemovedAssessment,
} from '@/engine/library/library';
import type { Questionnaire } from '@/engine/questionnaire/questionnaire.schema';
import { restoreSession } from '@/engine/session/restore-session';
import { summarizeAssessment } from '@/report/assessment-summary';
import { useDocumentTitle } from '../components/use-document-title';
import { useFocusHeading } from '../components/use-focus-heading';
import { paths } from '../wizard/paths';
import { AssessmentRow, type Row } from './assessment-row';
import { ComparePicker } from './compare-picker';
import { exportAssessments } from './export-assessments';
import { ImportControl } from './import-control';

export interface AssessmentsPageProps {
  readonly library: Library;
  readonly questionnaire: Questionnaire;
  /** What the browser said when asked to keep the data; null while asking. */
  readonly persistence: 'persisted' | 'best-effort' | 'unsupported' | null;
  readonly onOpen: (id: string) => void;
}

export function AssessmentsPage({
  library,
  questionnaire,
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
  // Another tab may change the library; show its changes here too.
  useEffect(() => {
    const refresh = () => setRevision((r) => r + 1);
    window.addEventListener('storage', refresh);
    return () => window.removeEventListener('storage', refresh);
  }, []);

  const rows: Row[] = useMemo(
    () =>
      library.list().map((meta) => {
        const summary = summarizeAssessment(library.read(meta.id), questionnaire);
        const unnamed = t('library.unnamed', {
          date: new Date(meta.createdAt).toLocaleDateString(i18n.language),
        });
        return {
          meta,
          summary,
          displayName: meta.name || summary.organisation || unnamed,
          unexported:
            summary.updatedAt !== null &&
            summary.status !== 'not-started' &&
            (meta.lastExportedAt === null || meta.lastExportedAt < summary.updatedAt),
        };
      }),
    // `revision` re-reads the library after each change made here.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [library, questionnaire, revision, t, i18n.language],
  );
  const activeId = library.activeId();

  const change = (run: () => string | null) => {
    setFailure(null);
    try {
      setMessage(run());
    } catch (error) {
      if (!(error instanceof StorageRefusedError)) throw error;
      setMessage(null);
      setFailure(t('library.storageRefused'));
    }
    setRevision((r) => r + 1);
  };

  const parseSession = (raw: string) => {
    const restored = restoreSession(raw, questionnaire);
    return restored.kind === 'restored' ? restored.session : null;
  };

  const unexported = rows.filter((r) => r.unexported);

  return (
    <section className="library" aria-labelledby="library-heading">
      <h1 id="library-heading" ref={heading} tabIndex={-1}>
        {t('library.title')}
      </h1>
      <p className="lead">{t('library.intro')}</p>
      {persistence && <p className="library-storage">{t(`library.persistence.${persistence}`)}</p>}

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
            {rows.map((row) => (
              <AssessmentRow
                key={row.meta.id}
                row={row}
                active={row.meta.id === activeId}
                onOpen={() => onOpen(row.meta.id)}
                onRename={(name) =>
                  change(() => {
                    library.rename(row.meta.id, name);
                    return t('library.renamed');
                  })
                }
                onDuplicate={() =>
                  change(() => {
                    const copy = library.duplicate(
                      row.meta.id,
                      t('library.reassessmentName', {
                        name: row.displayName,
                        date: new Date().toLocaleDateString(i18n.language),
                      }),
                      parseSession,
                    );
                    return copy
                      ? t('library.duplicated', { name: copy.name })
                      : t('library.unreadable');
                  })
                }
                onExport={() =>
                  change(() => {
                    const count = exportAssessments(
                      library,
                      questionnaire,
                      [{ id: row.meta.id, name: row.displayName }],
                      row.displayName,
                    );
                    return count > 0 ? t('library.exported', { count }) : t('library.unreadable');
                  })
                }
                onRemove={() =>
                  change(() => {
                    const gone = library.remove(row.meta.id);
                    setRemoved(gone ? { item: gone, label: row.displayName } : null);
                    requestAnimationFrame(() => undoRef.current?.focus());
                    return null;
                  })
                }
              />
            ))}
          </tbody>
        </table>
      )}

      <ImportControl
        library={library}
        questionnaire={questionnaire}
        existing={rows}
        onImported={(text) => {
          setMessage(text);
          setRevision((r) => r + 1);
        }}
      />

      {rows.length >= 2 && <ComparePicker rows={rows} />}
    </section>
  );
}
