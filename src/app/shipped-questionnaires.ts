// Questionnaires ship as JSON files next to the code, fetched as data rather than bundled as
// JavaScript; read as text so that a broken file becomes a listed problem instead of a failed build.
export const questionnaireFiles = import.meta.glob<string>('/questionnaires/*/questionnaire.json', {
  query: '?url',
  import: 'default',
  eager: true,
});

/** The ids (folder names) of the questionnaires built into the app. */
export const SHIPPED_QUESTIONNAIRES: readonly string[] = Object.keys(questionnaireFiles).map(
  (path) => path.split('/')[2] ?? '',
);
