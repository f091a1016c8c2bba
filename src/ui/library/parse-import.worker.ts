// Reads and checks an import file off the page's thread: a 5 MB export holding 200 assessments
// takes seconds to parse, check and score on a slow device, and the page must stay usable.
import type { Questionnaire } from '@/engine/questionnaire/questionnaire.schema';
import { parseImport } from '@/engine/transfer/parse-import';
import { summarizeAssessment } from '@/report/assessment-summary';
import type { ParseReply, ParseRequest } from './read-import';

const scope = self as unknown as {
  postMessage(message: ParseReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ParseRequest>) => void): void;
};

scope.addEventListener('message', (event) => void handle(event.data));

async function handle({ file, questionnaire }: ParseRequest): Promise<void> {
  try {
    scope.postMessage({ kind: 'stage', stage: 'reading' });
    const bytes = new Uint8Array(await file.arrayBuffer());
    scope.postMessage({ kind: 'stage', stage: 'checking' });
    const lookup = (id: string): Questionnaire | undefined =>
      id === questionnaire.id ? questionnaire : undefined;
    const result = parseImport({ name: file.name, bytes }, lookup);
    if (!result.ok) {
      scope.postMessage({ kind: 'done', result, summaries: null });
      return;
    }
    scope.postMessage({ kind: 'stage', stage: 'scoring' });
    // Scored as the library will store them, so the list need not score them on the page.
    const summaries = result.assessments.map((a) =>
      summarizeAssessment(JSON.stringify(a.session), questionnaire),
    );
    scope.postMessage({ kind: 'done', result, summaries });
  } catch {
    scope.postMessage({ kind: 'failed' });
  }
}
