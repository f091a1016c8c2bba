import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { AssessmentMeta } from '@/engine/library/library';
import type { AssessmentSummary } from '@/report/assessment-summary';
import { ConfirmDialog } from '../components/confirm-dialog';
import { formatDateTime } from './format-date';

export interface Row {
  readonly meta: AssessmentMeta;
  readonly summary: AssessmentSummary;
  readonly displayName: string;
  /** Changed since it was last exported (or never exported). */
  readonly unexported: boolean;
}

export interface AssessmentRowProps {
  readonly row: Row;
  readonly active: boolean;
  readonly onOpen: () => void;
  readonly onRename: (name: string) => void;
  readonly onDuplicate: () => void;
  readonly onExport: () => void;
  readonly onRemove: () => void;
}

export function AssessmentRow({
  row,
  active,
  onOpen,
  onRename,
  onDuplicate,
  onExport,
  onRemove,
}: AssessmentRowProps) {
  const { t, i18n } = useTranslation();
  const [renaming, setRenaming] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const inputId = useId();
  const { meta, summary, displayName } = row;
  const date = (iso: string | null) => (iso ? formatDateTime(iso, i18n.language) : '—');
  const closeRename = () => {
    setRenaming(false);
    requestAnimationFrame(() => renameButton.current?.focus());
  };

  return (
    <tr aria-current={active ? 'true' : undefined}>
      <th scope="row">
        {renaming ? (
          <form
            className="library-rename"
            onSubmit={(event) => {
              event.preventDefault();
              const value = new FormData(event.currentTarget).get('name');
              onRename(typeof value === 'string' ? value : '');
              closeRename();
            }}
          >
            <label htmlFor={inputId}>{t('library.renameLabel')}</label>
            <input
              id={inputId}
              name="name"
              defaultValue={meta.name || displayName}
              maxLength={200}
              // eslint-disable-next-line jsx-a11y/no-autofocus -- the field the person just asked for
              autoFocus
              onKeyDown={(event) => {
                if (event.key === 'Escape') closeRename();
              }}
            />
            <button type="submit" className="button primary">
              {t('library.save')}
            </button>
            <button type="button" className="button secondary" onClick={closeRename}>
              {t('library.cancel')}
            </button>
          </form>
        ) : (
          <>
            {displayName}
            {active && <span className="library-active"> {t('library.active')}</span>}
            {meta.basedOn && <span className="library-based-on"> {t('library.reassessment')}</span>}
          </>
        )}
      </th>
      <td>{t(`library.status.${summary.status}`)}</td>
      <td>
        {summary.score === null ? (
          '—'
        ) : (
          <span className={`rag rag-${summary.rag ?? 'none'}`}>
            {summary.score}
            <span className="visually-hidden"> / 100</span>
          </span>
        )}
      </td>
      <td>{date(summary.updatedAt)}</td>
      <td>
        {meta.lastExportedAt ? date(meta.lastExportedAt) : t('library.never')}
        {row.unexported && meta.lastExportedAt && (
          <span className="library-unexported"> {t('library.changedSince')}</span>
        )}
      </td>
      <td>
        <div className="library-actions">
          <button
            type="button"
            className="button primary"
            onClick={onOpen}
            aria-label={`${t('library.open')}: ${displayName}`}
          >
            {t('library.open')}
          </button>
          <button
            ref={renameButton}
            type="button"
            className="button secondary"
            onClick={() => setRenaming(true)}
            aria-label={`${t('library.rename')}: ${displayName}`}
          >
            {t('library.rename')}
          </button>
          <button
            type="button"
            className="button secondary"
            onClick={onDuplicate}
            aria-label={`${t('library.duplicate')}: ${displayName}`}
          >
            {t('library.duplicate')}
          </button>
          <button
            type="button"
            className="button secondary"
            onClick={onExport}
            aria-label={`${t('library.export')}: ${displayName}`}
          >
            {t('library.export')}
          </button>
          <button
            type="button"
            className="button danger"
            onClick={() => setConfirming(true)}
            aria-label={`${t('library.delete')}: ${displayName}`}
          >
            {t('library.delete')}
          </button>
        </div>
        <ConfirmDialog
          open={confirming}
          title={t('library.deleteTitle', { name: displayName })}
          body={t('library.deleteBody')}
          confirmLabel={t('library.deleteConfirm')}
          cancelLabel={t('library.cancel')}
          onCancel={() => setConfirming(false)}
          onConfirm={() => {
            setConfirming(false);
            onRemove();
          }}
        />
      </td>
    </tr>
  );
}
