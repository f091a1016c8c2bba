import { readFileSync, realpathSync, statSync, writeFileSync, type Stats } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { isRecord } from '../src/engine/is-record';
import { jsonPath } from '../src/engine/json-path';
import { checkAnswers, type AnswerProblem } from '../src/engine/questionnaire/check-answers';
import { ExampleSchema } from '../src/engine/questionnaire/example.schema';
import { MAX_IMPORT_BYTES } from '../src/engine/transfer/parse-import';
import { formatIssues } from '../src/engine/questionnaire/parse-questionnaire';
import type { Answers, Questionnaire } from '../src/engine/questionnaire/questionnaire.schema';
import type { ChangedAnswer } from '../src/engine/session/answer-changes';
import { restoreSession } from '../src/engine/session/restore-session';
import {
  SESSION_TYPE,
  SESSION_VERSION,
  SessionSchema,
  type Session,
} from '../src/engine/session/session.schema';
import { questionnaireNamespace } from '../src/i18n/i18n';
import {
  isLanguage,
  LANGUAGE_CODES,
  perLanguage,
  SOURCE_LANGUAGE,
  type Language,
} from '../src/i18n/languages';
import { createReportTranslator, REPORT_NAMESPACE } from '../src/i18n/report-translator';
import { buildReport } from '../src/report/build-report';
import { sessionForPdf } from '../src/report/pdf/embedded-session';
import { prepareFonts, type PdfFonts } from '../src/report/pdf/kit/pdf-fonts';
import { reportFileName } from '../src/report/file-name';
import { workshopNotes } from '../src/report/workshop-notes';
import { normalPublicUrl, pdfLinkBase } from '../src/engine/config/public-url';
import { renderPdf, type Translate } from '../src/report/pdf/render-pdf';
import type { ActionPlanEntry, ReportModel } from '../src/report/report.types';
import { makePdfFonts } from './pdf-font-subset';
import {
  questionnaireIds,
  questionnairesDir,
  readQuestionnaireFolder,
} from './questionnaire-files';

/**
 * `npm run report -- <answers.json> [--lang en|nl|…] [--out FILE] [--format pdf|json]
 * [--assessor NAME] [--public-url URL] [--app-url URL] [--lenient] [--force] [--embed-notes]`
 *
 * Turns an example answer file (questionnaires/<id>/examples/*.json) or a saved
 * session into the readiness report: the PDF the app downloads, or the report
 * model as JSON with the determinations' outcomes spelled out in the language.
 * Any problem ends in one English line on stderr and exit code 1; answers that
 * do not fit the questionnaire get a line each, by JSON path. With `--lenient`
 * those answers are left out instead, with a warning each, and the report is made.
 * Relative paths are read from the folder the command was run in. The report
 * never replaces its answers file, nor any other file without `--force`.
 * The PDF stores only what it prints for importing again; `--embed-notes` prints
 * the workshop notes and parked questions in a chapter and stores them and the
 * rest of the session, as the app's checkbox does. `--assessor` names who
 * assessed, over what the session says. Links to the app's pages start with
 * `--public-url`; without it, with `--app-url` only when that is a public
 * address (`pdfLinkBase`), else the PDF names the pages without links.
 */

const LANGUAGE_CHOICES = LANGUAGE_CODES.join('|');
const USAGE = `usage: npm run report -- <answers.json> [--lang ${LANGUAGE_CHOICES}] [--out FILE] [--format pdf|json] [--assessor NAME] [--public-url URL] [--app-url URL] [--lenient] [--force] [--embed-notes]`;

export type { Language };

interface Args {
  readonly input: string;
  readonly language: Language;
  readonly out: string | null;
  readonly format: 'pdf' | 'json';
  readonly assessor: string | null;
  /** Where readers reach the app (`--public-url`), checked; null when not given. */
  readonly publicUrl: string | null;
  /** Where the app runs (`--app-url`): links only when it is public; null when not given. */
  readonly appUrl: string | null;
  /** Leave out answers that do not fit the questionnaire (with a warning each) instead of stopping. */
  readonly lenient: boolean;
  /** Replace an existing output file (never the answers file itself). */
  readonly force: boolean;
  /** Store the workshop notes (and the rest of the session) in the PDF, not only what it prints. */
  readonly embedNotes: boolean;
}

