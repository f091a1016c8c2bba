import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ts from 'typescript';
import { beforeAll, describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '@/i18n/languages';
import { EMBEDDED_PARTS } from '@/report/pdf/embedded-session';
import { createDocument } from '@/report/pdf/kit/pdf-document';
import { prepareFonts } from '@/report/pdf/kit/pdf-fonts';
import { FONT } from '@/report/pdf/kit/pdf-styles';
import { PdfTexts } from '@/report/pdf/report-texts';
import {
  fullPdfFonts,
  isInPdfFonts,
  makePdfFonts,
  PDF_FONT_RANGES,
} from '../scripts/pdf-font-subset';
import { repoRoot } from '../scripts/questionnaire-files';

/**
 * The PDF fonts keep only PDF_FONT_RANGES: every text the PDF can print must fall in them and
 * have a glyph there, measured as the full font measures it.
 */

/** Files under `dir` (relative to the repository) whose path matches `pattern`. */
function files(dir: string, pattern: RegExp): string[] {
  return readdirSync(join(repoRoot, dir), { recursive: true, encoding: 'utf8' })
    .map((name) => join(dir, name))
    .filter((path) => pattern.test(path));
}

/** Every string in a JSON value (keys are ids, never printed). */
function jsonStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(jsonStrings);
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(jsonStrings);
  return [];
}

/** The string and template literals of a TypeScript file: the texts the PDF code writes itself. */
function sourceStrings(path: string): string[] {
  const source = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest);
  const found: string[] = [];
  const visit = (node: ts.Node) => {
    if (ts.isStringLiteralLike(node) || ts.isTemplateLiteralToken(node)) found.push(node.text);
    node.forEachChild(visit);
  };
  visit(source);
  return found;
}

/** What the PDF formats with Intl in each language: dates of every month, numbers, amounts, lists. */
function formattedStrings(): string[] {
  return LANGUAGE_CODES.flatMap((language) => {
    const texts = new PdfTexts((key) => key, language);
    const months = Array.from({ length: 12 }, (_, month) => new Date(Date.UTC(2026, month, 28)));
    return [
      ...months.map((date) => texts.date(date)),
      ...months.map((date) => texts.isoDate(date.toISOString().slice(0, 10))),
      ...months.map((date) => texts.isoDate(date.toISOString().slice(0, 7))),
      texts.answer('q', 1234567.5),
      texts.answer('q', -42),
      texts.amount(20_000_000),
      texts.amount(-1500),
      texts.embedded(EMBEDDED_PARTS),
    ];
  });
}

/** Each text the PDF can print, by where it comes from. */
function shippedTexts(): [source: string, text: string][] {
  const json = [
    ...files('src/i18n/locales', /\.json$/),
    ...files('src/knowledge', /\.json$/),
    ...files('questionnaires', /\/(locales|examples|facts)\/[^/]+\.json$/),
    'public/config.json',
  ];
  // The registry too: the cover names the language, and citations use its words.
  const code = [
    ...files('src/report', /\.ts$/).filter((path) => !/\.(test|d)\.ts$/.test(path)),
    'src/i18n/languages.ts',
  ];
  return [
    ...json.flatMap((path) =>
      jsonStrings(JSON.parse(readFileSync(join(repoRoot, path), 'utf8'))).map(
        (text) => [path, text] as [string, string],
      ),
    ),
    ...code.flatMap((path) =>
      sourceStrings(join(repoRoot, path)).map((text) => [path, text] as [string, string]),
    ),
    ...formattedStrings().map((text) => ['Intl', text] as [string, string]),
  ];
}

/** Line breaks and tabs are never drawn as glyphs. */
const isDrawn = (codePoint: number) => codePoint >= 0x20;

const hex = (codePoint: number) => `U+${codePoint.toString(16).toUpperCase().padStart(4, '0')}`;

/** jsPDF's reading of an embedded TrueType font (untyped in jsPDF's declarations). */
interface TrueTypeMetrics {
  characterToGlyph(codePoint: number): number;
  widthOfGlyph(glyph: number): number;
}

