import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { formatIssues } from '../src/engine/questionnaire/parse-questionnaire';
import { flattenLocale } from '../src/engine/questionnaire/locale-keys';
import type { Questionnaire } from '../src/engine/questionnaire/questionnaire.schema';
import { SOURCE_LANGUAGE } from '../src/i18n/languages';
import { renderLegalRules, type RuleText } from '../src/report/legal-rules';
import { questionnairesDir, readQuestionnaireFolder, repoRoot } from './questionnaire-files';

// Writes docs/legal-rules.md, the rules of the shipped questionnaire for a lawyer to review.
// tests/legal-rules.test.ts fails when the file no longer matches the data; run `npm run rules`.

export const LEGAL_RULES_FILE = join(repoRoot, 'docs/legal-rules.md');

/**
 * A shipped questionnaire with a lookup of its English texts. The folder is checked as the
 * app checks it; the slow search for unreachable questions is left to `npm run validate` and
 * tests/questionnaires.test.ts.
 */
export function readShippedRules(id = 'gdpr-readiness'): {
  questionnaire: Questionnaire;
  text: RuleText;
} {
  const result = readQuestionnaireFolder(join(questionnairesDir, id), { checkReachability: false });
  if (!result.ok)
    throw new Error(`questionnaire ${id} does not parse:\n${formatIssues(result.issues)}`);
  const { entries } = flattenLocale(result.bundle.texts[SOURCE_LANGUAGE] ?? {});
  return { questionnaire: result.bundle.questionnaire, text: (key) => entries.get(key) ?? key };
}

/** The rules of a shipped questionnaire as Markdown, as docs/legal-rules.md holds them. */
export function shippedLegalRules(id = 'gdpr-readiness'): string {
  const { questionnaire, text } = readShippedRules(id);
  return renderLegalRules(questionnaire, text);
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  try {
    const markdown = shippedLegalRules();
    mkdirSync(dirname(LEGAL_RULES_FILE), { recursive: true });
    writeFileSync(LEGAL_RULES_FILE, markdown);
    console.log(`wrote ${relative(repoRoot, LEGAL_RULES_FILE)}`);
  } catch (error) {
    console.error(`rules: ${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 1;
  }
}
