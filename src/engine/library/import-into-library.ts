import {
  parseImport,
  type ImportFile,
  type ImportedAssessment,
  type QuestionnaireLookup,
} from '../transfer/parse-import';
import type { Library } from './library';
import { storeImport, type ImportOutcome } from './store-import';

export { addImported, storeImport, type ImportOutcome } from './store-import';

/**
 * Reads a file and adds its assessments to the library as new ones (see {@link storeImport}),
 * all on the calling thread. A file it refuses, or one that clashes with an assessment already
 * here (`isClash`), leaves the library exactly as it was. Nothing is ever replaced.
 *
 * @throws StorageRefusedError when the browser refuses to store them.
 */
export function importIntoLibrary(
  library: Library,
  file: ImportFile,
  questionnaires: QuestionnaireLookup,
  isClash: (assessment: ImportedAssessment) => boolean,
): ImportOutcome {
  return storeImport(library, parseImport(file, questionnaires), isClash);
}
