import { jsPDF } from 'jspdf';
import { FONT_FILES, type PdfFonts } from './pdf-fonts';
import { COLOR, FONT, PAGE, WIDTH } from './pdf-styles';
import type { PdfWriter } from './pdf-writer';

/**
 * The A4 document every page is drawn on, and the frame around each page.
 *
 * WARNING: the built-in PDF fonts only know Windows-1252 and silently garble
 * letters such as Ł, ř or ő; every text is set in the embedded DejaVu Sans.
 */

/** An empty A4 document in millimetres with DejaVu Sans embedded and selected. */
export function createDocument(fonts: PdfFonts): jsPDF {
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true });
  doc.addFileToVFS(FONT_FILES.regular, fonts.regular);
  doc.addFont(FONT_FILES.regular, FONT, 'normal');
  doc.addFileToVFS(FONT_FILES.bold, fonts.bold);
  doc.addFont(FONT_FILES.bold, FONT, 'bold');
  doc.setFont(FONT, 'normal');
  doc.setLineHeightFactor(1.15);
  return doc;
}

/** What the frame of every page says. */
export interface PageFrame {
  /** At the top left of every page but the first, cut with "…" to fit beside `date`. */
  readonly title: string;
  /** At the top right of every page but the first. */
  readonly date: string;
  /** At the bottom left of every page. */
  readonly footer: string;
  /** "Page X of Y" at the bottom right. */
  readonly pageNumber: (page: number, pages: number) => string;
}

/** Draws the header and footer on every page; call it once every page exists. */
export function drawPageFrames(w: PdfWriter, frame: PageFrame): void {
  const { doc } = w;
  const pages = doc.getNumberOfPages();
  w.style({ size: 7.5 });
  const room = WIDTH - doc.getTextWidth(frame.date) - 8;
  const [first = ''] = w.split(frame.title, room, { size: 7.5 });
  const header = first === frame.title ? frame.title : `${first.replace(/\s+\S*$/, '')} …`;
  for (let page = 1; page <= pages; page += 1) {
    doc.setPage(page);
    doc.setDrawColor(...COLOR.rule);
    doc.setLineWidth(0.25);
    w.style({ size: 7.5, color: COLOR.muted });
    if (page > 1) {
      doc.text(header, PAGE.left, 13);
      doc.text(frame.date, PAGE.right, 13, { align: 'right' });
      doc.line(PAGE.left, 15.5, PAGE.right, 15.5);
    }
    doc.line(PAGE.left, 282, PAGE.right, 282);
    doc.text(frame.footer, PAGE.left, 286.5);
    doc.text(frame.pageNumber(page, pages), PAGE.right, 286.5, { align: 'right' });
  }
}
