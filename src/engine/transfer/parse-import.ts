import {
  checkAnswers,
  type AnswerMismatchCode,
  type AnswerProblem,
} from '../questionnaire/check-answers';
import type { Questionnaire } from '../questionnaire/questionnaire.schema';
import { restoreSession, upgradeSession } from '../session/restore-session';
import {
  SESSION_TYPE,
  SESSION_VERSION,
  SessionSchema,
  type Session,
} from '../session/session.schema';
import { isRecord } from '../is-record';
import { upgradeEnvelope, type Migrations } from '../upgrade-envelope';
import { z } from '../zod';
import {
  EXPORT_TYPE,
  EXPORT_VERSION,
  ExportFileSchema,
  ExportedAssessmentSchema,
  MAX_ASSESSMENTS,
} from './export-file.schema';
import type { ImportAnswerProblem, ImportProblem } from './import-problem';
import { exceedsDepth } from './json-depth';
import { formatPath } from './json-path';
import { embeddedAnswerBytes, isPdf, unescapeXml } from './pdf-embedded-json';

/**
 * The largest file accepted: 5 MB. A report PDF is about a quarter of a
 * megabyte and a saved assessment a few kilobytes, so this leaves room for an
 * export of a large portfolio with long workshop notes, while a file this
 * size still parses in a fraction of a second on a phone and cannot make the
 * tab run out of memory.
 */
export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;

/**
 * The deepest nesting of arrays and objects accepted. The deepest the app
 * writes is 7 (a checklist item in a processor review inside an export file);
 * 64 leaves room for future versions and stays far from any stack limit.
 */
export const MAX_DEPTH = 64;

/** Finds a questionnaire the app knows by its id. */
export type QuestionnaireLookup = (id: string) => Questionnaire | undefined;

/** A file as the browser hands it over: `{ name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) }`. */
export interface ImportFile {
  readonly name: string;
  readonly bytes: Uint8Array;
}

/** One assessment read from a file, ready to store. */
export interface ImportedAssessment {
  /** From the export file; for a saved session or a PDF, the file's name without its extension. */
  readonly name: string;
  /** From the export file; for a saved session or a PDF, the time it was last saved. */
  readonly createdAt: string;
  /** Migrated to the current session version and to the questionnaire as the app has it now. */
  readonly session: Session;
  /**
   * When the file is an export file (JSON), the time it was made: the assessment as read is
   * kept in that file, so it counts as exported then. Absent for a saved session or a PDF.
   */
  readonly exportedAt?: string;
  /**
   * Answers left out because the file was made with another version of the
   * questionnaire, which accepted them and this one does not; the person must be told.
   */
  readonly dropped: readonly ImportAnswerProblem[];
  /**
   * Answers kept as the person entered them, though they do not fit their
   * question (a number out of range, say): the wizard asks to correct them.
   * Only for a file of the questionnaire version the app has.
   */
  readonly toCorrect: readonly ImportAnswerProblem[];
}

/** What kind of file the assessments came from. */
export type ImportSource = 'export' | 'session' | 'pdf';

export type ImportResult =
  | {
      readonly ok: true;
      readonly source: ImportSource;
      readonly assessments: readonly ImportedAssessment[];
    }
  | { readonly ok: false; readonly problem: ImportProblem };

type Step<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly problem: ImportProblem };

const fail = (problem: ImportProblem): { ok: false; problem: ImportProblem } => ({
  ok: false,
  problem,
});

/**
 * Older export envelope versions are upgraded here, one version at a time,
 * like saved sessions in `restore-session.ts`. Version 1 is the first, so the
 * table is empty; a version 2 would add `1: (old) => ({ ...old, version: 2, ... })`.
 */
const exportMigrations: Migrations = {};

/**
 * The export envelope as it is checked on import: each session only has to
 * be a JSON object here, because it may be of any supported session version
 * and is restored on its own.
 */
const ImportEnvelopeSchema = ExportFileSchema.extend({
  assessments: z
    .array(ExportedAssessmentSchema.extend({ session: z.record(z.string(), z.unknown()) }))
    .min(1)
    .max(MAX_ASSESSMENTS),
});

const decoder = new TextDecoder('utf-8', { fatal: true });

