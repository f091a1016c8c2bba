import {
  parseQuestionnaireTexts,
  type ParseResult,
} from '@/engine/questionnaire/parse-questionnaire';

// Raw text, so that a broken file becomes a listed problem instead of a failed build.
const questionnaireFiles = import.meta.glob<string>('/questionnaires/*/questionnaire.json', {
  query: '?raw',
  import: 'default',
});
const localeFiles = import.meta.glob<string>('/questionnaires/*/locales/*.json', {
  query: '?raw',
  import: 'default',
});

export const DEFAULT_QUESTIONNAIRE = 'gdpr-readiness';

/** Loads and checks a shipped questionnaire with all its locales. */
export async function loadQuestionnaire(id: string): Promise<ParseResult> {
  const mainPath = `/questionnaires/${id}/questionnaire.json`;
  const loadMain = questionnaireFiles[mainPath];
  if (!loadMain) {
    return {
      ok: false,
      issues: [
        {
          file: mainPath.slice(1),
          path: '$',
          code: 'shape',
          message: 'no such questionnaire is shipped',
        },
      ],
    };
  }
  const prefix = `/questionnaires/${id}/locales/`;
  const localeEntries = await Promise.all(
    Object.entries(localeFiles)
      .filter(([path]) => path.startsWith(prefix))
      .map(
        async ([path, load]) =>
          [
            path.slice(prefix.length, -'.json'.length),
            { file: path.slice(1), text: await load() },
          ] as const,
      ),
  );
  return parseQuestionnaireTexts(
    { file: mainPath.slice(1), text: await loadMain() },
    Object.fromEntries(localeEntries),
  );
}
