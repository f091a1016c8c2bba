import { createHash } from 'node:crypto';
import {
  existsSync,
  mkdirSync,
  readdirSync,
  readFileSync,
  realpathSync,
  writeFileSync,
} from 'node:fs';
import { join } from 'node:path';
import { searchForWorkspaceRoot, type Plugin } from 'vite';
import { readDeploymentConfig } from '../src/engine/config/read-deployment-config';
import { ShippedExampleSchema } from '../src/engine/questionnaire/example.schema';
import { formatIssues } from '../src/engine/questionnaire/parse-questionnaire';
import { estimateMinutes } from '../src/engine/questionnaire/time-estimate';
import { questionnaireIds, readQuestionnaireFolder, repoRoot } from './questionnaire-files';

const QUESTIONNAIRES_ID = 'virtual:shipped-questionnaires';
const CONFIG_ID = 'virtual:shipped-config';

const sha256 = (text: string) => createHash('sha256').update(text, 'utf8').digest('hex');

export interface ShippedDataOptions {
  /** The folder of questionnaire folders; `questionnaires/` by default. */
  readonly questionnairesDir?: string;
  /** The deployment configuration shipped in `public/`. */
  readonly configFile?: string;
  /** Where the checked files are written for Vite to serve (dev) and hash into assets (build). */
  readonly outDir?: string;
}

/**
 * Checks the data the app ships when it is built (or served), so the browser need not load zod
 * and the parsers for it:
 * - `virtual:shipped-questionnaires`: every questionnaire, its languages and its examples. One
 *   that fails a check fails the build with the list of problems. Each is written as checked
 *   (defaults filled in), one file per structure, language and example, listed with its URL and
 *   SHA-256. The app fetches only the language it shows and trusts a file whose hash matches.
 *   Each language's title and introduction are inlined, so the intro can show before its file,
 *   and so is the time each example takes (src/engine/questionnaire/time-estimate.ts).
 * - `virtual:shipped-config`: the SHA-256 of `public/config.json` and what reading it gives. A
 *   deployer who edits the file after the build changes its hash, and the app then reads it.
 * Anything that does not match goes through the full checks in the browser
 * (src/app/questionnaire-source.ts, src/app/deployment-config.ts).
 */
export function shippedData(options: ShippedDataOptions = {}): Plugin {
  const dir = options.questionnairesDir ?? join(repoRoot, 'questionnaires');
  const configFile = options.configFile ?? join(repoRoot, 'public/config.json');
  const outDir = options.outDir ?? join(repoRoot, 'node_modules/.cache/shipped-data');
  return {
    name: 'shipped-data',
    // node_modules may be a link to another folder (a git worktree, pnpm): the files are served
    // from where they really are, which must then be allowed beside the project.
    config: () => {
      mkdirSync(outDir, { recursive: true });
      return {
        server: { fs: { allow: [searchForWorkspaceRoot(process.cwd()), realpathSync(outDir)] } },
      };
    },
    resolveId: (id) => (id === QUESTIONNAIRES_ID || id === CONFIG_ID ? `\0${id}` : null),
    load(id) {
      if (id === `\0${CONFIG_ID}`) {
        this.addWatchFile(configFile);
        const text = readFileSync(configFile, 'utf8');
        const result = readDeploymentConfig(
          { kind: 'response', status: 200, text },
          questionnaireIds(dir),
        );
        return `export const shippedConfig = ${JSON.stringify({ sha256: sha256(text), result })};\n`;
      }
      if (id !== `\0${QUESTIONNAIRES_ID}`) return null;
      const imports: string[] = [];
      const entries: string[] = [];
      const file = (questionnaire: string, name: string, text: string) => {
        mkdirSync(join(outDir, questionnaire), { recursive: true });
        const path = join(outDir, questionnaire, name);
        writeFileSync(path, text);
        const binding = `url${imports.length}`;
        imports.push(`import ${binding} from ${JSON.stringify(`${path}?url`)};`);
        return `{ url: ${binding}, sha256: ${JSON.stringify(sha256(text))} }`;
      };
      for (const questionnaire of questionnaireIds(dir)) {
        const folder = join(dir, questionnaire);
        this.addWatchFile(join(folder, 'questionnaire.json'));
        for (const locale of readdirSync(join(folder, 'locales')))
          this.addWatchFile(join(folder, 'locales', locale));
        // Reachability is a slow search; `npm run validate` runs it on every shipped file.
        const result = readQuestionnaireFolder(folder, { checkReachability: false });
        if (!result.ok)
          this.error(
            `questionnaire "${questionnaire}" fails its checks:\n${formatIssues(result.issues)}`,
          );
        const { questionnaire: checked, texts } = result.bundle;
        const structure = file(questionnaire, 'questionnaire.json', JSON.stringify(checked));
        const languages = Object.entries(texts).map(
          ([language, data]) =>
            `${JSON.stringify(language)}: ${file(questionnaire, `${language}.json`, JSON.stringify(data))}`,
        );
        const leads = Object.fromEntries(
          Object.entries(texts).map(([language, data]) => [language, leadTexts(data)]),
        );
        const examples = exampleFiles(folder).map(([name, path]) => {
          this.addWatchFile(path);
          const example = ShippedExampleSchema.safeParse(JSON.parse(readFileSync(path, 'utf8')));
          if (!example.success || example.data.questionnaireId !== questionnaire)
            this.error(`example ${path} is not a valid example of "${questionnaire}"`);
          const { id, title, description, answers } = example.data;
          const minutes = estimateMinutes(checked, answers);
          const exampleFile = file(questionnaire, `example-${name}`, JSON.stringify(example.data));
          // What the intro lists is inlined, with the time it takes; the answers are fetched when
          // one is picked.
          return `{ id: ${JSON.stringify(id)}, title: ${JSON.stringify(title)}, description: ${JSON.stringify(description)}, minutes: ${JSON.stringify(minutes)}, file: ${exampleFile} }`;
        });
        entries.push(
          `${JSON.stringify(questionnaire)}: { structure: ${structure}, texts: { ${languages.join(', ')} }, leads: ${JSON.stringify(leads)}, examples: [${examples.join(', ')}] }`,
        );
      }
      return `${imports.join('\n')}\nexport const shippedQuestionnaires = { ${entries.join(',\n')} };\n`;
    },
  };
}

/**
 * The texts the intro shows (title and introduction), built into the app so the first screen
 * does not wait for the file of every question's texts.
 */
function leadTexts(texts: Readonly<Record<string, unknown>>): Record<string, unknown> {
  return { title: texts.title, intro: texts.intro };
}

/** The example answer files of a questionnaire folder, by name, in name order. */
function exampleFiles(folder: string): [string, string][] {
  const dir = join(folder, 'examples');
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => [name, join(dir, name)]);
}
