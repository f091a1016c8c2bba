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
  const raw = 'raw' in restore ? restore.raw : null;
  const downloadUrl = useMemo(
    () =>
      raw === null ? null : URL.createObjectURL(new Blob([raw], { type: 'application/json' })),
    [raw],
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
            {downloadUrl && (
              <a
                className="button secondary"
                href={downloadUrl}
                download="gdpr-readiness-stored-data.json"
              >
                {t('storage.download')}
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
