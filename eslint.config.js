import js from '@eslint/js';
import checkFile from 'eslint-plugin-check-file';
import { createNodeResolver, importX } from 'eslint-plugin-import-x';
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

/** What src/engine and src/report may not import (besides jsPDF, see jspdfPattern). */
const layerImportRules = (patterns) => [
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
      {
        group: [
          '@/ui/*',
          '@/app/*',
          '@/i18n/*',
          '../ui/*',
          '../../ui/*',
          '../../app/*',
          '../../i18n/*',
        ],
        message: engineMessage,
      },
      ...patterns,
    ],
  },
];

export default tseslint.config(
  { ignores: ['dist', 'node_modules', 'out', 'bench', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
      globals: { ...globals.browser, ...globals.node },
    },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    settings: {
      'import-x/resolver-next': [
        createNodeResolver({
          extensions: ['.ts', '.tsx', '.js', '.mjs', '.json'],
          alias: { '@': [new URL('./src', import.meta.url).pathname] },
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
    files: ['src/engine/**', 'src/report/**'],
    rules: {
      'no-restricted-imports': layerImportRules([jspdfPattern]),
      'no-restricted-globals': ['error', 'window', 'document', 'localStorage', 'navigator'],
    },
  },
  {
    files: ['src/engine/zod.ts'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src/report/pdf/**'],
    rules: { 'no-restricted-imports': layerImportRules([]) },
  },
  {
    // The browser end of the PDF: fetches the fonts and hands the file to the person.
    files: ['src/report/pdf/export-pdf.ts'],
    rules: { 'no-restricted-globals': ['error', 'localStorage', 'navigator'] },
  },
  {
    files: ['src/ui/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [
            {
              group: ['@/app/*', '../app/*', '../../app/*'],
              message:
                'src/ui never imports src/app: the app composes the UI, not the other way round.',
            },
            jspdfPattern,
          ],
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
  },
);
