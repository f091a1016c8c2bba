import type { Questionnaire } from '@/engine/questionnaire/questionnaire.schema';
import { parseImport } from '@/engine/transfer/parse-import';
import { summarizeAssessment } from '@/report/assessment-summary';
import type { ImportStage, ReadImport } from './read-import';

/**
 * Reads, checks and scores an import file: the one way a file is read, in the worker or, where
 * there is none, on the page. Scored as the library will store them, so the list need not score
 * them again.
 */
export async function checkImportFile(
  file: File,
  questionnaire: Questionnaire,
  onStage: (stage: ImportStage) => void,
): Promise<ReadImport> {
  onStage('reading');
  const bytes = new Uint8Array(await file.arrayBuffer());
  onStage('checking');
  const result = parseImport({ name: file.name, bytes }, (id) =>
    id === questionnaire.id ? questionnaire : undefined,
  );
  if (!result.ok) return { result, summaries: null };
  onStage('scoring');
  const summaries = result.assessments.map((a) =>
    summarizeAssessment(JSON.stringify(a.session), questionnaire),
  );
  return { result, summaries };
}
