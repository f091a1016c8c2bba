/**
 * The fonts every PDF is set in, prepared the one way jsPDF takes them. The
 * browser (a worker that keeps them between exports) and `npm run report`
 * both prepare them here, once.
 */

/** DejaVu Sans regular and bold, each TrueType file as a binary string (one character per byte). */
export interface PdfFonts {
  readonly regular: string;
  readonly bold: string;
}

/**
 * The two TrueType files in the `dejavu-fonts-ttf` package's `ttf/` folder; the build's
 * subsets of them (scripts/pdf-font-subset.ts) keep these names.
 */
export const FONT_FILES = { regular: 'DejaVuSans.ttf', bold: 'DejaVuSans-Bold.ttf' } as const;

/** Turns the two font files into what `createDocument` embeds; do it once and keep the result. */
export function prepareFonts(files: {
  readonly regular: Uint8Array;
  readonly bold: Uint8Array;
}): PdfFonts {
  return { regular: binaryString(files.regular), bold: binaryString(files.bold) };
}

/**
 * Slices of this many bytes become one `fromCharCode` call each: a spread
 * (`fromCharCode(...slice)`) walks an iterator and is about twenty times
 * slower, and one call for the whole file would exceed the engine's limit on
 * arguments.
 */
const SLICE = 0x2000;

/**
 * jsPDF recognises a font file only as a binary string. A TextDecoder cannot
 * make one: browsers decode "latin1" as windows-1252, which turns the bytes
 * 0x80–0x9f into other characters (0x80 becomes "€").
 */
function binaryString(bytes: Uint8Array): string {
  const parts: string[] = [];
  for (let i = 0; i < bytes.length; i += SLICE)
    parts.push(Reflect.apply(String.fromCharCode, null, bytes.subarray(i, i + SLICE)) as string);
  return parts.join('');
}
