import {
  shippedQuestionnaires,
  type CheckedFile,
  type ShippedQuestionnaire,
} from 'virtual:shipped-questionnaires';
import type { Example } from '@/engine/questionnaire/example.schema';
import type { ExampleCard } from '@/ui/wizard/examples-context';
import type { ParseResult, QuestionnaireIssue } from '@/engine/questionnaire/parse-questionnaire';
import type { Questionnaire } from '@/engine/questionnaire/questionnaire.schema';
import { SOURCE_LANGUAGE } from '@/i18n/languages';
import { sha256 } from './sha256';

export { BUILT_IN_QUESTIONNAIRE as DEFAULT_QUESTIONNAIRE } from '@/engine/config/deployment-config';

/** The ids of the questionnaires built into the app. */
export const SHIPPED_QUESTIONNAIRES: readonly string[] = Object.keys(shippedQuestionnaires);

type Texts = Readonly<Record<string, unknown>>;

/**
 * A shipped file's text, and whether it is byte for byte the file checked when the app was
 * built.
 */
async function fetchChecked(file: CheckedFile): Promise<{ text: string; checked: boolean }> {
  const response = await fetch(file.url);
  if (!response.ok) throw new Error(`${file.url}: HTTP ${response.status}`);
  const bytes = await response.arrayBuffer();
  const text = new TextDecoder().decode(bytes);
  return { text, checked: (await sha256(bytes)) === file.sha256 };
}

type Failure = Extract<ParseResult, { ok: false }>;

function failure(file: string, code: QuestionnaireIssue['code'], message: string): Failure {
  return { ok: false, issues: [{ file, path: '$', code, message }] };
}

/** The language whose texts to load: the one asked for if the questionnaire has it, else the source language. */
function textLanguage(entry: ShippedQuestionnaire, language: string): string {
  if (entry.texts[language]) return language;
  return entry.texts[SOURCE_LANGUAGE] ? SOURCE_LANGUAGE : Object.keys(entry.texts)[0]!;
}

const mainFile = (id: string) => `questionnaires/${id}/questionnaire.json`;

const loadFailure = (id: string, error: unknown): Failure =>
  failure(
    mainFile(id),
    'load-failed',
    `could not be loaded: ${error instanceof Error ? error.message : String(error)}`,
  );

/**
 * Loads a shipped questionnaire's structure with the title and introduction of every language,
 * which the build inlined: enough for the intro. The texts of the questions come with
 * {@link loadQuestionnaireTexts}. A structure that is not the one checked at build time (edited
 * on the server, say) goes through the full parser with every language, loaded only then.
 */
export async function loadQuestionnaire(id: string): Promise<ParseResult> {
  const entry = shippedQuestionnaires[id];
  if (!entry)
    return failure(mainFile(id), 'unknown-questionnaire', 'no such questionnaire is shipped');
  try {
    const structure = await fetchChecked(entry.structure);
    if (structure.checked)
      return {
        ok: true,
        bundle: { questionnaire: JSON.parse(structure.text) as Questionnaire, texts: entry.leads },
      };
    return await parseEverything(id, entry, structure.text);
  } catch (error) {
    return loadFailure(id, error);
  }
}

/** A questionnaire's texts in one language, or why they cannot be used. */
export type TextsResult =
  { readonly ok: true; readonly language: string; readonly texts: Texts } | Failure;

/**
 * Loads every text of a shipped questionnaire in `language` (English when it has no such
 * language). A file that is not the one checked at build time is checked with the structure by
 * the full parser.
 */
export async function loadQuestionnaireTexts(id: string, language: string): Promise<TextsResult> {
  const entry = shippedQuestionnaires[id];
  if (!entry)
    return failure(mainFile(id), 'unknown-questionnaire', 'no such questionnaire is shipped');
  const lang = textLanguage(entry, language);
  try {
    const texts = await fetchChecked(entry.texts[lang]!);
    if (texts.checked) return { ok: true, language: lang, texts: JSON.parse(texts.text) as Texts };
    const result = await parseEverything(id, entry, (await fetchChecked(entry.structure)).text);
    return result.ok ? { ok: true, language: lang, texts: result.bundle.texts[lang]! } : result;
  } catch (error) {
    return loadFailure(id, error);
  }
}

async function parseEverything(
  id: string,
  entry: ShippedQuestionnaire,
  structure: string,
): Promise<ParseResult> {
  const [{ parseQuestionnaireTexts }, ...locales] = await Promise.all([
    import('@/engine/questionnaire/parse-questionnaire'),
    ...Object.entries(entry.texts).map(
      async ([language, file]) =>
        [
          language,
          {
            file: `questionnaires/${id}/locales/${language}.json`,
            text: (await fetchChecked(file)).text,
          },
        ] as const,
    ),
  ]);
  return parseQuestionnaireTexts(
    { file: mainFile(id), text: structure },
    Object.fromEntries(locales),
    // Reachability is checked for every shipped file by `npm run validate` and the tests.
    { checkReachability: false },
  );
}

/** The title and introduction per language built into the app, or null for an unknown id. */
export function shippedLeads(id: string): ShippedQuestionnaire['leads'] | null {
  return shippedQuestionnaires[id]?.leads ?? null;
}

/** The example answer sets shipped with a questionnaire. */
export function exampleCards(questionnaireId: string): readonly ExampleCard[] {
  return (shippedQuestionnaires[questionnaireId]?.examples ?? []).map(
    ({ id, title, description, minutes, file }) => ({
      id,
      title,
      description,
      minutes,
      load: () => loadExample(file),
    }),
  );
}

async function loadExample(file: CheckedFile): Promise<Example | null> {
  try {
    const { text, checked } = await fetchChecked(file);
    if (checked) return JSON.parse(text) as Example;
    const { ExampleSchema } = await import('@/engine/questionnaire/example.schema');
    const parsed = ExampleSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}