/** Looks up glyphs and advance widths in the regular and bold fonts, as jsPDF reads them. */
function metrics(fonts: { regular: Uint8Array; bold: Uint8Array }) {
  const doc = createDocument(prepareFonts(fonts));
  const read = (style: 'normal' | 'bold') => {
    doc.setFont(FONT, style);
    return doc.getFont().metadata as TrueTypeMetrics;
  };
  return { normal: read('normal'), bold: read('bold') };
}

describe('the PDF fonts', () => {
  let subset: Awaited<ReturnType<typeof makePdfFonts>>;
  beforeAll(async () => {
    subset = await makePdfFonts();
  });

  it('keep every character of every text the PDF can print', () => {
    const texts = shippedTexts();
    // The sources were found: a moved folder must not make this pass with nothing to check.
    const sources = new Set(texts.map(([source]) => source));
    for (const expected of [
      'src/i18n/locales/report.nl.json',
      'questionnaires/gdpr-readiness/locales/nl.json',
      'questionnaires/gdpr-readiness/examples/hospital.json',
      'src/knowledge/locales/faq.nl.json',
      'src/report/pdf/chapters/comparison.ts',
      'Intl',
    ])
      expect(sources).toContain(expected);

    const missing = new Map<string, string>();
    for (const [source, text] of texts)
      for (const char of text) {
        const codePoint = char.codePointAt(0)!;
        if (isDrawn(codePoint) && !isInPdfFonts(codePoint))
          missing.set(`${hex(codePoint)} ${char}`, source);
      }
    expect(Object.fromEntries(missing)).toEqual({});

    const { normal, bold } = metrics(subset);
    const used = new Set(texts.flatMap(([, text]) => [...text].map((c) => c.codePointAt(0)!)));
    const noGlyph = [...used]
      .filter(isDrawn)
      .filter((c) => normal.characterToGlyph(c) === 0 || bold.characterToGlyph(c) === 0)
      .map(hex);
    expect(noGlyph).toEqual([]);
  });

  it('keep what people type in every official EU language, with common symbols', () => {
    // Names and answers a person may type: Greek, Bulgarian, Romanian, Maltese, Welsh, symbols.
    const typed = 'Αθήνα Λευκωσία · София ЕООД · Ploiești · Ħal Għargħur · Ŵyn · ½ № ™ → ≥ ≤ ≠ €';
    const { normal, bold } = metrics(subset);
    const lacking = [...typed]
      .map((c) => c.codePointAt(0)!)
      .filter(isDrawn)
      .filter((c) => normal.characterToGlyph(c) === 0 || bold.characterToGlyph(c) === 0)
      .map(hex);
    expect(lacking).toEqual([]);
  });

  it('measure each kept character as the full fonts do', () => {
    const cut = metrics(subset);
    const full = metrics(fullPdfFonts());
    const differences: string[] = [];
    let kept = 0;
    for (const [first, last] of PDF_FONT_RANGES)
      for (let codePoint = first; codePoint <= last; codePoint += 1)
        for (const style of ['normal', 'bold'] as const) {
          const [a, b] = [full[style], cut[style]];
          const width = (m: TrueTypeMetrics) => m.widthOfGlyph(m.characterToGlyph(codePoint));
          const inFull = a.characterToGlyph(codePoint) !== 0;
          if (inFull) kept += 1;
          if (inFull !== (b.characterToGlyph(codePoint) !== 0) || width(a) !== width(b))
            differences.push(`${hex(codePoint)} ${style}`);
        }
    expect(differences).toEqual([]);
    expect(kept).toBeGreaterThan(1000);
  });

  it('are a small part of the full fonts', () => {
    const full = fullPdfFonts();
    expect(subset.regular.length).toBeLessThan(full.regular.length / 3);
    expect(subset.bold.length).toBeLessThan(full.bold.length / 3);
  });

  it('come out the same each time, so the app and `npm run report` embed the same bytes', async () => {
    const again = await makePdfFonts();
    expect(Buffer.compare(again.regular, subset.regular)).toBe(0);
    expect(Buffer.compare(again.bold, subset.bold)).toBe(0);
  });
});