/**
 * Reads assessments from a file a person chose: an export file (one or many
 * assessments), a bare saved session of any supported version, or a report
 * PDF made by the app (which carries its session in its metadata).
 *
 * Never throws: every way a file can be wrong ends in an {@link ImportProblem}.
 * The whole file is refused at the first problem, so a partly imported
 * portfolio can never happen.
 *
 * Answers are checked against the questionnaire (`checkAnswers`), never
 * dropped unseen. For the questionnaire version the app has, an answer the app
 * never writes (an unknown question or option, a value of the wrong kind)
 * refuses the file with every such answer listed (`answers-do-not-fit`), while
 * one the person may have typed (a number out of range, a text too long) is
 * kept as it is and listed in `toCorrect`, as a saved session keeps it. From
 * another questionnaire version, answers that no longer fit are left out and
 * listed in `dropped`, so an older assessment still imports.
 *
 * Checked in this order: size, emptiness, PDF metadata, UTF-8, nesting depth
 * (before `JSON.parse`, so no file can exhaust the stack), JSON, then the
 * envelope, versions, shapes and questionnaires.
 *
 * Texts are taken exactly as they are, whatever they hold (`<`, `javascript:`,
 * `%PDF-`, bidi controls, lone surrogates): whatever a person can type the app
 * exports, so it must read it back unchanged. That is safe because the app
 * only ever shows texts as text (React escapes them; jsPDF draws them) and
 * never as markup or links. Keys are safe too: the schemas drop a
 * `__proto__` key rather than assign it (so no prototype changes), and the
 * paths in messages hide keys that would read wrongly (`formatPath`).
 *
 * @example
 * const result = parseImport({ name: file.name, bytes }, (id) => questionnaires.get(id));
 * if (!result.ok) showAlert(t(`transfer.problems.${result.problem.code}`, result.problem));
 */
export function parseImport(file: ImportFile, questionnaires: QuestionnaireLookup): ImportResult {
  const { bytes } = file;
  if (bytes.length > MAX_IMPORT_BYTES)
    return fail({
      code: 'too-large',
      size: bytes.length,
      limit: MAX_IMPORT_BYTES,
      sizeMb: megabytes(bytes.length),
      limitMb: megabytes(MAX_IMPORT_BYTES),
    });
  if (bytes.length === 0) return fail({ code: 'empty' });

  let source: ImportSource = 'session';
  let text: string;
  if (isPdf(bytes)) {
    source = 'pdf';
    const embedded = embeddedAnswerBytes(bytes);
    if (embedded === null) return fail({ code: 'pdf-without-answers' });
    const decoded = decode(embedded);
    if (decoded === null) return fail({ code: 'not-utf8' });
    text = unescapeXml(decoded);
    if (text.trim() === '') return fail({ code: 'pdf-without-answers' });
  } else {
    const decoded = decode(bytes);
    if (decoded === null) return fail({ code: 'not-utf8' });
    text = decoded;
    if (text.trim() === '') return fail({ code: 'empty' });
  }

  if (exceedsDepth(text, MAX_DEPTH)) return fail({ code: 'too-deep', limit: MAX_DEPTH });
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return fail({ code: 'not-json' });
  }

  if (!isRecord(data)) return fail({ code: 'not-an-assessment' });

  if (data.type === EXPORT_TYPE) {
    const read = readExport(data, questionnaires);
    if (!read.ok) return read;
    if (source === 'pdf') return { ok: true, source, assessments: read.value };
    const exportedAt = typeof data.exportedAt === 'string' ? data.exportedAt : undefined;
    return {
      ok: true,
      source: 'export',
      assessments: read.value.map((a) => (exportedAt ? { ...a, exportedAt } : a)),
    };
  }
  if (data.type !== SESSION_TYPE) return fail({ code: 'not-an-assessment' });

  const read = readSession(data, questionnaires, []);
  if (!read.ok) return read;
  const { session } = read.value;
  return {
    ok: true,
    source,
    assessments: [
      {
        name: nameFromFile(file.name, session),
        createdAt: session.updatedAt,
        ...read.value,
      },
    ],
  };
}

function readExport(
  data: Record<string, unknown>,
  questionnaires: QuestionnaireLookup,
): Step<ImportedAssessment[]> {
  if (data.version === undefined) return fail({ code: 'wrong-shape', path: 'version' });
  const versionProblem = checkVersion('export', data.version, EXPORT_VERSION);
  if (versionProblem) return fail(versionProblem);
  const envelope = upgradeEnvelope(data, exportMigrations);
  if (envelope.version !== EXPORT_VERSION)
    return fail({ code: 'unknown-version', kind: 'export', version: shown(data.version) });

  const { assessments } = envelope;
  if (Array.isArray(assessments) && assessments.length > MAX_ASSESSMENTS)
    return fail({
      code: 'too-many-assessments',
      count: assessments.length,
      limit: MAX_ASSESSMENTS,
    });
  const parsed = ImportEnvelopeSchema.safeParse(envelope);
  if (!parsed.success) return fail({ code: 'wrong-shape', path: issuePath(parsed.error, []) });

  const out: ImportedAssessment[] = [];
  for (const [index, assessment] of parsed.data.assessments.entries()) {
    const read = readSession(assessment.session, questionnaires, ['assessments', index, 'session']);
    if (!read.ok) return read;
    out.push({ name: assessment.name, createdAt: assessment.createdAt, ...read.value });
  }
  return { ok: true, value: out };
}

/**
 * Within the questionnaire version a file was made with, the answers a person
 * can have entered and the app keeps until they are corrected (see
 * restoreSession and the wizard's `answer.set`). Any other answer that does not
 * fit is one the app never writes.
 */
