import { createHash } from 'node:crypto';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { shippedData } from '../scripts/shipped-data-plugin';
import { estimateMinutes } from '@/engine/questionnaire/time-estimate';
import { repoRoot } from '../scripts/questionnaire-files';
import { exampleFiles, readExample } from './helpers/examples';
import { loadShippedQuestionnaire } from './helpers/questionnaires';

/** Runs the plugin's load hook as Vite would, with `error` throwing like Rollup's. */
function load(options: Parameters<typeof shippedData>[0], id: string): string {
  const plugin = shippedData(options);
  const context = {
    addWatchFile: () => undefined,
    error: (message: string) => {
      throw new Error(message);
    },
  };
  if (typeof plugin.load !== 'function') throw new Error('the plugin has no load hook');
  // Only the two context methods the hook uses are provided.
  const code = plugin.load.call(context as never, `\0${id}`);
  if (typeof code !== 'string') throw new Error(`the plugin does not provide ${id}`);
  return code;
}

function copyOfShipped(): { dir: string; out: string } {
  const dir = mkdtempSync(join(tmpdir(), 'shipped-data-'));
  cpSync(join(repoRoot, 'questionnaires'), dir, { recursive: true });
  return { dir, out: join(dir, '.out') };
}

const sha256 = (path: string) => createHash('sha256').update(readFileSync(path)).digest('hex');

describe('the build checks the shipped questionnaires', () => {
  it('lists each checked file with the SHA-256 of what it wrote', () => {
    const { dir, out } = copyOfShipped();
    const code = load({ questionnairesDir: dir, outDir: out }, 'virtual:shipped-questionnaires');
    const written = join(out, 'gdpr-readiness', 'en.json');
    expect(code).toContain(`${written}?url`);
    expect(code).toContain(sha256(written));
    // Written as checked: the defaults the schema fills in are there.
    const structure = JSON.parse(
      readFileSync(join(out, 'gdpr-readiness', 'questionnaire.json'), 'utf8'),
    ) as { sections: { questions: { required?: boolean }[] }[] };
    expect(structure.sections[0]!.questions.every((q) => typeof q.required === 'boolean')).toBe(
      true,
    );
  });

  it('builds in how long each example takes, from the questionnaire’s timing', () => {
    const { dir, out } = copyOfShipped();
    const code = load({ questionnairesDir: dir, outDir: out }, 'virtual:shipped-questionnaires');
    const q = loadShippedQuestionnaire();
    for (const { file, path } of exampleFiles().filter((f) => f.folder === q.id)) {
      const example = readExample(path);
      const minutes = estimateMinutes(q, example.answers);
      expect(minutes, file).toBeGreaterThanOrEqual(5);
      expect(code).toContain(`id: ${JSON.stringify(example.id)}`);
      expect(code, file).toMatch(
        new RegExp(`id: ${JSON.stringify(example.id)},[^\\n]*minutes: ${String(minutes)},`),
      );
    }
  });

  it('fails the build on a questionnaire that breaks a check, naming the file and the problem', () => {
    const { dir, out } = copyOfShipped();
    const locale = join(dir, 'gdpr-readiness', 'locales', 'nl.json');
    const texts = JSON.parse(readFileSync(locale, 'utf8')) as {
      questions: Record<string, { label?: string }>;
    };
    delete texts.questions.employees!.label;
    writeFileSync(locale, JSON.stringify(texts));
    expect(() =>
      load({ questionnairesDir: dir, outDir: out }, 'virtual:shipped-questionnaires'),
    ).toThrow(/gdpr-readiness[\s\S]*locales\/nl\.json[\s\S]*employees/);
  });

  it('fails the build on an example whose answers file is not a valid example', () => {
    const { dir, out } = copyOfShipped();
    writeFileSync(
      join(dir, 'gdpr-readiness', 'examples', 'broken.json'),
      JSON.stringify({ type: 'gdpr-readiness-example', version: 1, id: 'broken' }),
    );
    expect(() =>
      load({ questionnairesDir: dir, outDir: out }, 'virtual:shipped-questionnaires'),
    ).toThrow(/broken\.json is not a valid example/);
  });
});

describe('the build reads the shipped config.json', () => {
  it('gives its SHA-256 and what reading it gives, so the browser reads only a changed file', () => {
    const configFile = join(mkdtempSync(join(tmpdir(), 'shipped-config-')), 'config.json');
    writeFileSync(configFile, JSON.stringify({ name: 'Bakkerij Jansen' }));
    const code = load({ configFile }, 'virtual:shipped-config');
    const shipped = JSON.parse(code.replace(/^export const shippedConfig = |;\n$/g, '')) as {
      sha256: string;
      result: { outcome: string; config: { name: string | null } };
    };
    expect(shipped.sha256).toBe(sha256(configFile));
    expect(shipped.result.outcome).toBe('ok');
    expect(shipped.result.config.name).toBe('Bakkerij Jansen');
  });
});
