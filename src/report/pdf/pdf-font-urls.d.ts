// Written by scripts/pdf-font-subset.ts when the app is built or served.
declare module 'virtual:pdf-fonts' {
  /** Where the app serves DejaVu Sans regular and bold, cut down to what the PDF prints. */
  export const pdfFontUrls: { readonly regular: string; readonly bold: string };
}
