// Types for the parts of subset-font (which ships none) that scripts/pdf-font-subset.ts uses.
declare module 'subset-font' {
  interface SubsetFontOptions {
    readonly targetFormat?: 'sfnt' | 'woff' | 'woff2';
    /** Keep the PostScript glyph names (`post` table format 2). */
    readonly glyphNames?: boolean;
    /** Keep no glyph that only a GSUB substitution reaches. */
    readonly noLayoutClosure?: boolean;
    /** Four-letter tags of the tables to leave out. */
    readonly dropTables?: readonly string[];
  }
  /** The font with only the glyphs of the characters of `text` (and .notdef). */
  export default function subsetFont(
    font: Buffer,
    text: string,
    options?: SubsetFontOptions,
  ): Promise<Buffer>;
}
