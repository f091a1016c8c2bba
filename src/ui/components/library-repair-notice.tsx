import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { IndexRepair, Library } from '@/engine/library/library';
import type { IndexRepairCounts } from '@/engine/library/library-index';

const fields = [
  'names',
  'createdDates',
  'exportDates',
  'basedOn',
  'questionnaires',
  'entries',
] as const;

/** Tells the person that the list of assessments was repaired, and hands back the damaged text. */
export function LibraryRepairNotice({ library }: { library: Library }) {
  const [, setDismissed] = useState(0);
  const repairs = library.repairs();
  const dismiss = () => {
    library.dismissRepairs();
    setDismissed((n) => n + 1);
  };
  return repairs.map((repair, i) => <RepairNotice key={i} repair={repair} onDismiss={dismiss} />);
}

function RepairNotice({ repair, onDismiss }: { repair: IndexRepair; onDismiss: () => void }) {
  const { t } = useTranslation();
  const message = useRepairMessage(repair.lost);
  const url = useMemo(
    () => URL.createObjectURL(new Blob([repair.raw], { type: 'application/json' })),
    [repair.raw],
  );
  useEffect(() => () => URL.revokeObjectURL(url), [url]);
  return (
    <div className="notice notice-warning" role="alert">
      <p>{message}</p>
      <div className="notice-actions">
        <a className="button secondary" href={url} download="gdpr-readiness-damaged-list.json">
          {t('storage.library.download')}
        </a>
        <button type="button" className="link-button" onClick={onDismiss}>
          {t('storage.dismiss')}
        </button>
      </div>
    </div>
  );
}

function useRepairMessage(lost: IndexRepairCounts): string {
  const { t, i18n } = useTranslation();
  if (lost.unreadable) return t('storage.library.rebuilt');
  const parts = fields
    .filter((field) => lost[field] > 0)
    .map((field) => t(`storage.library.${field}`, { count: lost[field] }));
  const total = fields.reduce((sum, field) => sum + lost[field], 0);
  const sentences = [
    parts.length > 0
      ? t('storage.library.repaired', {
          count: total,
          list: new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(parts),
        })
      : t('storage.library.repairedPlain'),
  ];
  if (lost.active) sentences.push(t('storage.library.active'));
  if (lost.readopted > 0) sentences.push(t('storage.library.readopted', { count: lost.readopted }));
  if (parts.length === 0 && !lost.active && lost.readopted === 0)
    sentences.push(t('storage.library.nothingLost'));
  return sentences.join(' ');
}
