import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import subsetFont from 'subset-font';
import { FONT_FILES } from '../src/report/pdf/kit/pdf-fonts';

/**
 * The characters the PDF fonts keep, as ranges of code points (first, last). The full DejaVu
 * Sans pair is 1.46 MB, mostly scripts no EU organisation writes in; every text the PDF can
 * print must fall in these ranges (tests/pdf-font-subset.test.ts reads them all), and so does
 * what people type in every official EU language (Latin, Greek, Cyrillic) with the symbols
 * they commonly use. A character outside them prints as nothing.
 */
export const PDF_FONT_RANGES: readonly (readonly [first: number, last: number])[] = [
  [0x0020, 0x007e], // Basic Latin, printable
  [0x00a0, 0x00ff], // Latin-1 Supplement
  [0x0100, 0x017f], // Latin Extended-A
  [0x0180, 0x024f], // Latin Extended-B
  [0x0370, 0x03ff], // Greek: names and answers typed by organisations in Greece and Cyprus
  [0x0400, 0x04ff], // Cyrillic: the same for Bulgaria
  [0x1e00, 0x1eff], // Latin Extended Additional: Welsh, Vietnamese and other names
  [0x2000, 0x206f], // General Punctuation: dashes, quotes, bullet, ellipsis, narrow spaces
  [0x20a0, 0x20cf], // Currency Symbols
  [0x2100, 0x214f], // Letterlike Symbols: ™ № ℃, as people type them in answers
  [0x2150, 0x218f], // Number Forms: ½ ⅓ and Roman numerals
  [0x2190, 0x21ff], // Arrows: → in a free-text answer
  [0x2200, 0x22ff], // Mathematical Operators: ≥ ≤ ≠ in answers, − in the comparison chapter
];

/** Whether the PDF fonts keep `codePoint` (the font itself may still lack a glyph for it). */
export function isInPdfFonts(codePoint: number): boolean {
  return PDF_FONT_RANGES.some(([first, last]) => codePoint >= first && codePoint <= last);
}

/** Every character of {@link PDF_FONT_RANGES}, in order. */
function subsetText(): string {
  let text = '';
  for (const [first, last] of PDF_FONT_RANGES)
    for (let code = first; code <= last; code += 1) text += String.fromCodePoint(code);
  return text;
}

/** The two TrueType files of the `dejavu-fonts-ttf` package, as they are. */
export function fullPdfFonts(): { regular: Buffer; bold: Buffer } {
  const require = createRequire(import.meta.url);
  const read = (file: string) => readFileSync(require.resolve(`dejavu-fonts-ttf/ttf/${file}`));
  return { regular: read(FONT_FILES.regular), bold: read(FONT_FILES.bold) };
}

/**
 * DejaVu Sans regular and bold cut down to {@link PDF_FONT_RANGES}: what the app fetches and
 * `npm run report` embeds, so both make the same PDF. Each glyph keeps its outline, hinting,
 * advance width and name, so jsPDF measures and draws text as with the full fonts. The
 * layout tables go, with the glyphs only they reach (ligatures and the like): jsPDF never
 * shapes text.
 */
export async function makePdfFonts(): Promise<{ regular: Uint8Array; bold: Uint8Array }> {
  const full = fullPdfFonts();
  const text = subsetText();
  const subset = (font: Buffer) =>
    subsetFont(font, text, {
      targetFormat: 'sfnt',
      glyphNames: true,
      noLayoutClosure: true,
      dropTables: ['GSUB', 'GPOS', 'GDEF', 'kern'],
    });
  const [regular, bold] = await Promise.all([subset(full.regular), subset(full.bold)]);
  return { regular, bold };
}