/** What the command writes to and reads the time from; tests pass their own. */
export interface ReportIo {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  readonly cwd: string;
  readonly now: () => Date;
}

/** A problem with the input, reported as one line, after a line for each of `details`. */
class ReportError extends Error {
  constructor(
    message: string,
    readonly details: readonly string[] = [],
  ) {
    super(message);
  }
}

const OPTIONS = ['--lang', '--out', '--format', '--assessor', '--public-url', '--app-url'] as const;
const FLAGS = ['--lenient', '--force', '--embed-notes'] as const;

function parseArgs(argv: readonly string[]): Args | 'help' {
  const values: Partial<Record<(typeof OPTIONS)[number], string>> = {};
  const flags = new Set<(typeof FLAGS)[number]>();
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i += 1) {
    const arg = argv[i]!;
    if (arg === '--help' || arg === '-h') return 'help';
    if (!arg.startsWith('-') || arg === '-') {
      positional.push(arg);
      continue;
    }
    const [name, inline] = arg.includes('=')
      ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)]
      : [arg, undefined];
    const flag = FLAGS.find((f) => f === name);
    if (flag) {
      if (inline !== undefined) throw new ReportError(`option ${flag} takes no value`);
      flags.add(flag);
      continue;
    }
    const option = OPTIONS.find((o) => o === name);
    if (!option) throw new ReportError(`unknown option ${name} (${USAGE})`);
    const value = inline ?? argv[++i];
    if (value === undefined || (inline === undefined && value.startsWith('--')))
      throw new ReportError(`option ${option} needs a value`);
    values[option] = value;
  }
  if (positional.length === 0) throw new ReportError(`no answers file given (${USAGE})`);
  if (positional.length > 1)
    throw new ReportError(
      `one answers file expected, got ${positional.length}: ${positional.join(' ')}`,
    );

  const language = values['--lang'] ?? SOURCE_LANGUAGE;
  if (!isLanguage(language))
    throw new ReportError(`--lang must be one of ${LANGUAGE_CODES.join(', ')}, not "${language}"`);
  const format = values['--format'] ?? 'pdf';
  if (format !== 'pdf' && format !== 'json')
    throw new ReportError(`--format must be pdf or json, not "${format}"`);
  const appUrl = values['--app-url'] ?? null;
  if (appUrl !== null && !/^https?:\/\/[^/\s]+\/?$/.test(appUrl))
    throw new ReportError(
      `--app-url must be an origin such as https://example.org, not "${appUrl}"`,
    );
  const publicUrl = values['--public-url'] ?? null;
  if (publicUrl !== null && normalPublicUrl(publicUrl) === null)
    throw new ReportError(
      `--public-url must be an https:// address where readers reach the app, such as https://gdpr-check.example.org, not localhost or 127.0.0.1 and without ?query or #fragment, not "${publicUrl}"`,
    );
  const assessor = values['--assessor']?.trim();
  return {
    input: positional[0]!,
    language,
    out: values['--out'] ?? null,
    format,
    assessor: assessor ? assessor : null,
    publicUrl,
    appUrl: appUrl?.replace(/\/$/, '') ?? null,
    lenient: flags.has('--lenient'),
    force: flags.has('--force'),
    embedNotes: flags.has('--embed-notes'),
  };
}

/** The answers of an input file, with the questionnaire they belong to. */
interface Loaded {
  readonly questionnaire: Questionnaire;
  /** The questionnaire's texts by language. */
  readonly texts: Readonly<Record<string, Readonly<Record<string, unknown>>>>;
  readonly answers: Answers;
  readonly plan: Readonly<Record<string, ActionPlanEntry>>;
  /** Stored in the PDF so the file can be imported again: always a current session. */
  readonly session: Session;
}

