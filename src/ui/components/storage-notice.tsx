import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RestoreResult } from '@/engine/session/restore-session';

const messageKey = {
  corrupt: 'storage.corrupt',
  'unknown-version': 'storage.unknownVersion',
  'other-questionnaire': 'storage.otherQuestionnaire',
} as const;

/** Tells the person what happened to their saved answers, and hands back anything we could not read. */
export function StorageNotice({
  restore,
  saveFailed,
}: {
  restore: RestoreResult;
  saveFailed: boolean;
}) {
  const { t } = useTranslation();
  const [dismissed, setDismissed] = useState(false);
  const download = useMemo(() => downloadFor(restore), [restore]);
  const downloadUrl = useMemo(
    () =>
      download && URL.createObjectURL(new Blob([download.content], { type: 'application/json' })),
    [download],
  );
  useEffect(
    () => () => {
      if (downloadUrl) URL.revokeObjectURL(downloadUrl);
    },
    [downloadUrl],
  );

  const message =
    restore.kind in messageKey
      ? t(messageKey[restore.kind as keyof typeof messageKey])
      : restore.kind === 'restored' && restore.dropped.length > 0
        ? t('storage.dropped', { count: restore.dropped.length })
        : null;

  return (
    <>
      {saveFailed && (
        <div className="notice notice-warning" role="alert">
          <p>{t('storage.saveFailed')}</p>
        </div>
      )}
      {message && !dismissed && (
        <div className="notice notice-warning" role="alert">
          <p>{message}</p>
          <div className="notice-actions">
            {download && downloadUrl && (
              <a className="button secondary" href={downloadUrl} download={download.name}>
                {t(download.label)}
              </a>
            )}
            <button type="button" className="link-button" onClick={() => setDismissed(true)}>
              {t('storage.dismiss')}
            </button>
          </div>
        </div>
      )}
    </>
  );
}

/** What the person can take home: the text we could not read, or the answers left out. */
function downloadFor(restore: RestoreResult) {
  if ('raw' in restore)
    return {
      content: restore.raw,
      name: 'gdpr-readiness-stored-data.json',
      label: 'storage.download',
    } as const;
  if (restore.kind === 'restored' && restore.dropped.length > 0)
    return {
      content: JSON.stringify(restore.droppedAnswers, null, 2),
      name: 'gdpr-readiness-answers-left-out.json',
      label: 'storage.downloadDropped',
    } as const;
  return null;
}
