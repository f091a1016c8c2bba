import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { usePdfExportStatus, type PdfExport } from './use-pdf-export';

/** The download button, disabled while the PDF is being made. */
export function PdfButton({
  pdf,
  onClick,
  children,
}: {
  pdf: PdfExport;
  onClick: () => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  const busy = usePdfExportStatus(pdf).state === 'busy';
  return (
    <button type="button" className="button primary" onClick={onClick} disabled={busy}>
      {busy ? t('results.downloading') : children}
    </button>
  );
}

/** How far the PDF is, spoken politely: the live region is there before the export starts. */
export function PdfProgress({ pdf }: { pdf: PdfExport }) {
  const { t } = useTranslation();
  const { state, percent } = usePdfExportStatus(pdf);
  return (
    <p className="hint pdf-progress" role="status" aria-live="polite">
      {state === 'busy' ? t('results.progress', { percent }) : ''}
    </p>
  );
}

/** The error when the PDF could not be made. */
export function PdfFailure({ pdf, className }: { pdf: PdfExport; className: string }) {
  const { t } = useTranslation();
  if (usePdfExportStatus(pdf).state !== 'failed') return null;
  return (
    <p className={className} role="alert">
      {t('results.downloadFailed')}
    </p>
  );
}