function firstIssue(error: {
  issues: readonly { path: readonly PropertyKey[]; message: string }[];
}): string {
  const issue = error.issues[0];
  if (!issue) return 'unknown problem';
  const path = issue.path.map(String).join('.');
  return path === '' ? issue.message : `${path}: ${issue.message}`;
}

function loadQuestionnaire(id: string): Pick<Loaded, 'questionnaire' | 'texts'> {
  const known = questionnaireIds();
  if (!known.includes(id))
    throw new ReportError(`unknown questionnaire "${id}" (known: ${known.join(', ') || 'none'})`);
  // Reachability is slow and checked for every shipped file by `npm run validate` and the tests.
  const result = readQuestionnaireFolder(join(questionnairesDir, id), { checkReachability: false });
  if (!result.ok)
    throw new ReportError(
      `questionnaire "${id}" has problems: ${formatIssues(result.issues).split('\n').join('; ')}`,
    );
  return { questionnaire: result.bundle.questionnaire, texts: result.bundle.texts };
}

/** What to do with answers that do not fit the questionnaire. */
interface Fitting {
  readonly lenient: boolean;
  /** Receives one line per answer left out under `--lenient`. */
  readonly warn: (line: string) => void;
}

/** The text of an answers file, once it is known to be a readable file of a sensible size. */
function readInput(path: string, shown: string): string {
  const stat = readable(() => statSync(path), shown);
  if (stat.isDirectory()) throw new ReportError(`${shown} is a folder, not an answers file`);
  // A named pipe or a device such as /dev/zero would block or never end.
  if (!stat.isFile()) throw new ReportError(`${shown} is not a regular file`);
  // A saved session travels in export files, which the app takes up to this size as well.
  if (stat.size > MAX_IMPORT_BYTES)
    throw new ReportError(
      `${shown} is ${(stat.size / 1024 / 1024).toFixed(1)} MB, more than the ${MAX_IMPORT_BYTES / 1024 / 1024} MB an answers file can be`,
    );
  // Some Windows editors start UTF-8 files with a byte order mark, which is not JSON.
  return readable(() => readFileSync(path, 'utf8'), shown).replace(/^\uFEFF/, '');
}

/** The result of a file system call on the input, or its failure as a ReportError. */
function readable<T>(call: () => T, shown: string): T {
  try {
    return call();
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ReportError(
      code === 'ENOENT' || code === 'ENOTDIR'
        ? `${shown}: no such file`
        : code === 'EACCES' || code === 'EPERM'
          ? `${shown} cannot be read: permission denied`
          : `${shown} cannot be read (${code ?? String(error)})`,
    );
  }
}

