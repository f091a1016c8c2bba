import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { isItemList } from '@/engine/questionnaire/answer-value';
import { ExampleSchema, type Example } from '@/engine/questionnaire/example.schema';
import type { Answers } from '@/engine/questionnaire/questionnaire.schema';
import { questionnairesDir } from '../../scripts/questionnaire-files';

/** One file in questionnaires/<folder>/examples/. */
export interface ExampleFile {
  /** The questionnaire folder the example sits in. */
  readonly folder: string;
  /** File name, such as `dutch-webshop.json`. */
  readonly file: string;
  readonly path: string;
}

/** Every example answer file of every questionnaire folder, sorted. */
export function exampleFiles(dir = questionnairesDir): ExampleFile[] {
  return readdirSync(dir, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => entry.name)
    .sort()
    .flatMap((folder) => {
      const examplesDir = join(dir, folder, 'examples');
      if (!existsSync(examplesDir)) return [];
      return readdirSync(examplesDir)
        .filter((file) => file.endsWith('.json'))
        .sort()
        .map((file) => ({ folder, file, path: join(examplesDir, file) }));
    });
}

/** Reads and checks one example file; throws when it does not match ExampleSchema. */
export function readExample(path: string): Example {
  return ExampleSchema.parse(JSON.parse(readFileSync(path, 'utf8')));
}

/** A shipped example of the GDPR questionnaire by id, such as `dutch-webshop`. */
export function loadExample(id: string, questionnaireId = 'gdpr-readiness'): Example {
  return readExample(join(questionnairesDir, questionnaireId, 'examples', `${id}.json`));
}

/**
 * The answers of an organisation that uses no processors at all: neither for itself as a whole
 * nor for any of its processing activities (either one raises the duty of Art. 28).
 */
export function withoutProcessors(answers: Answers): Answers {
  const items = answers.activities;
  return {
    ...answers,
    'uses-processors': 'no',
    ...(isItemList(items)
      ? {
          activities: items.map((item) => ({
            id: item.id,
            answers: { ...item.answers, 'activity-uses-processors': 'no' },
          })),
        }
      : {}),
  };
}

/** The ids of the GDPR questionnaire's shipped examples, such as `dutch-webshop`, sorted. */
export function shippedExampleIds(questionnaireId = 'gdpr-readiness'): string[] {
  return exampleFiles()
    .filter((f) => f.folder === questionnaireId)
    .map((f) => f.file.replace(/\.json$/, ''));
}
