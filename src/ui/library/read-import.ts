import type { Questionnaire } from '@/engine/questionnaire/questionnaire.schema';
import type { ImportResult } from '@/engine/transfer/parse-import';
import type { AssessmentSummary } from '@/report/assessment-summary';

/** What the person is told while a file is read. */
export type ImportStage = 'reading' | 'checking' | 'scoring';

export interface ReadImport {
  readonly result: ImportResult;
  /** The list summary of each assessment read, in order; null when they were not made. */
  readonly summaries: readonly AssessmentSummary[] | null;
}

/** Sent to the worker: a File and a questionnaire both survive structured cloning. */
export interface ParseRequest {
  readonly file: File;
  readonly questionnaire: Questionnaire;
}

export type ParseReply =
  | { readonly kind: 'stage'; readonly stage: ImportStage }
  | ({ readonly kind: 'done' } & ReadImport)
  | { readonly kind: 'failed' };

/**
 * Reads and checks an import file in a worker, so the page stays responsive however large the
 * file. The worker's code loads only now. Where there is no worker (tests, a browser that
 * refuses to start it) the file is read on the page instead, with the same result.
 */
export async function readImport(
  file: File,
  questionnaire: Questionnaire,
  onStage: (stage: ImportStage) => void,
): Promise<ReadImport> {
  if (typeof Worker === 'undefined') return readHere(file, questionnaire, onStage);
  const fromWorker = await inWorker(file, questionnaire, onStage);
  return fromWorker ?? readHere(file, questionnaire, onStage);
}

/** The worker's answer, or null when it could not start or failed. */
function inWorker(
  file: File,
  questionnaire: Questionnaire,
  onStage: (stage: ImportStage) => void,
): Promise<ReadImport | null> {
  return new Promise((resolve) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./parse-import.worker.ts', import.meta.url), {
        type: 'module',
      });
    } catch {
      resolve(null);
      return;
    }
    const finish = (value: ReadImport | null) => {
      worker.terminate();
      resolve(value);
    };
    worker.addEventListener('message', (event: MessageEvent<ParseReply>) => {
      const reply = event.data;
      if (reply.kind === 'stage') onStage(reply.stage);
      else if (reply.kind === 'done') finish({ result: reply.result, summaries: reply.summaries });
      else finish(null);
    });
    worker.addEventListener('error', () => finish(null));
    worker.addEventListener('messageerror', () => finish(null));
    worker.postMessage({ file, questionnaire } satisfies ParseRequest);
  });
}

async function readHere(
  file: File,
  questionnaire: Questionnaire,
  onStage: (stage: ImportStage) => void,
): Promise<ReadImport> {
  // Loaded only now, like the worker: the page's first load carries no import code.
  const { checkImportFile } = await import('./check-import-file');
  return checkImportFile(file, questionnaire, onStage);
}
