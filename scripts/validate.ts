import { join, relative } from 'node:path';
import { formatIssues } from '../src/engine/questionnaire/parse-questionnaire';
import { LANGUAGE_CODES } from '../src/i18n/languages';
import {
  questionnaireIds,
  questionnairesDir,
  readQuestionnaireFolder,
  repoRoot,
} from './questionnaire-files';

// Checks every questionnaire folder, or the folders given as arguments. The app's own
// questionnaires must also speak every registered language: the app falls back to English.
const folders = process.argv.slice(2);
const shipped = folders.length === 0;
const targets =
  folders.length > 0 ? folders : questionnaireIds().map((id) => join(questionnairesDir, id));
let failed = 0;
for (const folder of targets) {
  const result = readQuestionnaireFolder(folder);
  const unspoken = result.ok
    ? LANGUAGE_CODES.filter((l) => !(result.bundle.questionnaire.languages as string[]).includes(l))
    : [];
  if (result.ok && shipped && unspoken.length > 0) {
    failed += 1;
    console.error(
      `FAIL ${result.bundle.questionnaire.id}: no texts in the registered language(s) ${unspoken.join(', ')}: add locales/<lng>.json and the code to "languages"`,
    );
  } else if (result.ok) {
    const q = result.bundle.questionnaire;
    const count = q.sections.reduce((n, s) => n + s.questions.length, 0);
    console.log(
      `ok   ${q.id} ${q.version}: ${q.sections.length} sections, ${count} questions, languages ${q.languages.join(', ')}`,
    );
  } else {
    failed += 1;
    console.error(
      `FAIL ${relative(repoRoot, folder) || folder}: ${result.issues.length} problem(s)`,
    );
    console.error(formatIssues(result.issues).replace(/^/gm, '  '));
  }
}
process.exit(failed > 0 ? 1 : 0);
