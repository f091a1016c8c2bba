import { coverRows } from '../../report-content';
import { embeddedParts } from '../embedded-session';
import { COLOR, PAGE, PT, SIZE, WIDTH } from '../kit/pdf-styles';
import type { PdfBranding } from '../pdf-options';
import type { ReportTexts } from '../report-texts';
import type { DrawChapter, ReportWriter } from './chapter';

/**
 * The first page: the deployer's logo and name, the organisation, a panel with
 * who, when and what, the contents with a page number and link per chapter
 * (drawn once every chapter has its page), and the confidentiality note.
 */
export const drawCover: DrawChapter = (w, { model, options, organisation }, texts) => {
  const { doc } = w;
  const { t } = texts;
  doc.setFillColor(...w.accent);
  doc.rect(0, 0, PAGE.width, 10, 'F');
  drawCoverBrand(w, options.branding);

  let y = 52;
  w.style({ size: 10, bold: true, color: w.accent });
  doc.text(t('report:cover.eyebrow').toUpperCase(), PAGE.left, y);
  y += 12;
  for (const line of w.split(organisation, WIDTH, { size: 24, bold: true }).slice(0, 3)) {
    w.style({ size: 24, bold: true });
    doc.text(line, PAGE.left, y);
    y += w.lineHeight(24);
  }
  y += 1;
  for (const line of w.split(t('report:document.subtitle'), WIDTH, { size: 11 })) {
    w.style({ size: 11, color: COLOR.muted });
    doc.text(line, PAGE.left, y);
    y += w.lineHeight(11);
  }

  y += 10;
  const rows = coverRows(model, { ...options, organisation }, texts).map(
    ({ label, value }): [string, string] => [label, value],
  );
  const labelWidth = 42;
  const valueWidth = WIDTH - labelWidth - 10;
  const values = rows.map(([, value]) => w.split(value, valueWidth, { size: 10 }));
  const boxHeight = values.reduce((sum, lines) => sum + lines.length * w.lineHeight(10) + 3, 5);
  doc.setFillColor(...COLOR.panel);
  doc.rect(PAGE.left, y, WIDTH, boxHeight, 'F');
  doc.setFillColor(...w.accent);
  doc.rect(PAGE.left, y, 1.2, boxHeight, 'F');
  let rowY = y + 4 + 10 * PT * 0.8;
  rows.forEach(([label], i) => {
    const lines = values[i] ?? [];
    w.style({ size: 8.5, bold: true, color: COLOR.muted });
    doc.text(label, PAGE.left + 6, rowY);
    w.style({ size: 10 });
    lines.forEach((line, j) =>
      doc.text(line, PAGE.left + 6 + labelWidth, rowY + j * w.lineHeight(10)),
    );
    rowY += lines.length * w.lineHeight(10) + 3;
  });
  y += boxHeight + 14;

  const stored = texts.embedded(embeddedParts(options.embeddedAnswers));
  const confidential = w.split(`${t('report:cover.confidential')} ${stored}`, WIDTH, { size: 8 });
  const confidentialY = PAGE.bottom - confidential.length * w.lineHeight(8);
  w.style({ size: 8, color: COLOR.muted });
  confidential.forEach((line, i) => doc.text(line, PAGE.left, confidentialY + i * w.lineHeight(8)));

  const contentsTop = y;
  w.later(() => drawContents(w, texts, contentsTop));
};

/** The deployer's logo and name above the cover's title; a logo jsPDF cannot read is left out. */
function drawCoverBrand(w: ReportWriter, branding: PdfBranding | undefined): void {
  const { doc } = w;
  const top = 20;
  const maxHeight = 14;
  let x = PAGE.left;
  let middle = top + maxHeight / 2;
  const logo = branding?.logo;
  const format = logo ? imageFormat(logo) : null;
  if (logo && format) {
    try {
      const { width, height } = doc.getImageProperties(logo);
      const scale = Math.min(maxHeight / height, 55 / width);
      doc.addImage(logo, format, x, top, width * scale, height * scale);
      x += width * scale + 4;
      middle = top + (height * scale) / 2;
    } catch {
      // A damaged image file: the cover goes without it.
    }
  }
  if (!branding?.name) return;
  w.style({ size: 12, bold: true });
  doc.text(branding.name, x, middle + 1.5, { maxWidth: PAGE.right - x });
}

/** PNG or JPEG, told by the file's first bytes; null for anything else (such as SVG). */
function imageFormat(bytes: Uint8Array): 'PNG' | 'JPEG' | null {
  const starts = (...magic: number[]) => magic.every((byte, i) => bytes[i] === byte);
  if (starts(0x89, 0x50, 0x4e, 0x47)) return 'PNG';
  if (starts(0xff, 0xd8, 0xff)) return 'JPEG';
  return null;
}

/** The contents on the cover from `top`: every chapter drawn, with its page, linked. */
function drawContents(w: ReportWriter, texts: ReportTexts, top: number): void {
  const { doc } = w;
  doc.setPage(1);
  let y = top;
  w.style({ size: SIZE.heading, bold: true, color: w.accent });
  doc.text(texts.t('report:cover.contents'), PAGE.left, y);
  y += 7;
  for (const chapter of w.chapters) {
    w.style({ size: 10 });
    doc.text(chapter.title, PAGE.left, y);
    const page = String(chapter.page);
    doc.text(page, PAGE.right, y, { align: 'right' });
    const start = PAGE.left + doc.getTextWidth(chapter.title) + 2;
    const end = PAGE.right - doc.getTextWidth(page) - 2;
    doc.setDrawColor(...COLOR.faint);
    doc.setLineWidth(0.2);
    doc.setLineDashPattern([0.3, 1.2], 0);
    if (end > start) doc.line(start, y - 0.6, end, y - 0.6);
    doc.setLineDashPattern([], 0);
    doc.link(PAGE.left, y - 4, WIDTH, 5.5, { pageNumber: chapter.page });
    y += 6.5;
  }
}
