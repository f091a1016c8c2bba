import { fileURLToPath } from 'node:url';
import { ESLint } from 'eslint';
import tseslint from 'typescript-eslint';
import { beforeAll, describe, expect, it } from 'vitest';

// The layer rules are only a promise if they fire. Each case lints a small source text as if it
// were a file in that layer, with the repository's own eslint.config.js.

const root = fileURLToPath(new URL('..', import.meta.url));

/** Type-aware rules need the file in the TypeScript project; the layer rules do not. */
let eslint: ESLint;
/** Linting resolves and parses the imported files; on a loaded 2-core machine that takes a while. */
const slow = { timeout: 120_000 };
beforeAll(() => {
  eslint = new ESLint({
    cwd: root,
    ignore: false,
    overrideConfig: [tseslint.configs.disableTypeChecked],
  });
});

interface Finding {
  readonly rule: string | null;
  readonly message: string;
}

async function lint(file: string, code: string): Promise<Finding[]> {
  const [result] = await eslint.lintText(code, { filePath: `${root}${file}` });
  return (result?.messages ?? []).map((m) => ({ rule: m.ruleId, message: m.message }));
}

async function rulesFired(file: string, code: string): Promise<string[]> {
  return (await lint(file, code)).map((f) => f.rule ?? 'parse error').sort();
}

describe('layer zones (import-x/no-restricted-paths, resolved paths)', slow, () => {
  it.each([
    ['src/engine/x.ts', "export { nextTask } from '../ui/components/next-task';"],
    ['src/engine/library/x.ts', "export { nextTask } from '@/ui/components/next-task';"],
    ['src/engine/x.ts', "export type { LibraryStore } from '../app/library-store';"],
    ['src/engine/x.ts', "export { buildReport } from '../report/build-report';"],
    ['src/engine/x.ts', "export { initI18n } from '../i18n/i18n';"],
    ['src/engine/x.ts', "export { KnowledgeSchema } from '../knowledge/knowledge.schema';"],
    ['src/knowledge/x.ts', "export { nextTask } from '../ui/components/next-task';"],
    ['src/report/x.ts', "export { initI18n } from '../i18n/i18n';"],
    ['src/report/x.ts', "export type { LibraryStore } from '@/app/library-store';"],
    ['src/report/x.ts', "export { exportPdf } from './pdf/export-pdf';"],
    ['src/report/pdf/x.ts', "export { nextTask } from '../../ui/components/next-task';"],
    ['src/i18n/x.ts', "export { z } from '../engine/zod';"],
    ['src/ui/x.ts', "export type { LibraryStore } from '../app/library-store';"],
    ['src/ui/library/x.ts', "export type { LibraryStore } from '@/app/library-store';"],
  ])('%s may not import: %s', async (file, code) => {
    expect(await rulesFired(file, code)).toEqual(['import-x/no-restricted-paths']);
  });

  it('says which layer rule was broken, in words', async () => {
    const [finding] = await lint(
      'src/engine/x.ts',
      "export { nextTask } from '../ui/components/next-task';",
    );
    expect(finding?.message).toContain('src/engine holds the rules as plain TypeScript');
  });

  it.each([
    ['src/ui/x.ts', "export { buildReport } from '@/report/build-report';"],
    ['src/app/x.ts', "export { nextTask } from '@/ui/components/next-task';"],
    ['src/report/pdf/x.ts', "export { buildReport } from '../build-report';"],
    ['src/report/x.ts', "export { z } from '../engine/zod';"],
    ['src/knowledge/x.ts', "export { z } from '../engine/zod';"],
  ])('%s may import: %s', async (file, code) => {
    expect(await rulesFired(file, code)).toEqual([]);
  });
});

describe('the PDF stays lazy', slow, () => {
  it('refuses a static import of src/report/pdf in the UI and the app', async () => {
    for (const file of ['src/ui/x.ts', 'src/app/x.ts']) {
      expect(
        await rulesFired(file, "export { exportPdf } from '@/report/pdf/export-pdf';"),
      ).toEqual(['no-restricted-imports']);
    }
  });

  it('allows import() and type imports of it', async () => {
    const code = [
      "import type { PdfComparison } from '@/report/pdf/draw-comparison';",
      'export type Comparison = PdfComparison;',
      "export const load = () => import('@/report/pdf/export-pdf');",
    ].join('\n');
    expect(await rulesFired('src/ui/x.ts', code)).toEqual([]);
  });

  it('lets a worker import it, as a worker loads only when it is started', async () => {
    const code = "export { exportPdf } from '@/report/pdf/export-pdf';";
    expect(await rulesFired('src/ui/components/x.worker.ts', code)).toEqual([]);
    expect(
      await rulesFired('src/ui/components/x.worker.ts', "export { jsPDF } from 'jspdf';"),
    ).toEqual(['no-restricted-imports']);
  });

  it('keeps jsPDF out of every folder but src/report/pdf', async () => {
    const code = "export { jsPDF } from 'jspdf';";
    expect(await rulesFired('src/ui/x.ts', code)).toEqual(['no-restricted-imports']);
    expect(await rulesFired('src/report/x.ts', code)).toEqual(['no-restricted-imports']);
    expect(await rulesFired('src/engine/x.ts', code)).toEqual(['no-restricted-imports']);
    expect(await rulesFired('src/report/pdf/x.ts', code)).toEqual([]);
  });
});

describe('browser globals in the engine and report', slow, () => {
  it.each([
    ['export const read = (): unknown => globalThis.localStorage;', 'no-restricted-properties'],
    ['export const read = (): unknown => window.sessionStorage;', 'no-restricted-properties'],
    ['export const where = (): string => location.href;', 'no-restricted-globals'],
    ['export const me = (): unknown => self;', 'no-restricted-globals'],
    ["export const get = (): Promise<Response> => fetch('/x');", 'no-restricted-globals'],
    ['export const store = (): Storage => localStorage;', 'no-restricted-globals'],
  ])('%s is refused', async (code, rule) => {
    expect(await rulesFired('src/engine/x.ts', code)).toContain(rule);
    expect(await rulesFired('src/report/x.ts', code)).toContain(rule);
  });

  it('leaves a local variable that happens to be called location alone', async () => {
    const code = 'export const where = (location: { href: string }): string => location.href;';
    expect(await rulesFired('src/engine/x.ts', code)).toEqual([]);
  });
});

describe('cycles and focused tests', slow, () => {
  it('reports a two-file import cycle', async () => {
    const [result] = await eslint.lintFiles([`${root}tests/fixtures/lint-cycle/cycle-a.ts`]);
    expect(result?.messages.map((m) => m.ruleId)).toEqual(['import-x/no-cycle']);
  });

  it('refuses it.only and describe.skip in tests', async () => {
    const code = [
      "import { describe, it } from 'vitest';",
      "describe.skip('a', () => {});",
      "it.only('b', () => {});",
    ].join('\n');
    expect(await rulesFired('tests/x.test.ts', code)).toEqual([
      'vitest/no-disabled-tests',
      'vitest/no-focused-tests',
    ]);
  });
});
