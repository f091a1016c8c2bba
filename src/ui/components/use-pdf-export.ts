import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Session } from '@/engine/session/session.schema';
import type { PdfComparison } from '@/report/pdf/render-pdf';
import type { ReportModel } from '@/report/report.types';
import { useDeploymentConfig } from '../deployment/deployment-context';
import { downloadFile } from './download-file';
import { useReportTextsFor } from '../wizard/use-report-texts';

export type PdfExportState = 'idle' | 'busy' | 'failed';

/** Makes and downloads the report PDF, loading jsPDF only when asked; `state` drives the button. */
export function usePdfExport(questionnaireId: string) {
  const { i18n } = useTranslation();
  const rt = useReportTextsFor(questionnaireId);
  const deployment = useDeploymentConfig();
  const [state, setState] = useState<PdfExportState>('idle');
  const run = async (input: {
    model: ReportModel;
    session: Session;
    comparison?: PdfComparison;
    embedNotes?: boolean;
  }) => {
    setState('busy');
    try {
      const { exportPdf } = await import('@/report/pdf/export-pdf');
      const { fileName, bytes } = await exportPdf({
        ...input,
        language: i18n.language === 'nl' ? 'nl' : 'en',
        t: rt.t,
        deployment,
      });
      downloadFile(fileName, bytes as BlobPart, 'application/pdf');
      setState('idle');
    } catch {
      setState('failed');
    }
  };
  return { state, run };
}