const OWN_INPUT: ReadonlySet<AnswerMismatchCode> = new Set<AnswerMismatchCode>([
  'notInteger',
  'tooSmall',
  'tooLarge',
  'tooLong',
]);

/** A saved session at `path` in the file, migrated, checked and restored against its questionnaire. */
function readSession(
  data: unknown,
  questionnaires: QuestionnaireLookup,
  path: readonly PropertyKey[],
): Step<Pick<ImportedAssessment, 'session' | 'dropped' | 'toCorrect'>> {
  if (!isRecord(data) || data.type !== SESSION_TYPE)
    return fail({ code: 'wrong-shape', path: formatPath([...path, 'type']) });
  if (data.version === undefined)
    return fail({ code: 'wrong-shape', path: formatPath([...path, 'version']) });
  const versionProblem = checkVersion('session', data.version, SESSION_VERSION);
  if (versionProblem) return fail(versionProblem);
  const upgraded = upgradeSession(data);
  if (upgraded.version !== SESSION_VERSION)
    return fail({ code: 'unknown-version', kind: 'session', version: shown(data.version) });

  const parsed = SessionSchema.safeParse(upgraded);
  if (!parsed.success) return fail({ code: 'wrong-shape', path: issuePath(parsed.error, path) });
  const { questionnaireId } = parsed.data;
  const questionnaire = questionnaires(questionnaireId);
  if (!questionnaire) return fail({ code: 'unknown-questionnaire', questionnaireId });

  // The answers as the file holds them: the schema's output leaves out a `__proto__` key (it
  // would set the prototype), and a question id the app never wrote must be listed, not lost.
  const given = isRecord(upgraded.answers) ? upgraded.answers : parsed.data.answers;
  const problems = checkAnswers(questionnaire, given, { path: [...path, 'answers'] }).map(
    forMessage,
  );
  const sameVersion = parsed.data.questionnaireVersion === questionnaire.version;
  if (sameVersion) {
    const unfit = problems.filter((p) => !OWN_INPUT.has(p.code));
    if (unfit.length > 0)
      return fail({ code: 'answers-do-not-fit', count: unfit.length, answers: unfit });
  }

  // Keeping or leaving out answers by questionnaire version is restoreSession's: within the
  // version it keeps every answer to an existing question, from another it leaves out exactly
  // the answers checkAnswers finds (and empty ones, which are no answer at all).
  const restored = restoreSession(JSON.stringify(data), questionnaire);
  if (restored.kind !== 'restored') return fail({ code: 'wrong-shape', path: formatPath(path) });
  // An answer to a changed question that the change carries over is kept, not left out; one it
  // does not carry is listed with the rest, so the person sees that question needs an answer.
  const carried = new Set(restored.changed.filter((c) => c.kept !== null).map((c) => c.question));
  return {
    ok: true,
    value: {
      session: restored.session,
      dropped: sameVersion ? [] : problems.filter((p) => !carried.has(p.questionId)),
      toCorrect: sameVersion ? problems : [],
    },
  };
}

/** An answer that does not fit, with its path written for people and only a number echoed. */
function forMessage({ path, value, ...mismatch }: AnswerProblem): ImportAnswerProblem {
  return { ...mismatch, path: formatPath(path), value: typeof value === 'number' ? value : null };
}

/** A version newer than `current` is reported as such; anything else is left to the migrations. */
function checkVersion(
  kind: 'export' | 'session',
  version: unknown,
  current: number,
): ImportProblem | null {
  if (typeof version === 'number' && Number.isFinite(version) && version > current)
    return { code: 'newer-version', kind, version };
  return null;
}

/** The path of zod's first issue; for an unexpected field, the path of that field. */
function issuePath(error: z.core.$ZodError, prefix: readonly PropertyKey[]): string {
  const issue = error.issues[0];
  if (!issue) return formatPath(prefix);
  const keys = issue.code === 'unrecognized_keys' ? issue.keys.slice(0, 1) : [];
  return formatPath([...prefix, ...issue.path, ...keys]);
}

/** A version as a message may show it: short, whatever the file held. */
function shown(version: unknown): string {
  const text = JSON.stringify(version) ?? String(version);
  return text.length > 20 ? `${text.slice(0, 20)}…` : text;
}

/** The file's name without its extension; the questionnaire id when that leaves nothing usable. */
function nameFromFile(fileName: string, session: Session): string {
  const stem = fileName
    .replace(/\.[^.]*$/, '')
    .trim()
    .slice(0, 200)
    .trim();
  return stem === '' ? session.questionnaireId : stem;
}

function decode(bytes: Uint8Array): string | null {
  try {
    return decoder.decode(bytes);
  } catch {
    return null;
  }
}

function megabytes(bytes: number): number {
  return Math.round((bytes / 1024 / 1024) * 10) / 10;
}
