import js from '@eslint/js';
import checkFile from 'eslint-plugin-check-file';
import vitest from '@vitest/eslint-plugin';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import { importX } from 'eslint-plugin-import-x';
import jsxA11y from 'eslint-plugin-jsx-a11y';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

const engineMessage =
  'src/engine holds the rules as plain TypeScript: no React, router, forms, i18next or jsPDF here. Put UI code in src/ui.';

/** jsPDF stays behind the lazily loaded src/report/pdf folder, so it never reaches the first load. */
const jspdfPattern = {
  group: ['jspdf', 'jspdf-autotable'],
  message:
    'Only files in src/report/pdf import jsPDF: the PDF is a thin adapter over the report model, loaded lazily.',
};

/** Packages the plain-TypeScript layers (engine, report, knowledge) may not import. */
const plainLayerPackages = (patterns) => [
  'error',
  {
    paths: [
      {
        name: 'zod',
        message: 'Import z from src/engine/zod.ts, which turns off eval-based parsing for the CSP.',
      },
    ],
    patterns: [
      { group: ['react', 'react-dom', 'react-dom/*', 'react/*'], message: engineMessage },
      { group: ['react-router', 'react-hook-form', '@xstate/react'], message: engineMessage },
      { group: ['i18next', 'react-i18next'], message: engineMessage },
      ...patterns,
    ],
  },
];

/**
 * The layers, by resolved path, so `../../app/x`, `@/app/x` and `../app` are all caught:
 * engine <- knowledge <- report <- report/pdf (lazy) <- ui <- app; i18n is leaf data for ui and app.
 * The language registry (src/i18n/languages.ts) is plain data every layer may read.
 */
const REGISTRY = ['./languages.ts'];
const layerZones = [
  {
    target: './src/engine',
    from: ['./src/report', './src/knowledge', './src/ui', './src/app'],
    message: engineMessage,
  },
  { target: './src/engine', from: './src/i18n', except: REGISTRY, message: engineMessage },
  {
    target: './src/knowledge',
    from: ['./src/report', './src/ui', './src/app'],
    message: 'src/knowledge is data with its schema: it may use src/engine only.',
  },
  {
    target: './src/knowledge',
    from: './src/i18n',
    except: REGISTRY,
    message: 'src/knowledge is data with its schema: it may use src/engine only.',
  },
  {
    target: './src/report',
    from: ['./src/ui', './src/app'],
    message:
      'src/report builds the report from the engine: texts come in as a translate function, never from i18n, ui or app.',
  },
  {
    target: './src/report',
    from: './src/i18n',
    except: REGISTRY,
    message:
      'src/report builds the report from the engine: texts come in as a translate function, never from i18n, ui or app.',
  },
  {
    target: './src/report/*.ts',
    from: './src/report/pdf',
    message:
      'The report model never needs the PDF: src/report/pdf is the lazily loaded adapter over it.',
  },
  {
    target: './src/i18n',
    from: ['./src/engine', './src/report', './src/knowledge', './src/ui', './src/app'],
    message: 'src/i18n holds texts and the i18next setup; it depends on no other layer.',
  },
  {
    target: './src/ui',
    from: './src/app',
    message: 'src/ui never imports src/app: the app composes the UI, not the other way round.',
  },
];

/** Tests of the report may read the real report texts to check what a reader sees. */
const testZones = layerZones.filter(
  (zone) => !(zone.target === './src/report' && zone.from === './src/i18n'),
);

/** The PDF code (jsPDF, fonts) is loaded on demand: the UI reaches it only through import(). */
const lazyPdfPattern = {
  group: ['@/report/pdf/*', '../report/pdf/*', '../../report/pdf/*', '../../../report/pdf/*'],
  allowTypeImports: true,
  message:
    "src/report/pdf is loaded lazily: use `await import('@/report/pdf/…')` (type imports are fine).",
};

