import { ExampleSchema, type Example } from '@/engine/questionnaire/example.schema';
import {
  parseQuestionnaireTexts,
  type ParseResult,
} from '@/engine/questionnaire/parse-questionnaire';
import { questionnaireFiles } from './shipped-questionnaires';

export { BUILT_IN_QUESTIONNAIRE as DEFAULT_QUESTIONNAIRE } from '@/engine/config/deployment-config';

const localeFiles = import.meta.glob<string>('/questionnaires/*/locales/*.json', {
  query: '?url',
  import: 'default',
  eager: true,
});

async function fetchText(url: string): Promise<string> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return response.text();
}

/** Loads and checks a shipped questionnaire with all its locales. */
export async function loadQuestionnaire(id: string): Promise<ParseResult> {
  const mainPath = `/questionnaires/${id}/questionnaire.json`;
  const mainUrl = questionnaireFiles[mainPath];
  if (!mainUrl) {
    return {
      ok: false,
      issues: [
        {
          file: mainPath.slice(1),
          path: '$',
          code: 'unknown-questionnaire',
          message: 'no such questionnaire is shipped',
        },
      ],
    };
  }
  const prefix = `/questionnaires/${id}/locales/`;
  try {
    const localeEntries = await Promise.all(
      Object.entries(localeFiles)
        .filter(([path]) => path.startsWith(prefix))
        .map(
          async ([path, url]) =>
            [
              path.slice(prefix.length, -'.json'.length),
              { file: path.slice(1), text: await fetchText(url) },
            ] as const,
        ),
    );
    return parseQuestionnaireTexts(
      { file: mainPath.slice(1), text: await fetchText(mainUrl) },
      Object.fromEntries(localeEntries),
      // Reachability is checked for every shipped file by `npm run validate` and the tests.
      { checkReachability: false },
    );
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      ok: false,
      issues: [
        {
          file: mainPath.slice(1),
          path: '$',
          code: 'load-failed',
          message: `could not be loaded: ${message}`,
        },
      ],
    };
  }
}

const exampleFiles = import.meta.glob<string>('/questionnaires/*/examples/*.json', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** The example answer sets shipped with a questionnaire; a broken file is left out rather than shown. */
export async function loadExamples(questionnaireId: string): Promise<Example[]> {
  const prefix = `/questionnaires/${questionnaireId}/examples/`;
  const examples = await Promise.all(
    Object.entries(exampleFiles)
      .filter(([path]) => path.startsWith(prefix))
      .map(async ([, url]) => {
        try {
          const parsed = ExampleSchema.safeParse(JSON.parse(await fetchText(url)));
          return parsed.success ? parsed.data : null;
        } catch {
          return null;
        }
      }),
  );
  return examples.filter((e): e is Example => e !== null);
}
