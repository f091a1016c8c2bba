import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import {
  parseQuestionnaireTexts,
  type ParseOptions,
  type ParseResult,
} from '../src/engine/questionnaire/parse-questionnaire';

// Not `new URL(…, import.meta.url)`: under jsdom that URL resolves against the page, not the disk.
export const repoRoot = join(import.meta.dirname, '..');
export const questionnairesDir = join(repoRoot, 'questionnaires');

/** Ids of the questionnaire folders: every folder of questionnaires/ that holds a questionnaire.json. */
export function questionnaireIds(dir = questionnairesDir): string[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter(
      (entry) => entry.isDirectory() && existsSync(join(dir, entry.name, 'questionnaire.json')),
    )
    .map((entry) => entry.name)
    .sort();
}

/** Reads and checks one questionnaire folder (questionnaire.json and locales/*.json). */
export function readQuestionnaireFolder(folder: string, options: ParseOptions = {}): ParseResult {
  const name = (path: string) => relative(repoRoot, path) || path;
  const mainPath = join(folder, 'questionnaire.json');
  const localesDir = join(folder, 'locales');
  const locales: Record<string, { file: string; text: string }> = {};
  if (existsSync(localesDir)) {
    for (const entry of readdirSync(localesDir)
      .filter((f) => f.endsWith('.json'))
      .sort()) {
      const path = join(localesDir, entry);
      locales[entry.replace(/\.json$/, '')] = {
        file: name(path),
        text: readFileSync(path, 'utf8'),
      };
    }
  }
  return parseQuestionnaireTexts(
    { file: name(mainPath), text: readFileSync(mainPath, 'utf8') },
    locales,
    options,
  );
}