/** Browser APIs the engine and report may not reach for: the app passes storage, clock and files in. */
const browserGlobals = [
  'window',
  'document',
  'localStorage',
  'sessionStorage',
  'indexedDB',
  'navigator',
  'location',
  'self',
  'fetch',
  'XMLHttpRequest',
  'BroadcastChannel',
];
const browserGlobalProperties = ['globalThis', 'window', 'self'].flatMap((object) =>
  browserGlobals.map((property) => ({
    object,
    property,
    message:
      'The engine and report take browser APIs as parameters, so they run in Node and tests.',
  })),
);

export default tseslint.config(
  // tests/fixtures/lint-cycle is a deliberate cycle that tests/lint-layers.test.ts lints on purpose.
  { ignores: ['dist', 'node_modules', 'out', 'bench', 'coverage', 'tests/fixtures/lint-cycle'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    settings: {
      // Without these, import-x parses no TypeScript file it resolves, and no-cycle sees nothing.
      'import-x/extensions': ['.ts', '.tsx', '.js', '.mjs'],
      'import-x/parsers': { '@typescript-eslint/parser': ['.ts', '.tsx'] },
      // Resolves `@/…` and extensionless TypeScript imports as tsc does, so no-cycle and the
      // layer zones see the real files.
      'import-x/resolver-next': [
        createTypeScriptImportResolver({
          project: new URL('./tsconfig.json', import.meta.url).pathname,
        }),
      ],
    },
    plugins: { 'import-x': importX, 'check-file': checkFile },
    rules: {
      '@typescript-eslint/no-unused-vars': [
        'error',
        { argsIgnorePattern: '^_', varsIgnorePattern: '^_' },
      ],
      '@typescript-eslint/consistent-type-imports': 'error',
      'import-x/no-cycle': 'error',
      'import-x/no-restricted-paths': ['error', { zones: layerZones }],
      'check-file/filename-naming-convention': [
        'error',
        {
          'src/**/*.{ts,tsx}': 'KEBAB_CASE',
          'tests/**/*.{ts,tsx}': 'KEBAB_CASE',
          'scripts/**/*.{ts,mjs}': 'KEBAB_CASE',
        },
        { ignoreMiddleExtensions: true },
      ],
      'check-file/folder-naming-convention': [
        'error',
        { 'src/**/': 'KEBAB_CASE', 'tests/**/': 'KEBAB_CASE' },
      ],
    },
  },
  {
    files: ['src/**/*.tsx'],
    ...reactHooks.configs.flat['recommended-latest'],
  },
  {
    files: ['src/**/*.tsx'],
    ...jsxA11y.flatConfigs.recommended,
  },
  {
    files: ['src/engine/**', 'src/report/**', 'src/knowledge/**'],
    rules: {
      'no-restricted-imports': plainLayerPackages([jspdfPattern]),
      'no-restricted-globals': ['error', ...browserGlobals],
      'no-restricted-properties': ['error', ...browserGlobalProperties],
    },
  },
  {
    files: ['src/engine/zod.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/report/pdf/**'],
    rules: { 'no-restricted-imports': plainLayerPackages([]) },
  },
  {
    // The browser end of the PDF, run in a worker: fetches the fonts and the logo.
    files: ['src/report/pdf/export-pdf.ts'],
    rules: { 'no-restricted-globals': 'off', 'no-restricted-properties': 'off' },
  },
  {
    files: ['src/ui/**', 'src/app/**'],
    rules: { 'no-restricted-imports': ['error', { patterns: [jspdfPattern, lazyPdfPattern] }] },
  },
  {
    // A worker is a bundle of its own, started only when needed: what it imports loads only then.
    files: ['src/ui/**/*.worker.ts'],
    rules: { 'no-restricted-imports': ['error', { patterns: [jspdfPattern] }] },
  },
  {
    files: ['**/*.test.ts', '**/*.test.tsx', 'tests/**'],
    plugins: { vitest },
    rules: {
      'import-x/no-restricted-paths': ['error', { zones: testZones }],
      'vitest/no-focused-tests': 'error',
      'vitest/no-disabled-tests': 'error',
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
