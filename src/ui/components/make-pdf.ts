import type { DeploymentConfig } from '@/engine/config/deployment-config';
import type { Session } from '@/engine/session/session.schema';
import type { Language } from '@/i18n/languages';
import type { ReportTextResources } from '@/i18n/report-translator';
import type { PdfComparison } from '@/report/pdf/render-pdf';
import type { ReportModel } from '@/report/report.types';

/** What the worker needs to make the PDF: plain data, as a translate function cannot be posted. */
export interface PdfJob {
  readonly model: ReportModel;
  readonly session: Session;
  readonly embedNotes: boolean;
  readonly comparison?: PdfComparison;
  readonly language: Language;
  readonly questionnaireId: string;
  /** The texts the page's translate function reads (`reportTextResources`). */
  readonly texts: ReportTextResources;
  readonly deployment: DeploymentConfig;
  readonly generatedAt: Date;
  readonly appUrl: string;
}

/** A job to do, or `warm`: load jsPDF and prepare the fonts ahead of the first job. */
export type PdfRequest =
  (PdfJob & { readonly kind: 'job'; readonly id: number }) | { readonly kind: 'warm' };

export type PdfReply = { readonly id: number } & (
  | { readonly kind: 'progress'; readonly done: number }
  | { readonly kind: 'done'; readonly fileName: string; readonly bytes: ArrayBuffer }
  | { readonly kind: 'failed' }
);

export interface MadePdf {
  readonly fileName: string;
  readonly bytes: ArrayBuffer;
}

// One worker for the page's lifetime: it keeps the prepared fonts between exports.
let worker: Worker | null = null;
let nextId = 1;

function pdfWorker(): Worker {
  return (worker ??= new Worker(new URL('./pdf.worker.ts', import.meta.url), { type: 'module' }));
}

/**
 * Starts the worker and has it prepare the fonts, so a click on the download button waits only
 * for the drawing. Both come from the service worker's cache once the app is installed.
 */
export function warmPdfWorker(): void {
  try {
    pdfWorker().postMessage({ kind: 'warm' } satisfies PdfRequest);
  } catch {
    // The export itself will try again and report a failure.
  }
}

/**
 * Makes the report PDF in a worker, so the page answers clicks and keys while it is drawn.
 * The worker and jsPDF load on the first call, unless `warmPdfWorker` started them. `onProgress` hears how much is done, 0 to 1.
 * @throws when the worker cannot start or the PDF cannot be made.
 */
export function makePdf(job: PdfJob, onProgress: (done: number) => void): Promise<MadePdf> {
  return new Promise((resolve, reject) => {
    const current = pdfWorker();
    const id = nextId++;
    const stop = () => {
      current.removeEventListener('message', onMessage);
      current.removeEventListener('error', onError);
      current.removeEventListener('messageerror', onError);
    };
    const onMessage = (event: MessageEvent<PdfReply>) => {
      const reply = event.data;
      if (reply.id !== id) return;
      if (reply.kind === 'progress') return onProgress(reply.done);
      stop();
      if (reply.kind === 'done') resolve({ fileName: reply.fileName, bytes: reply.bytes });
      else reject(new Error('the PDF could not be made'));
    };
    // A worker that fails to load, crashes or sends what cannot be read is replaced on the next call.
    const onError = () => {
      stop();
      if (worker === current) worker = null;
      current.terminate();
      reject(new Error('the PDF worker stopped'));
    };
    current.addEventListener('message', onMessage);
    current.addEventListener('error', onError);
    current.addEventListener('messageerror', onError);
    try {
      current.postMessage({ ...job, kind: 'job', id } satisfies PdfRequest);
    } catch (error) {
      stop();
      reject(error instanceof Error ? error : new Error(String(error)));
    }
  });
}
