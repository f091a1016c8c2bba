import { join, relative } from 'node:path';
import { formatIssues } from '../src/engine/questionnaire/parse-questionnaire';
import {
  questionnaireIds,
  questionnairesDir,
  readQuestionnaireFolder,
  repoRoot,
} from './questionnaire-files';

// Checks every questionnaire folder, or the folders given as arguments.
const folders = process.argv.slice(2);
const targets =
  folders.length > 0 ? folders : questionnaireIds().map((id) => join(questionnairesDir, id));
let failed = 0;
for (const folder of targets) {
  const result = readQuestionnaireFolder(folder);
  if (result.ok) {
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
