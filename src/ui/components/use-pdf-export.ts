import { useEffect, useState, useSyncExternalStore } from 'react';
import { useTranslation } from 'react-i18next';
import { languageOr } from '@/i18n/languages';
import type { Session } from '@/engine/session/session.schema';
import { addReportNamespace } from '@/i18n/report-resources';
import { reportTextResources } from '@/i18n/report-translator';
import type { PdfComparison } from '@/report/pdf/render-pdf';
import type { ReportModel } from '@/report/report.types';
import { useDeploymentConfig } from '../deployment/deployment-context';
import { downloadFile } from './download-file';
import { makePdf, warmPdfWorker } from './make-pdf';

export interface PdfExportStatus {
  readonly state: 'idle' | 'busy' | 'failed';
  /** How far the PDF is while busy, 0 to 100. */
  readonly percent: number;
}

/**
 * The export's status, kept outside React state: the button, the progress line and the error
 * read it (`usePdfExportStatus`), so a change repaints them and not the whole results page,
 * which would hold up the page's thread for longer than a frame.
 */
export interface PdfExport {
  readonly get: () => PdfExportStatus;
  readonly subscribe: (listener: () => void) => () => void;
}

function exportStore(): PdfExport & { set: (status: PdfExportStatus) => void } {
  let status: PdfExportStatus = { state: 'idle', percent: 0 };
  const listeners = new Set<() => void>();
  return {
    get: () => status,
    set: (next) => {
      status = next;
      for (const listener of listeners) listener();
    },
    subscribe: (listener) => {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

export function usePdfExportStatus(pdf: PdfExport): PdfExportStatus {
  return useSyncExternalStore(pdf.subscribe, pdf.get);
}

/**
 * Makes and downloads the report PDF in a worker, which starts (and prepares the fonts) once the
 * page that offers the PDF is idle, so a click waits only for the drawing.
 */
export function usePdfExport(questionnaireId: string) {
  const { i18n } = useTranslation();
  const deployment = useDeploymentConfig();
  const [pdf] = useState(exportStore);
  useEffect(() => {
    if (typeof requestIdleCallback === 'undefined') {
      const timer = setTimeout(warmPdfWorker, 1000);
      return () => clearTimeout(timer);
    }
    const idle = requestIdleCallback(warmPdfWorker, { timeout: 2000 });
    return () => cancelIdleCallback(idle);
  }, []);
  const run = async (input: {
    model: ReportModel;
    session: Session;
    comparison?: PdfComparison;
    embedNotes?: boolean;
  }) => {
    pdf.set({ state: 'busy', percent: 0 });
    try {
      const language = languageOr(i18n.language);
      addReportNamespace(i18n);
      const { fileName, bytes } = await makePdf(
        {
          model: input.model,
          session: input.session,
          embedNotes: input.embedNotes ?? false,
          comparison: input.comparison,
          language,
          questionnaireId,
          texts: reportTextResources(i18n, questionnaireId, language),
          deployment,
          generatedAt: new Date(),
          appUrl: window.location.origin,
        },
        (done) => pdf.set({ state: 'busy', percent: Math.round(done * 100) }),
      );
      downloadFile(fileName, bytes, 'application/pdf');
      pdf.set({ state: 'idle', percent: 0 });
    } catch {
      pdf.set({ state: 'failed', percent: 0 });
    }
  };
  return { pdf, run };
}
