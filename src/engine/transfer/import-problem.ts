import type { AnswerMismatch } from '../questionnaire/check-answers';

/**
 * One answer of an imported file that does not fit its question, as a message
 * names it: by the question's own label when the question exists, else by
 * `path`. The mismatch fields (`option`, `min`, `max`, `length`) and `value`
 * are the message's interpolation values.
 */
export type ImportAnswerProblem = AnswerMismatch & {
  readonly questionId: string;
  /** Where it is in the file, such as `assessments[0].session.answers.employees`. */
  readonly path: string;
  /** The answer when it is a number (to echo it, formatted), else null. */
  readonly value: number | null;
};

/**
 * Why a file could not be imported, with what a message needs to explain it.
 * Every code has a translated message under `transfer.problems.<code>` in the
 * app's locales; the other fields are its interpolation values.
 */
export type ImportProblem =
  /** Over {@link MAX_IMPORT_BYTES}; sizes in bytes, and in megabytes (one decimal) for the message. */
  | {
      readonly code: 'too-large';
      readonly size: number;
      readonly limit: number;
      readonly sizeMb: number;
      readonly limitMb: number;
    }
  /** No bytes, or only white space. */
  | { readonly code: 'empty' }
  /** Text that is not UTF-8: most likely some other kind of file. */
  | { readonly code: 'not-utf8' }
  /** UTF-8 text, but not JSON. */
  | { readonly code: 'not-json' }
  /** JSON nested deeper than any file the app writes. */
  | { readonly code: 'too-deep'; readonly limit: number }
  /** A PDF, but not one of our reports, or one from before answers were stored in it. */
  | { readonly code: 'pdf-without-answers' }
  /** JSON, but neither an export file nor a saved assessment. */
  | { readonly code: 'not-an-assessment' }
  /** The first field, as a path such as `assessments[0].session.updatedAt`, that does not fit. */
  | { readonly code: 'wrong-shape'; readonly path: string }
  /** Made by a newer version of the app than this one. */
  | {
      readonly code: 'newer-version';
      readonly kind: 'export' | 'session';
      readonly version: number;
    }
  /** A version this app never wrote (not a number, or one that never existed). */
  | {
      readonly code: 'unknown-version';
      readonly kind: 'export' | 'session';
      readonly version: string;
    }
  /** For a questionnaire this app does not have. */
  | { readonly code: 'unknown-questionnaire'; readonly questionnaireId: string }
  /** More than {@link MAX_ASSESSMENTS} assessments in one file. */
  | { readonly code: 'too-many-assessments'; readonly count: number; readonly limit: number }
  /**
   * Answers the app itself never writes (an id no question has, an option the
   * question does not have, a value of the wrong kind) for the questionnaire
   * version the file was made with: it was edited or damaged. All of them, in
   * file order; `count` is how many.
   */
  | {
      readonly code: 'answers-do-not-fit';
      readonly count: number;
      readonly answers: readonly ImportAnswerProblem[];
    };

export type ImportProblemCode = ImportProblem['code'];

/** Every problem code, for tests and for checking that each has a message. */
export const IMPORT_PROBLEM_CODES = [
  'too-large',
  'empty',
  'not-utf8',
  'not-json',
  'too-deep',
  'pdf-without-answers',
  'not-an-assessment',
  'wrong-shape',
  'newer-version',
  'unknown-version',
  'unknown-questionnaire',
  'too-many-assessments',
  'answers-do-not-fit',
] as const satisfies readonly ImportProblemCode[];

// Fails to compile when a code is added to ImportProblem but not to the list above.
type Missing = Exclude<ImportProblemCode, (typeof IMPORT_PROBLEM_CODES)[number]>;
const _complete: Missing extends never ? true : never = true;
void _complete;
