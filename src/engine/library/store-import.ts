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
  name: ImportedName = (a) => a.name,
): ImportOutcome {
  if (!result.ok) return { kind: 'refused', problem: result.problem };
  if (result.assessments.some(isClash)) return { kind: 'clash', assessments: result.assessments };
  return addImported(library, result.assessments, name);
}

/**
 * What an imported assessment is called in the library: the caller adds, in the person's
 * language, that it was imported and when, so it is not mistaken for the one it was copied from.
 */
export type ImportedName = (assessment: ImportedAssessment) => string;

/**
 * Stores imported assessments as new ones, all or (when the browser refuses midway) none, with
 * one write of the library's index for the whole file.
 */
export function addImported(
  library: Library,
  assessments: readonly ImportedAssessment[],
  name: ImportedName = (a) => a.name,
): Extract<ImportOutcome, { kind: 'added' }> {
  const added = library.createMany(
    assessments.map((a) => ({
      questionnaireId: a.session.questionnaireId,
      name: name(a),
      createdAt: a.createdAt,
      session: a.session,
      ...(a.exportedAt ? { lastExportedAt: a.exportedAt } : {}),
    })),
  );
  return { kind: 'added', added, assessments };
}
