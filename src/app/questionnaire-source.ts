import {
  shippedQuestionnaires,
  type CheckedFile,
  type ShippedQuestionnaire,
} from 'virtual:shipped-questionnaires';
import type { Example } from '@/engine/questionnaire/example.schema';
import type { ParseResult, QuestionnaireIssue } from '@/engine/questionnaire/parse-questionnaire';
import type { Questionnaire } from '@/engine/questionnaire/questionnaire.schema';
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

function failure(file: string, code: QuestionnaireIssue['code'], message: string): ParseResult {
  return { ok: false, issues: [{ file, path: '$', code, message }] };
}

/** The language whose texts to load: the one asked for if the questionnaire has it, else English. */
function textLanguage(entry: ShippedQuestionnaire, language: string): string {
  return entry.texts[language] ? language : entry.texts.en ? 'en' : Object.keys(entry.texts)[0]!;
}

/**
 * Loads a shipped questionnaire with the texts of one language. Files that are the ones checked
 * at build time are used as they are; any other (edited on the server, say) goes through the
 * full parser with every language, which is loaded only then.
 */
export async function loadQuestionnaire(id: string, language: string): Promise<ParseResult> {
  const mainFile = `questionnaires/${id}/questionnaire.json`;
  const entry = shippedQuestionnaires[id];
  if (!entry) return failure(mainFile, 'unknown-questionnaire', 'no such questionnaire is shipped');
  const lang = textLanguage(entry, language);
  try {
    const [structure, texts] = await Promise.all([
      fetchChecked(entry.structure),
      fetchChecked(entry.texts[lang]!),
    ]);
    if (structure.checked && texts.checked)
      return {
        ok: true,
        bundle: {
          questionnaire: JSON.parse(structure.text) as Questionnaire,
          texts: { [lang]: JSON.parse(texts.text) as Texts },
        },
      };
    return await parseEverything(id, entry, structure.text);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return failure(mainFile, 'load-failed', `could not be loaded: ${message}`);
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
    { file: `questionnaires/${id}/questionnaire.json`, text: structure },
    Object.fromEntries(locales),
    // Reachability is checked for every shipped file by `npm run validate` and the tests.
    { checkReachability: false },
  );
}

// One load of the examples per questionnaire per page: started with the first screen.
const exampleLoads = new Map<string, Promise<Example[]>>();

/** The example answer sets shipped with a questionnaire; a file that fails its check is left out. */
export function loadExamples(questionnaireId: string): Promise<Example[]> {
  let load = exampleLoads.get(questionnaireId);
  if (!load) {
    load = fetchExamples(questionnaireId);
    exampleLoads.set(questionnaireId, load);
  }
  return load;
}

async function fetchExamples(questionnaireId: string): Promise<Example[]> {
  const files = shippedQuestionnaires[questionnaireId]?.examples ?? [];
  const examples = await Promise.all(
    files.map(async (file) => {
      try {
        const { text, checked } = await fetchChecked(file);
        if (checked) return JSON.parse(text) as Example;
        const { ExampleSchema } = await import('@/engine/questionnaire/example.schema');
        const parsed = ExampleSchema.safeParse(JSON.parse(text));
        return parsed.success ? parsed.data : null;
      } catch {
        return null;
      }
    }),
  );
  return examples.filter((e): e is Example => e !== null);
}
