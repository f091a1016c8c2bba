import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterAll, describe, expect, it, vi } from 'vitest';
import { citeLegalRef, CITED_LEGAL_REF } from '@/engine/legal/cite-legal-ref';
import { parseNumberInput } from '@/engine/questionnaire/number-input';
import { ShippedExampleSchema } from '@/engine/questionnaire/example.schema';
import { LanguageSchema } from '@/engine/questionnaire/questionnaire.schema';
import { createI18n, detectLanguage } from '@/i18n/i18n';
import type * as Registry from '@/i18n/languages';
import { LANGUAGE_CODES, languageOr, type Language, type LanguageEntry } from '@/i18n/languages';
import { filesByLanguage } from '@/i18n/locale-files';
import { ReportTexts } from '@/report/report-texts';
import { LanguageSwitcher } from '@/ui/components/language-switcher';
import { formatDate } from '@/ui/library/format-date';
import en from '@/i18n/locales/en.json';
import { localeFamilies, readLocales, translationProblems } from './helpers/locale-parity';
import { runReport } from './helpers/report-cli';

/**
 * "Adding a language is one registry entry plus its files", shown with a sixth
 * language that exists only in this test: Welsh, with a made-up citation style
 * and six plural forms. The registry is given the extra entry, and everything
 * derived from it must take the language in without a code change: the
 * schemas, detection, numbers, dates, citations, the report and the CLI. What
 * a language cannot do without, its files, must be asked for loudly, by name.
 * A list of languages written anywhere else (a `z.enum` of codes, a table keyed
 * 'en' and 'nl') fails here, and tests/language-literals.test.ts finds it too.
 * It runs in the dom project: that one isolates files, so the mocked registry
 * stays in this file, and it has a page for the switcher and `<html lang>`.
 */

const { welsh } = vi.hoisted(() => ({
  welsh: {
    code: 'cy',
    name: 'Cymraeg',
    locale: 'cy-GB',
    pdfLanguage: 'cy-GB',
    gdprName: 'GDPR',
    citation: {
      article: 'erthygl {n}',
      paragraph: ', paragraff {n}',
      point: ', pwynt {p}',
      numberedPoint: ', pwynt {n}',
      pointOfNumbered: ' ({p})',
      recital: 'adroddiad {n}',
      act: '{ref} o’r {act}',
      section: '§ {n}',
      subsection: ', is-adran {n}',
    },
  } satisfies LanguageEntry,
}));

vi.mock('@/i18n/languages', async (importOriginal) => {
  const registry = await importOriginal<typeof Registry>();
  const LANGUAGES = [...registry.LANGUAGES, welsh];
  return { ...registry, LANGUAGES, ...registry.deriveRegistry(LANGUAGES) };
});

const root = join(import.meta.dirname, '..');
const exampleJson = join(root, 'questionnaires/gdpr-readiness/examples/dutch-webshop.json');

// The registry's type still lists the real languages; the extra one exists only at run time.
const cy = welsh.code as Language;

describe('a sixth language, added to the registry only', () => {
  it('is registered, after the real ones', () => {
    expect(LANGUAGE_CODES.at(-1)).toBe('cy');
    expect(languageOr('cy')).toBe('cy');
  });

  it('is a language to the schemas, which then demand its texts', () => {
    expect(LanguageSchema.safeParse('cy').success).toBe(true);
    const example = JSON.parse(readFileSync(exampleJson, 'utf8')) as {
      title: Record<string, string>;
      description: Record<string, string>;
    };
    expect(ShippedExampleSchema.safeParse(example).success).toBe(false);
    const withWelsh = {
      ...example,
      title: { ...example.title, cy: 'Siop we' },
      description: { ...example.description, cy: 'Siop ar-lein fach' },
    };
    expect(ShippedExampleSchema.safeParse(withWelsh).success).toBe(true);
  });

  it('is chosen from the browser, offered by its own name and set as the page language', () => {
    expect(detectLanguage(null, ['cy-GB', 'en-GB'])).toBe('cy');
    const i18n = createI18n(cy, { en, [cy]: pseudoLocale(en, cy) as typeof en });
    expect(document.documentElement.lang).toBe('cy');
    render(
      <I18nextProvider i18n={i18n}>
        <LanguageSwitcher />
      </I18nextProvider>,
    );
    const option = screen.getByRole('option', { name: 'Cymraeg' });
    expect(option.getAttribute('lang')).toBe('cy');
    expect((option as HTMLOptionElement).selected).toBe(true);
  });

  it('reads and writes numbers and dates in its own locale', () => {
    expect(parseNumberInput('1,234.5', cy, { integer: false })).toEqual({
      ok: true,
      value: 1234.5,
    });
    const date = new Date(Date.UTC(2026, 11, 7, 12));
    const months = { day: 'numeric', month: 'short', year: 'numeric' } as const;
    expect(formatDate(date, cy)).toBe(new Intl.DateTimeFormat('cy-GB', months).format(date));
    expect(new ReportTexts((key) => key, cy).locale).toBe('cy-GB');
  });

  it('cites the law in its own style, and the report finds those citations to link', () => {
    const cited = citeLegalRef('Art. 6(1)(f)', cy);
    expect(cited).toBe('erthygl 6, paragraff 1, pwynt f o’r GDPR');
    expect([...`Gweler ${cited}.`.matchAll(CITED_LEGAL_REF)].map((m) => m[0])).toEqual([cited]);
  });

  it('needs its files: a family without one fails, naming the file', () => {
    const realCodes = LANGUAGE_CODES.filter((code) => code !== cy);
    const files = Object.fromEntries(realCodes.map((code) => [`./locales/report.${code}.json`, 1]));
    expect(() => filesByLanguage(files, (l) => `./locales/report.${l}.json`)).toThrow(
      './locales/report.cy.json is missing: "cy" is a registered language',
    );
    expect(() => readLocales('src/i18n/locales', 'report.')).toThrow(/report\.cy\.json is missing/);
    for (const family of localeFamilies())
      expect(() => translationProblems(family.read()), family.name).toSatisfy(failsOrReports);
  });

  it('is a --lang choice of the CLI, which asks for its texts by name', async () => {
    const cwd = mkdtempSync(join(tmpdir(), 'sixth-language-'));
    dirs.push(cwd);
    const wrong = await runReport([exampleJson, '--lang', 'xx'], cwd);
    expect(wrong.stderr).toContain(`--lang must be one of ${LANGUAGE_CODES.join(', ')}`);
    expect(LANGUAGE_CODES.at(-1)).toBe('cy');
    const run = await runReport([exampleJson, '--lang', 'cy', '--format', 'json'], cwd);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('report.cy.json');
  });
});

