import type { ImportResult, ImportedAssessment } from '../transfer/parse-import';
import type { ImportProblem } from '../transfer/import-problem';
import type { AssessmentMeta, Library } from './library';

export type ImportOutcome =
  | { readonly kind: 'refused'; readonly problem: ImportProblem }
  /** The file holds assessments that look like ones already here; nothing was stored yet. */
  | { readonly kind: 'clash'; readonly assessments: readonly ImportedAssessment[] }
  | {
      readonly kind: 'added';
      readonly added: readonly AssessmentMeta[];
      /**
       * The assessments as read from the file, in the same order, with the
       * answers left out (`dropped`) or kept to correct (`toCorrect`) that the
       * person must be shown.
       */
      readonly assessments: readonly ImportedAssessment[];
    };

/**
 * Adds what {@link parseImport} read from a file to the library as new assessments. Kept apart
 * from the parsing, which the app runs in a worker: this module imports none of it. A refused
 * file, or one that clashes with an assessment already here (`isClash`), leaves the library
 * exactly as it was; the clash is for the person to decide, after which {@link addImported}
 * stores them as copies. Nothing is ever replaced.
 *
 * @throws StorageRefusedError when the browser refuses to store them.
 */
export function storeImport(
  library: Library,
  result: ImportResult,
  isClash: (assessment: ImportedAssessment) => boolean,
): ImportOutcome {
  if (!result.ok) return { kind: 'refused', problem: result.problem };
  if (result.assessments.some(isClash)) return { kind: 'clash', assessments: result.assessments };
  return addImported(library, result.assessments);
}

/**
 * Stores imported assessments as new ones, all or (when the browser refuses midway) none, with
 * one write of the library's index for the whole file.
 */
export function addImported(
  library: Library,
  assessments: readonly ImportedAssessment[],
): Extract<ImportOutcome, { kind: 'added' }> {
  const added = library.createMany(
    assessments.map((a) => ({
      questionnaireId: a.session.questionnaireId,
      name: a.name,
      createdAt: a.createdAt,
      session: a.session,
    })),
  );
  return { kind: 'added', added, assessments };
}
