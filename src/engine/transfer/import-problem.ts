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
  /** An HTML tag or a script link in the field at `path`. */
  | { readonly code: 'markup'; readonly path: string };

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
  'markup',
] as const satisfies readonly ImportProblemCode[];

// Fails to compile when a code is added to ImportProblem but not to the list above.
type Missing = Exclude<ImportProblemCode, (typeof IMPORT_PROBLEM_CODES)[number]>;
const _complete: Missing extends never ? true : never = true;
void _complete;