describe('its translation, checked by the parity helper', () => {
  const english = (file: string) =>
    JSON.parse(readFileSync(join(root, file), 'utf8')) as Record<string, unknown>;

  it.each(['src/i18n/locales/en.json', 'src/i18n/locales/report.en.json'])(
    'passes when complete: every key, its six plural forms, every placeholder (%s)',
    (file) => {
      const en = english(file);
      expect(translationProblems({ en, cy: pseudoLocale(en, 'cy') })).toEqual([]);
    },
  );

  it('fails when a plural form or a placeholder is missing', () => {
    const en = {
      items_one: 'One item',
      items_other: '{{count}} items',
      saved: 'Saved {{n, number}}',
    };
    const { items_two: _, ...cy } = pseudoLocale(en, 'cy') as Record<string, string>;
    expect(translationProblems({ en, cy: { ...cy, saved: 'Cadwyd' } })).toEqual([
      'cy: "items_two" is missing',
      'cy: "saved" lacks {{n}}',
    ]);
  });
});

/**
 * A pseudo-translation of an English locale: letters swapped for accented
 * ones, placeholders and nesting kept, and each plural family given the
 * language's own forms from English's `_other` text.
 */
function pseudoLocale(english: unknown, language: string): unknown {
  if (typeof english === 'string') return pseudo(english);
  if (typeof english !== 'object' || english === null || Array.isArray(english)) return english;
  const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
  const entries = Object.entries(english as Record<string, unknown>);
  const out: Record<string, unknown> = {};
  for (const [key, value] of entries) {
    const plural = /^(.*)_(zero|one|two|few|many|other)$/.exec(key);
    const other = plural && (english as Record<string, unknown>)[`${plural[1]!}_other`];
    if (plural && typeof other === 'string') {
      for (const form of forms) out[`${plural[1]!}_${form}`] = pseudo(other);
    } else out[key] = pseudoLocale(value, language);
  }
  return out;
}

const ACCENTED: Record<string, string> = {
  a: 'â',
  e: 'ê',
  i: 'î',
  o: 'ô',
  u: 'û',
  y: 'ŷ',
  w: 'ŵ',
  A: 'Â',
  E: 'Ê',
  I: 'Î',
  O: 'Ô',
  U: 'Û',
};
const pseudo = (text: string) =>
  text
    .split(/(\{\{[^}]*\}\}|\$t\([^)]*\)|<[^>]*>)/)
    .map((part, i) => (i % 2 === 1 ? part : part.replace(/[aeiouywAEIOU]/g, (c) => ACCENTED[c]!)))
    .join('');

/** A family read without the sixth language's files either throws or reports problems. */
function failsOrReports(check: () => string[]): boolean {
  try {
    return check().some((problem) => problem.startsWith('cy:'));
  } catch (error) {
    return error instanceof Error && /cy\.json/.test(error.message);
  }
}

const dirs: string[] = [];
afterAll(() => dirs.forEach((dir) => rmSync(dir, { recursive: true, force: true })));
