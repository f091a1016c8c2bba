import { useId, useRef, useState } from 'react';
import type { TFunction } from 'i18next';
import { MAX_NAME, type AssessmentMeta } from '@/engine/library/library';
import type { AssessmentStatus, AssessmentSummary } from '@/report/assessment-summary';
import { ConfirmDialog } from '../components/confirm-dialog';
import { formatDateTime } from './format-date';

export interface Row {
  readonly meta: AssessmentMeta;
  readonly summary: AssessmentSummary;
  readonly displayName: string;
  /** Changed since it was last exported (or never exported). */
  readonly unexported: boolean;
}

/**
 * The words every row shows, looked up once for the whole list: a translation lookup per label
 * per row made a list of 200 rows take a tenth of a second longer to appear on a slow phone.
 */
export interface RowTexts {
  readonly language: string;
  /** Column names, repeated beside each value where a narrow screen shows the row as a card. */
  readonly columns: Readonly<Record<'status' | 'score' | 'changed' | 'exported', string>>;
  readonly status: Readonly<Record<AssessmentStatus, string>>;
  readonly active: string;
  readonly reassessment: string;
  readonly never: string;
  readonly changedSince: string;
  readonly open: string;
  readonly rename: string;
  readonly renameLabel: string;
  readonly save: string;
  readonly cancel: string;
  readonly duplicate: string;
  readonly export: string;
  readonly delete: string;
  readonly deleteTitle: (name: string) => string;
  readonly deleteBody: string;
  readonly deleteConfirm: string;
}

export function rowTexts(t: TFunction, language: string): RowTexts {
  return {
    language,
    columns: {
      status: t('library.columns.status'),
      score: t('library.columns.score'),
      changed: t('library.columns.changed'),
      exported: t('library.columns.exported'),
    },
    status: {
      'not-started': t('library.status.not-started'),
      'in-progress': t('library.status.in-progress'),
      complete: t('library.status.complete'),
      unreadable: t('library.status.unreadable'),
    },
    active: t('library.active'),
    reassessment: t('library.reassessment'),
    never: t('library.never'),
    changedSince: t('library.changedSince'),
    open: t('library.open'),
    rename: t('library.rename'),
    renameLabel: t('library.renameLabel'),
    save: t('library.save'),
    cancel: t('library.cancel'),
    duplicate: t('library.duplicate'),
    export: t('library.export'),
    delete: t('library.delete'),
    deleteTitle: (name) => t('library.deleteTitle', { name }),
    deleteBody: t('library.deleteBody'),
    deleteConfirm: t('library.deleteConfirm'),
  };
}

export interface AssessmentRowProps {
  readonly row: Row;
  readonly texts: RowTexts;
  readonly active: boolean;
  readonly onOpen: () => void;
  readonly onRename: (name: string) => void;
  readonly onDuplicate: () => void;
  readonly onExport: () => void;
  readonly onRemove: () => void;
}

export function AssessmentRow({
  row,
  texts,
  active,
  onOpen,
  onRename,
  onDuplicate,
  onExport,
  onRemove,
}: AssessmentRowProps) {
  const [renaming, setRenaming] = useState(false);
  const [confirming, setConfirming] = useState(false);
  // The dialog is made when first asked for (a dialog per row is hundreds of hidden elements),
  // then kept, so closing it hands focus back to the button that opened it.
  const [asked, setAsked] = useState(false);
  const renameButton = useRef<HTMLButtonElement>(null);
  const inputId = useId();
  const { meta, summary, displayName } = row;
  const date = (iso: string | null) => (iso ? formatDateTime(iso, texts.language) : '—');
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
            <label htmlFor={inputId}>{texts.renameLabel}</label>
            <input
              id={inputId}
              name="name"
              defaultValue={meta.name || displayName}
              maxLength={MAX_NAME}
              // eslint-disable-next-line jsx-a11y/no-autofocus -- the field the person just asked for
              autoFocus
              onKeyDown={(event) => {
                if (event.key === 'Escape') closeRename();
              }}
            />
            <button type="submit" className="button primary">
              {texts.save}
            </button>
            <button type="button" className="button secondary" onClick={closeRename}>
              {texts.cancel}
            </button>
          </form>
        ) : (
          <>
            {displayName}
            {active && <span className="library-active"> {texts.active}</span>}
            {meta.basedOn && <span className="library-based-on"> {texts.reassessment}</span>}
          </>
        )}
      </th>
      <td data-label={texts.columns.status}>{texts.status[summary.status]}</td>
      <td data-label={texts.columns.score}>
        {summary.score === null ? (
          '—'
        ) : (
          <span className={`rag rag-${summary.rag ?? 'none'}`}>
            {summary.score}
            <span className="visually-hidden"> / 100</span>
          </span>
        )}
      </td>
      <td data-label={texts.columns.changed}>{date(summary.updatedAt)}</td>
      <td data-label={texts.columns.exported}>
        {meta.lastExportedAt ? date(meta.lastExportedAt) : texts.never}
        {row.unexported && meta.lastExportedAt && (
          <span className="library-unexported"> {texts.changedSince}</span>
        )}
      </td>
      <td className="library-row-actions">
        <div className="library-actions">
          <button
            type="button"
            className="button primary"
            onClick={onOpen}
            aria-label={`${texts.open}: ${displayName}`}
          >
            {texts.open}
          </button>
          <button
            ref={renameButton}
            type="button"
            className="button secondary"
            onClick={() => setRenaming(true)}
            aria-label={`${texts.rename}: ${displayName}`}
          >
            {texts.rename}
          </button>
          <button
            type="button"
            className="button secondary"
            onClick={onDuplicate}
            aria-label={`${texts.duplicate}: ${displayName}`}
          >
            {texts.duplicate}
          </button>
          <button
            type="button"
            className="button secondary"
            onClick={onExport}
            aria-label={`${texts.export}: ${displayName}`}
          >
            {texts.export}
          </button>
          <button
            type="button"
            className="button danger"
            onClick={() => {
              setAsked(true);
              setConfirming(true);
            }}
            aria-label={`${texts.delete}: ${displayName}`}
          >
            {texts.delete}
          </button>
        </div>
        {asked && (
          <ConfirmDialog
            open={confirming}
            title={texts.deleteTitle(displayName)}
            body={texts.deleteBody}
            confirmLabel={texts.deleteConfirm}
            cancelLabel={texts.cancel}
            onCancel={() => setConfirming(false)}
            onConfirm={() => {
              setConfirming(false);
              onRemove();
            }}
          />
        )}
      </td>
    </tr>
  );
}