function loadInput(path: string, now: Date, fitting: Fitting, shown = path): Loaded {
  const raw = readInput(path, shown);
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (error) {
    throw new ReportError(`${shown} is not valid JSON: ${(error as Error).message}`);
  }
  const type = typeof data === 'object' && data !== null && 'type' in data ? data.type : undefined;

  if (type === 'gdpr-readiness-example') {
    const parsed = ExampleSchema.safeParse(data);
    if (!parsed.success)
      throw new ReportError(`${shown} is not a valid example file: ${firstIssue(parsed.error)}`);
    const { questionnaire, texts } = loadQuestionnaire(parsed.data.questionnaireId);
    const answers = fitAnswers(questionnaire, parsed.data.answers, fitting, shown);
    const session = SessionSchema.safeParse({
      type: SESSION_TYPE,
      version: SESSION_VERSION,
      questionnaireId: questionnaire.id,
      questionnaireVersion: questionnaire.version,
      answers,
      location: { screen: 'complete' },
      overriddenExits: [],
      completedAt: now.toISOString(),
      updatedAt: now.toISOString(),
      actionPlan: {},
      notes: {},
      parked: [],
      processorReviews: [],
    } satisfies Session);
    // Answers that fit their questions always fit a session; this catches what no check foresaw.
    if (!session.success)
      throw new ReportError(`${shown} cannot be stored as a session: ${firstIssue(session.error)}`);
    return { questionnaire, texts, answers, plan: {}, session: session.data };
  }

  if (type === SESSION_TYPE) {
    const id = (data as { questionnaireId?: unknown }).questionnaireId;
    if (typeof id !== 'string')
      throw new ReportError(`${shown} is not a valid saved session: questionnaireId is missing`);
    const { questionnaire, texts } = loadQuestionnaire(id);
    const restored = restoreSession(raw, questionnaire);
    if (restored.kind === 'unknown-version')
      throw new ReportError(
        `${shown} is a saved session of version ${String(restored.version)}, which this version cannot read`,
      );
    if (restored.kind !== 'restored') {
      const detail = SessionSchema.safeParse(data);
      throw new ReportError(
        `${shown} is not a valid saved session${detail.success ? '' : `: ${firstIssue(detail.error)}`}`,
      );
    }
    // restoreSession leaves out answers to questions that are gone (and, from an older
    // questionnaire version, answers that no longer fit): check what the file itself holds.
    const file = isRecord(data) ? data : {};
    const original = carryChanges(
      isRecord(file.answers) ? file.answers : {},
      restored.changed,
      (line) => fitting.warn(`report: warning: ${shown}: ${line}\n`),
    );
    const fit = fitAnswers(questionnaire, original, fitting, shown, file.questionnaireVersion);
    const kept = new Set(Object.keys(fit));
    const session: Session = {
      ...restored.session,
      answers: Object.fromEntries(
        Object.entries(restored.session.answers).filter(([id]) => kept.has(id)),
      ),
    };
    return { questionnaire, texts, answers: session.answers, plan: session.actionPlan, session };
  }

  throw new ReportError(
    `${shown} is neither an example answer file (type "gdpr-readiness-example") nor a saved session (type "${SESSION_TYPE}")`,
  );
}

/**
 * The file's answers with those to questions that changed meaning since the save carried over
 * as the app carries them (`restoreSession`'s `changed`): kept where the old answer means the
 * same, otherwise left unanswered, with a line each saying so.
 */
function carryChanges(
  answers: Readonly<Record<string, unknown>>,
  changed: readonly ChangedAnswer[],
  tell: (line: string) => void,
): Record<string, unknown> {
  const result = { ...answers };
  for (const { question, before, kept } of changed) {
    const was = shownValue(before);
    if (kept === null) {
      delete result[question];
      tell(
        `answers.${question}: the question has changed since the file was saved; the earlier answer ${was} no longer fits and is left unanswered`,
      );
    } else {
      result[question] = kept;
      tell(
        `answers.${question}: the question has changed since the file was saved; the earlier answer ${was} is carried over as ${shownValue(kept)}`,
      );
    }
  }
  return result;
}

/**
 * The answers that fit the questionnaire. Without `--lenient` any that do not
 * stop the command, with a line each by JSON path; with it they are left out,
 * with a warning each.
 */
function fitAnswers<T>(
  questionnaire: Questionnaire,
  answers: Readonly<Record<string, T>>,
  fitting: Fitting,
  shown: string,
  savedWith?: unknown,
): Record<string, T> {
  const problems = checkAnswers(questionnaire, answers, { path: ['answers'] });
  if (problems.length === 0) return { ...answers };
  const lines = problems.map(
    (p) => `${shown}: ${jsonPath(p.path, { root: '' })}: ${describeProblem(p, questionnaire)}`,
  );
  if (!fitting.lenient) {
    const [count, them] =
      problems.length === 1 ? ['one answer does', 'it'] : [`${problems.length} answers do`, 'them'];
    const older =
      typeof savedWith === 'string' && savedWith !== questionnaire.version
        ? ` (the file was saved with version ${savedWith.slice(0, 40)})`
        : '';
    throw new ReportError(
      `${shown}: ${count} not fit questionnaire ${questionnaire.id} ${questionnaire.version}${older}; correct the file, or run with --lenient to leave ${them} out`,
      lines,
    );
  }
  for (const line of lines) fitting.warn(`report: warning: ${line}; left out\n`);
  const dropped = new Set(problems.map((p) => p.questionId));
  return Object.fromEntries(Object.entries(answers).filter(([id]) => !dropped.has(id)));
}

