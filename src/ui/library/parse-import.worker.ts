// Reads and checks an import file off the page's thread: a 5 MB export holding 200 assessments
// takes seconds to parse, check and score on a slow device, and the page must stay usable.
import { checkImportFile } from './check-import-file';
import type { ParseReply, ParseRequest } from './read-import';

const scope = self as unknown as {
  postMessage(message: ParseReply): void;
  addEventListener(type: 'message', listener: (event: MessageEvent<ParseRequest>) => void): void;
};

scope.addEventListener('message', (event) => void handle(event.data));

async function handle({ file, questionnaire }: ParseRequest): Promise<void> {
  try {
    const read = await checkImportFile(file, questionnaire, (stage) =>
      scope.postMessage({ kind: 'stage', stage }),
    );
    scope.postMessage({ kind: 'done', ...read });
  } catch {
    scope.postMessage({ kind: 'failed' });
  }
}
