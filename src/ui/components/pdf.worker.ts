// Draws the report PDF off the page's thread: jsPDF takes up to seconds on a slow device, and
// the page must keep answering meanwhile. The worker stays up between exports, and so do the
// fonts export-pdf.ts prepared on the first one.
import { createReportTranslator } from '@/i18n/report-translator';
import { exportPdf, prepareExport } from '@/report/pdf/export-pdf';
import type { PdfReply, PdfRequest } from './make-pdf';

const scope = self as unknown as {
  postMessage(message: PdfReply, transfer?: Transferable[]): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<PdfRequest>) => void): void;
};

scope.addEventListener('message', (event) => {
  const request = event.data;
  void (request.kind === 'warm' ? prepareExport() : handle(request));
});

async function handle(request: Extract<PdfRequest, { kind: 'job' }>): Promise<void> {
  const { id } = request;
  try {
    const { fileName, bytes } = await exportPdf({
      model: request.model,
      session: request.session,
      embedNotes: request.embedNotes,
      language: request.language,
      t: createReportTranslator(request.language, request.questionnaireId, request.texts),
      generatedAt: request.generatedAt,
      appUrl: request.appUrl,
      deployment: request.deployment,
      comparison: request.comparison,
      onProgress: (done) => scope.postMessage({ id, kind: 'progress', done }),
    });
    // The bytes move to the page rather than being copied (renderPdf returns a whole buffer).
    const whole =
      bytes.buffer instanceof ArrayBuffer && bytes.byteLength === bytes.buffer.byteLength;
    const buffer = whole ? bytes.buffer : bytes.slice().buffer;
    scope.postMessage({ id, kind: 'done', fileName, bytes: buffer }, [buffer]);
  } catch {
    scope.postMessage({ id, kind: 'failed' });
  }
}