/** Longest value echoed in a message; a file can hold texts of any length. */
const MAX_SHOWN = 40;

/** A value from the file as a message shows it: JSON, cut short. */
function shownValue(value: unknown): string {
  const text = JSON.stringify(value) ?? String(value);
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

/** What is wrong with one answer, in English, after its path. */
function describeProblem(problem: AnswerProblem, questionnaire: Questionnaire): string {
  const question = questionnaire.sections
    .flatMap((s) => s.questions)
    .flatMap((q) => (q.type === 'repeatable' ? [q, ...q.questions] : [q]))
    .find((q) => q.id === problem.questionId);
  const options =
    question && 'options' in question ? ` (options: ${question.options.join(', ')})` : '';
  const value = shownValue(problem.value);
  switch (problem.code) {
    case 'unknownQuestion':
      return `questionnaire ${questionnaire.id} ${questionnaire.version} has no such question`;
    case 'expectedOption':
      return `${value} is not one option${options}`;
    case 'expectedOptions':
      return `${value} is not a list of options${options}`;
    case 'expectedNumber':
      return `${value} is not a number`;
    case 'expectedText':
      return `${value} is not a text`;
    case 'expectedItems':
      return `${value} is not a list of items, each with its own id and answers`;
    case 'tooManyItems':
      return `the list has more than the ${problem.max} items allowed`;
    case 'duplicateOption':
      return `${shownValue(problem.option)} is chosen more than once`;
    case 'unknownOption':
      return `${shownValue(problem.option)} is not an option of this question${options}`;
    case 'exclusiveCombined':
      return `${shownValue(problem.option)} cannot be combined with other options`;
    case 'notInteger':
      return `${value} is not a whole number`;
    case 'tooSmall':
      return `${value} is less than the minimum of ${problem.min}`;
    case 'tooLarge':
      return `${value} is more than the maximum of ${problem.max}`;
    case 'tooLong':
      return `the text has ${problem.length} characters, more than the ${problem.max} allowed`;
  }
}

const appLocales = new Map<string, Record<string, unknown>>();

/** An app locale file by name (`nl.json`, `report.nl.json`), read once; a missing one throws. */
function appLocale(name: string): Record<string, unknown> {
  let texts = appLocales.get(name);
  if (!texts) {
    const file = join(import.meta.dirname, '../src/i18n/locales', name);
    texts = JSON.parse(readFileSync(file, 'utf8')) as Record<string, unknown>;
    appLocales.set(name, texts);
  }
  return texts;
}

/**
 * A translate function for the report in Node: the report namespace, the app's common texts and
 * the questionnaire's texts, resolved as the app resolves them in the browser.
 */
export function createNodeTranslator(
  language: Language,
  questionnaireId: string,
  texts: Readonly<Record<string, unknown>>,
): Translate {
  const ns = questionnaireNamespace(questionnaireId);
  const bundle = (lng: Language) => ({
    [REPORT_NAMESPACE]: appLocale(`report.${lng}.json`),
    common: appLocale(`${lng}.json`),
    [ns]: (texts[lng] ?? {}) as Record<string, unknown>,
  });
  return createReportTranslator(language, questionnaireId, perLanguage(bundle));
}

let fonts: Promise<PdfFonts> | null = null;

/** The PDF fonts cut down as the build cuts them for the browser (`makePdfFonts`); once per process. */
export function nodeFonts(): Promise<PdfFonts> {
  fonts ??= makePdfFonts().then(prepareFonts);
  return fonts;
}

/**
 * The report model with its texts spelled out in the language: why the GDPR
 * does not apply (the exit's reasons), each critical gap's label and detail,
 * each determination's title and each outcome's label, one-line reason and the
 * particular reasons that hold, and each processor agreement element's name.
 */
export function modelWithTexts(model: ReportModel, t: Translate, language: Language) {
  const scope = model.outOfScope;
  return {
    language,
    ...model,
    outOfScope: scope && {
      exitId: scope.exitId,
      reasons: scope.reasons.map((id) => ({
        id,
        text: t(`exits.${scope.exitId}.reasons.${id}`),
      })),
    },
    criticalGaps: model.criticalGaps.map((gap) => ({
      ...gap,
      label: t(`criticalGaps.${gap.id}.label`),
      detail: t(`criticalGaps.${gap.id}.detail`),
    })),
    determinations: model.determinations.map((d) => ({
      id: d.id,
      title: t(`determinations.${d.id}.title`),
      outcomes: d.outcomes.map((o) => {
        const key = `determinations.${d.id}.outcomes.${o.id}`;
        return {
          id: o.id,
          articles: o.articles,
          label: t(`${key}.label`),
          reason: t(`${key}.reason`),
          reasons: o.reasons.map((id) => ({ id, text: t(`${key}.reasons.${id}`) })),
        };
      }),
    })),
    processors: {
      ...model.processors,
      elements: model.processors.elements.map((e) => ({
        ...e,
        label: t(`report:processors.items.${e.id}`),
      })),
    },
  };
}

/**
 * The folder the command was run in, which relative paths are read from: npm runs a script
 * from the package folder, and says in INIT_CWD where the person was; run without npm, the
 * process's own folder.
 */
export function commandCwd(env: NodeJS.ProcessEnv = process.env, cwd = process.cwd()): string {
  return env.INIT_CWD || cwd;
}

const defaultIo: ReportIo = {
  stdout: (text) => process.stdout.write(text),
  stderr: (text) => process.stderr.write(text),
  cwd: commandCwd(),
  now: () => new Date(),
};

/**
 * Runs the command; resolves to the exit code: 0, or 1 after one line on stderr
 * (preceded by a line per answer that does not fit). It never throws, so a
 * person never sees a stack trace; an error nobody foresaw is one line too.
 */
export async function main(argv: readonly string[], io: ReportIo = defaultIo): Promise<number> {
  try {
    const args = parseArgs(argv);
    if (args === 'help') {
      io.stdout(`${USAGE}\n`);
      return 0;
    }
    const now = io.now();
    const source: Target = { path: resolve(io.cwd, args.input), shown: args.input };
    const input = loadInput(
      source.path,
      now,
      { lenient: args.lenient, warn: io.stderr },
      args.input,
    );
    const t = createNodeTranslator(args.language, input.questionnaire.id, input.texts);
    const model = buildReport(input.questionnaire, input.answers, input.plan, {
      processorReviews: input.session.processorReviews,
    });

    const fileName = reportFileName(t('report:file.report'), model.organisation, now);
    const out = outputTarget(args, io.cwd, fileName);
    // Checked before the slow part, so a refusal costs no wait; write() checks again.
    if (out !== null) guardOut(out, source, args.force);

    if (args.format === 'json' || out === null) {
      const json = `${JSON.stringify(modelWithTexts(model, t, args.language), null, 2)}\n`;
      if (out === null) io.stdout(json);
      else write(out, json, args.force);
      return 0;
    }
    // --assessor fills or overrides who assessed, on the cover and in the stored session alike.
    const team = args.assessor
      ? { ...input.session.team, assessedBy: args.assessor }
      : input.session.team;
    const session: Session = { ...input.session, team };
    const bytes = await renderPdf(model, {
      t,
      language: args.language,
      assessor: team?.assessedBy ?? null,
      participants: team?.participants ?? null,
      generatedAt: now,
      appUrl: pdfLinkBase({ publicUrl: args.publicUrl, origin: args.appUrl }),
      fonts: await nodeFonts(),
      embeddedAnswers: JSON.stringify(sessionForPdf(session, model, { notes: args.embedNotes })),
      workshopNotes: args.embedNotes
        ? workshopNotes(model.answers, session.notes, session.parked)
        : undefined,
    });
    write(out, bytes, args.force);
    io.stdout(`${out.path}\n`);
    return 0;
  } catch (error) {
    if (!(error instanceof ReportError)) {
      const message = error instanceof Error ? error.message : String(error);
      io.stderr(`report: unexpected error: ${oneLine(message.split('\n')[0]!.slice(0, 300))}\n`);
      return 1;
    }
    for (const line of error.details) io.stderr(`report: ${oneLine(line)}\n`);
    io.stderr(`report: ${oneLine(error.message)}\n`);
    return 1;
  }
}

/**
 * A message as one line: file names and JSON.parse's quotes of the file can hold line breaks
 * and other control characters, which would split the line or drive the terminal.
 */
function oneLine(text: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are what this escapes
  return text.replace(/[\u0000-\u001f\u007f-\u009f]/g, (c) => JSON.stringify(c).slice(1, -1));
}

/** A file the command reads or writes: its resolved path, and the path as the person gave it. */
interface Target {
  readonly path: string;
  readonly shown: string;
}

/**
 * Where the report goes: the `--out` file, or for a PDF a file named after the organisation
 * and the day in the folder the command was run in; null for JSON on stdout.
 */
function outputTarget(args: Args, cwd: string, defaultName: string): Target | null {
  if (args.out !== null) return { path: resolve(cwd, args.out), shown: args.out };
  if (args.format === 'json') return null;
  const path = resolve(cwd, defaultName);
  return { path, shown: path };
}

/**
 * Refuses to write the report over its own answers file (by any spelling, symbolic or hard
 * link: the answers would be gone), over a folder, and over any other file without `--force`.
 */
function guardOut(out: Target, input: Target, force: boolean): void {
  const existing = statOrNull(out.path);
  if (existing === null) {
    if (statOrNull(dirname(out.path))?.isDirectory() !== true) throw new ReportError(noFolder(out));
    return;
  }
  const source = statOrNull(input.path);
  if (source !== null && sameFile(out.path, existing, input.path, source))
    throw new ReportError(
      `the report cannot go to ${out.shown}: that is the answers file ${input.shown}, which it would replace; give another file with --out`,
    );
  if (existing.isDirectory())
    throw new ReportError(`${out.shown} is a folder; give a file name with --out`);
  if (!force) throw new ReportError(alreadyExists(out));
}

function alreadyExists(out: Target): string {
  return `${out.shown} already exists; add --force to replace it, or give another file with --out`;
}

function noFolder(out: Target): string {
  return `cannot write ${out.shown}: the folder ${dirname(out.path)} does not exist`;
}

function statOrNull(path: string): Stats | null {
  try {
    return statSync(path);
  } catch {
    return null;
  }
}

/** Whether two existing paths name one file: the same real path, or the same inode (a hard link). */
function sameFile(a: string, aStat: Stats, b: string, bStat: Stats): boolean {
  if (aStat.dev === bStat.dev && aStat.ino === bStat.ino && aStat.ino !== 0) return true;
  try {
    return realpathSync(a) === realpathSync(b);
  } catch {
    return false;
  }
}

function write(out: Target, data: string | Uint8Array, force: boolean): void {
  try {
    // 'wx' fails on a file that appeared since guardOut, instead of replacing it.
    writeFileSync(out.path, data, { flag: force ? 'w' : 'wx' });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    throw new ReportError(
      code === 'EEXIST'
        ? alreadyExists(out)
        : code === 'ENOENT' || code === 'ENOTDIR'
          ? noFolder(out)
          : code === 'EISDIR'
            ? `${out.shown} is a folder; give a file name with --out`
            : code === 'EACCES' || code === 'EPERM'
              ? `cannot write ${out.shown}: permission denied`
              : `cannot write ${out.shown} (${code ?? String(error)})`,
    );
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  process.exitCode = await main(process.argv.slice(2));
}
