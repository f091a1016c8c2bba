import { jsPDF } from 'jspdf';
import { autoTable, type CellHookData, type RowInput, type UserOptions } from 'jspdf-autotable';
import { absoluteLink } from '../../engine/config/config-links';
import { hexToRgb } from '../../engine/config/contrast';
import {
  DEPLOYER_LINK_KINDS,
  type DeploymentContact,
  type DeploymentLinks,
} from '../../engine/config/deployment-config';
import { FINE_FACTORS, casesById } from '../fine-exposure';
import { drawComparison, type PdfComparison } from './draw-comparison';
import { drawProcessorAgreements } from './draw-processor-agreements';
import { embeddedParts } from './embedded-session';
import { drawCriticalGaps, drawOutOfScope } from './draw-summary-notices';
import type { ActionItem, Rag, ReportModel, SectionScore } from '../report.types';
import { RAG_THRESHOLDS } from '../scoring-rules';
import {
  GDPR_URL,
  LEGAL_REF,
  ReportTexts,
  UAVG_URL,
  citation,
  legalRefUrl,
  type Translate,
} from './report-texts';

export { GDPR_URL, UAVG_URL, legalRefUrl, type Translate } from './report-texts';

/**
 * The readiness report as a PDF: a thin adapter from {@link ReportModel} to
 * jsPDF. This is the only module that imports jsPDF; the app reaches it through
 * a lazy `import()` of `export-pdf.ts`, so jsPDF never weighs on the first load.
 *
 * Texts come from the caller's `t`, never from this file:
 * - `report:*` keys: the PDF's own words (`src/i18n/locales/report.<lng>.json`);
 * - `common:language.<lng>`: the language name on the cover;
 * - questionnaire keys, without a namespace: `sections.<id>.title`,
 *   `sections.<id>.skipReason`, `questions.<id>.label`, `questions.<id>.action`,
 *   `questions.<id>.skipReason`, `questions.<id>.options.<option>`,
 *   `options.<option>`, `determinations.<id>.title`,
 *   `determinations.<id>.outcomes.<outcome>.label` and `.reasons.<reason>`,
 *   `criticalGaps.<id>.label` and `.detail`, and `exits.<id>.reasons.<reason>`.
 *
 * WARNING: the built-in PDF fonts only know Windows-1252 and silently garble
 * letters such as Ł, ř or ő; every text here is set in the embedded DejaVu Sans.
 */

/** Everything besides the model that goes into the PDF. */
export interface RenderPdfOptions {
  /** Resolves `report:*`, `common:*` and questionnaire keys (see the module comment). */
  readonly t: Translate;
  readonly language: 'en' | 'nl';
  /** Who ran the assessment, shown on the cover; null when not given. */
  readonly assessor: string | null;
  readonly generatedAt: Date;
  /** Origin of the app, such as `https://example.org`, for links to `/faq` and `/dpa`. */
  readonly appUrl: string;
  /** DejaVu Sans regular and bold as TrueType files. */
  readonly fonts: { readonly regular: Uint8Array; readonly bold: Uint8Array };
  /**
   * A JSON document stored in the PDF's XMP metadata so the file can be
   * imported again later: a saved session, cut to what the PDF prints unless
   * the person chose otherwise (`sessionForPdf`). The cover and the closing
   * chapter list what it holds, read from this very text (`embeddedParts`).
   * pdf.js reads it back with
   * `(await pdf.getMetadata()).metadata.get(EMBEDDED_ANSWERS_FIELD)`.
   */
  readonly embeddedAnswers: string;
  /** The deployer's name, colour, logo, contact and links; without it, the app's own look. */
  readonly branding?: PdfBranding;
  /** Adds a "Progress since" chapter after the summary: how this assessment moved since an earlier one. */
  readonly comparison?: PdfComparison;
}

/** The deployment configuration as the PDF shows it; every part optional. */
export interface PdfBranding {
  /** On the cover, in every page footer and above the contact details. */
  readonly name?: string | null;
  /** `#rrggbb` for the cover bar, titles and links, already checked for contrast. */
  readonly color?: string | null;
  /** PNG or JPEG bytes for the cover; anything else (such as SVG) is left out. */
  readonly logo?: Uint8Array | null;
  readonly contact?: DeploymentContact | null;
  /** https:// addresses, or paths on the app's origin (made absolute with `appUrl`). */
  readonly links?: DeploymentLinks;
}

/** XMP namespace of the embedded answers. */
export const EMBEDDED_ANSWERS_NAMESPACE = 'urn:gdpr-readiness:embedded-answers/';

/** The XMP property, as pdf.js names it, that holds the embedded answers. */
export const EMBEDDED_ANSWERS_FIELD = 'jspdf:metadata';

type Rgb = readonly [number, number, number];

/** Soft hyphen: where a header word may be broken. */
const SHY = '\u00ad';

const FONT = 'DejaVuSans';
/** Millimetres per point. */
const PT = 25.4 / 72;
/** Line height of running text, as a multiple of the font size. */
const LINE = 1.3;
const PAGE = { width: 210, height: 297, left: 20, right: 190, top: 24, bottom: 274 } as const;
const WIDTH = PAGE.right - PAGE.left;

const COLOR = {
  ink: [33, 37, 41],
  muted: [92, 101, 110],
  faint: [140, 148, 156],
  rule: [210, 216, 222],
  panel: [243, 245, 247],
  track: [228, 232, 236],
  navy: [29, 78, 137],
  white: [255, 255, 255],
  red: [183, 50, 40],
  amber: [201, 128, 0],
  green: [46, 125, 50],
} as const satisfies Record<string, Rgb>;

const RAG_COLOR: Record<Rag | 'none', Rgb> = {
  red: COLOR.red,
  amber: COLOR.amber,
  green: COLOR.green,
  none: COLOR.faint,
};

const PRIORITY_COLOR: Record<ActionItem['priority'], Rgb> = {
  high: COLOR.red,
  medium: COLOR.amber,
  low: COLOR.muted,
};

/** A colour as the mutable tuple jsPDF and autotable want. */
function rgb(color: Rgb): [number, number, number] {
  return [color[0], color[1], color[2]];
}

/** jsPDF takes a font file as a binary string. */
function binaryString(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i += 0x8000)
    out += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return out;
}

interface TextStyle {
  readonly size?: number;
  readonly bold?: boolean;
  readonly color?: Rgb;
}

interface ParagraphStyle extends TextStyle {
  readonly indent?: number;
  readonly width?: number;
  /** Space after the paragraph, in mm. */
  readonly after?: number;
  /** Links every line to this address. */
  readonly url?: string;
  /** Links each legal reference in the text to the law. */
  readonly refs?: boolean;
}

/** The last paragraph of a table cell's text, drawn in a quieter colour. */
interface CellNote {
  readonly text: string;
  readonly color: Rgb;
}

/**
 * One paragraph of a table cell drawn in a style of its own. The cell's lines
 * are broken as the table broke them, in the cell's own font, so a run may be
 * lighter than the cell's style but only heavier when it is a short word.
 */
interface CellRun {
  readonly text: string;
  readonly color?: Rgb;
  readonly bold?: boolean;
}

/** The content of a cell drawn as `runs`: the runs' paragraphs. */
function runsContent(runs: readonly CellRun[]): string {
  return runs.map((run) => run.text).join('\n');
}

/**
 * A cursor over the document: writes text top to bottom, starts a new page
 * when the space runs out, and records where each chapter starts.
 */
class Writer {
  y: number = PAGE.top;
  readonly chapters: { title: string; page: number }[] = [];

  constructor(
    readonly doc: jsPDF,
    /** Titles, rules and links: the deployer's primary colour or the app's navy. */
    readonly accent: Rgb = COLOR.navy,
  ) {}

  style({ size = 9, bold = false, color = COLOR.ink }: TextStyle = {}): void {
    this.doc.setFont(FONT, bold ? 'bold' : 'normal');
    this.doc.setFontSize(size);
    this.doc.setTextColor(...color);
  }

  lineHeight(size: number): number {
    return size * PT * LINE;
  }

  page(): number {
    return this.doc.getNumberOfPages();
  }

  newPage(): void {
    this.doc.addPage();
    this.y = PAGE.top;
  }

  /** Starts a new page unless `height` still fits on this one. */
  ensure(height: number): void {
    if (this.y + height > PAGE.bottom) this.newPage();
  }

  split(text: string, width: number, style: TextStyle = {}): string[] {
    this.style(style);
    return this.doc.splitTextToSize(text, width) as string[];
  }

  /** Adds a link over each legal reference in a line of text drawn at (x, top). */
  linkRefs(line: string, x: number, top: number, height: number): void {
    for (const match of line.matchAll(LEGAL_REF)) {
      const start = x + this.doc.getTextWidth(line.slice(0, match.index));
      this.doc.link(start, top, this.doc.getTextWidth(match[0]), height, {
        url: legalRefUrl(match[0]),
      });
    }
  }

  /** Wrapped text at the cursor; a long paragraph continues on the next page. */
  paragraph(text: string, style: ParagraphStyle = {}): void {
    const size = style.size ?? 9;
    const x = PAGE.left + (style.indent ?? 0);
    const width = style.width ?? WIDTH - (style.indent ?? 0);
    const lh = this.lineHeight(size);
    for (const line of this.split(text, width, style)) {
      this.ensure(lh);
      this.style(style);
      this.doc.text(line, x, this.y + size * PT * 0.8);
      if (style.url) this.doc.link(x, this.y, this.doc.getTextWidth(line), lh, { url: style.url });
      if (style.refs) this.linkRefs(line, x, this.y, lh);
      this.y += lh;
    }
    this.y += style.after ?? 2.5;
  }

  /** A chapter title at the top of a new page, listed in the contents. */
  chapter(title: string): void {
    this.newPage();
    this.chapters.push({ title, page: this.page() });
    this.style({ size: 17, bold: true, color: this.accent });
    this.doc.text(title, PAGE.left, this.y + 17 * PT * 0.8);
    this.y += this.lineHeight(17) + 1;
    this.doc.setDrawColor(...this.accent);
    this.doc.setLineWidth(0.5);
    this.doc.line(PAGE.left, this.y, PAGE.left + 24, this.y);
    this.y += 6;
  }

  /** A heading kept on one page with at least `keep` mm of what follows. */
  heading(title: string, keep = 18): void {
    const lines = this.split(title, WIDTH, { size: 11.5, bold: true });
    this.ensure(lines.length * this.lineHeight(11.5) + keep);
    this.y += 1.5;
    this.paragraph(title, { size: 11.5, bold: true, color: this.accent, after: 1.5 });
  }

  /**
   * An autotable at the cursor in the report's style; the cursor moves below it.
   * `notes` (keyed "row:column") are last paragraphs of a cell drawn in a quieter
   * colour; `runs` (keyed the same way, the cell's content made with
   * `runsContent`) draw each paragraph of a cell in its own colour and weight;
   * in the `links` columns every legal reference links to the law.
   */
  table(
    options: UserOptions & {
      notes?: Map<string, CellNote>;
      runs?: Map<string, readonly CellRun[]>;
      links?: number[];
      /** Shown above the table on each page it continues on. */
      continued?: string;
    },
  ): void {
    const { notes, runs, links, continued, ...rest } = options;
    const doc = this.doc;
    const k = doc.internal.scaleFactor;
    const lineHeight = (size: number) => (size / k) * doc.getLineHeightFactor();
    const noteLines = new Map<string, string[]>();
    const runLines = new Map<string, { line: string; run: CellRun }[]>();
    autoTable(doc, {
      startY: this.y,
      margin: {
        left: PAGE.left,
        right: PAGE.width - PAGE.right,
        top: continued === undefined ? PAGE.top : PAGE.top + 7,
        bottom: PAGE.height - PAGE.bottom,
      },
      willDrawPage: (data) => {
        if (continued === undefined || data.pageNumber === 1) return;
        this.style({ size: 9, bold: true, color: COLOR.muted });
        doc.text(continued, PAGE.left, PAGE.top + 3.5);
      },
      theme: 'plain',
      rowPageBreak: 'avoid',
      ...rest,
      styles: {
        font: FONT,
        fontSize: 8,
        textColor: rgb(COLOR.ink),
        cellPadding: { top: 1.6, bottom: 1.6, left: 1.8, right: 1.8 },
        valign: 'top',
        lineColor: rgb(COLOR.rule),
        lineWidth: { bottom: 0.2 },
        overflow: 'linebreak',
        ...rest.styles,
      },
      headStyles: {
        fontStyle: 'bold',
        textColor: rgb(COLOR.muted),
        fontSize: 7.5,
        fillColor: rgb(COLOR.panel),
        lineWidth: { bottom: 0.35 },
        lineColor: rgb(COLOR.faint),
        ...rest.headStyles,
      },
      willDrawCell: (data: CellHookData) => {
        const cellRuns = data.section === 'body' ? runs?.get(cellKey(data)) : undefined;
        if (cellRuns) {
          // Broken as autotable broke the cell (its font is set), then drawn run by run.
          const width = data.cell.width - data.cell.padding('horizontal') + 1 / k;
          runLines.set(
            cellKey(data),
            cellRuns.flatMap((run) =>
              (doc.splitTextToSize(run.text, width) as string[]).map((line) => ({ line, run })),
            ),
          );
          data.cell.text = [];
          return;
        }
        const note = data.section === 'body' ? notes?.get(cellKey(data)) : undefined;
        if (!note) return;
        // Wrapped the way autotable wraps, so the note's lines are the cell's last ones.
        const width = data.cell.width - data.cell.padding('horizontal') + 1 / k;
        const lines = doc.splitTextToSize(note.text, width) as string[];
        data.cell.text = data.cell.text.slice(0, Math.max(0, data.cell.text.length - lines.length));
        noteLines.set(cellKey(data), lines);
      },
      didDrawCell: (data: CellHookData) => {
        if (data.section !== 'body') return;
        const cell = data.cell;
        const size = cell.styles.fontSize;
        const pos = cell.getTextPos();
        const linked = links?.includes(data.column.index) ?? false;
        const lineTop = (i: number) => pos.y + i * lineHeight(size);
        if (linked)
          cell.text.forEach((line, i) => this.linkRefs(line, pos.x, lineTop(i), lineHeight(size)));
        const styled = runLines.get(cellKey(data));
        if (styled) {
          const weight = cell.styles.fontStyle === 'bold' ? 'bold' : 'normal';
          const ink = cell.styles.textColor;
          styled.forEach(({ line, run }, i) => {
            doc.setFont(FONT, run.bold === undefined ? weight : run.bold ? 'bold' : 'normal');
            if (run.color) doc.setTextColor(...run.color);
            else if (Array.isArray(ink)) doc.setTextColor(ink[0], ink[1], ink[2]);
            doc.text(line, pos.x, lineTop(i) + (size / k) * 0.85);
            if (linked) this.linkRefs(line, pos.x, lineTop(i), lineHeight(size));
          });
          return;
        }
        const note = notes?.get(cellKey(data));
        const lines = noteLines.get(cellKey(data));
        if (!note || !lines) return;
        doc.setFont(FONT, 'normal');
        doc.setTextColor(...note.color);
        lines.forEach((line, j) => {
          const i = cell.text.length + j;
          doc.text(line, pos.x, lineTop(i) + (size / k) * 0.85);
          if (linked) this.linkRefs(line, pos.x, lineTop(i), lineHeight(size));
        });
      },
    });
    const last = (doc as unknown as { lastAutoTable?: { finalY?: number } }).lastAutoTable;
    this.y = (last?.finalY ?? this.y) + 5;
  }
}

function cellKey(data: { row: { index: number }; column: { index: number } }): string {
  return `${data.row.index}:${data.column.index}`;
}

/** What every chapter needs. */
interface Context {
  readonly w: Writer;
  readonly model: ReportModel;
  readonly text: ReportTexts;
  readonly t: Translate;
  readonly options: RenderPdfOptions;
  readonly organisation: string;
  readonly faqUrl: string;
  readonly dpaUrl: string;
  /** Section numbers, 1 up, in questionnaire order, skipped sections included. */
  readonly numbers: ReadonlyMap<string, number>;
  /** Drawn once every page exists, when page numbers are known. */
  readonly deferred: (() => void)[];
}

/**
 * Draws the readiness report as an A4 PDF: a cover with contents, an
 * executive summary (the critical gaps above the score, the determinations with
 * the reasons that hold, the top actions), a bar chart of the section scores,
 * the findings per section, the action plan (critical actions marked and
 * first), the fine exposure, every answer, and a disclaimer with links to the
 * app's FAQ and DPA guide. Every cited article links to EUR-Lex, and every page
 * says "page X of Y".
 *
 * When the GDPR does not reach the organisation (`model.outOfScope`), the
 * summary says so with the reasons and gives only the scope determination;
 * the chart, findings, action plan, processor agreements and fines are left
 * out, as there is nothing to score, do or fine.
 *
 * @returns the bytes of the PDF file.
 * @example
 * const bytes = await renderPdf(buildReport(q, answers, plan), {
 *   t, language: 'en', assessor: 'Sam', generatedAt: new Date(), appUrl: location.origin,
 *   fonts: { regular, bold }, embeddedAnswers: JSON.stringify(session),
 * });
 */
export function renderPdf(model: ReportModel, options: RenderPdfOptions): Promise<Uint8Array> {
  try {
    return Promise.resolve(draw(model, options));
  } catch (error) {
    return Promise.reject(error instanceof Error ? error : new Error(String(error)));
  }
}

function draw(model: ReportModel, options: RenderPdfOptions): Uint8Array {
  const { t, language, generatedAt } = options;
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true });
  doc.addFileToVFS('DejaVuSans.ttf', binaryString(options.fonts.regular));
  doc.addFont('DejaVuSans.ttf', FONT, 'normal');
  doc.addFileToVFS('DejaVuSans-Bold.ttf', binaryString(options.fonts.bold));
  doc.addFont('DejaVuSans-Bold.ttf', FONT, 'bold');
  doc.setFont(FONT, 'normal');
  doc.setLineHeightFactor(1.15);

  const appUrl = options.appUrl.replace(/\/+$/, '');
  const context: Context = {
    w: new Writer(doc, options.branding?.color ? hexToRgb(options.branding.color) : COLOR.navy),
    model,
    text: new ReportTexts(t, language),
    t,
    options,
    organisation: model.organisation ?? t('report:cover.unnamed'),
    faqUrl: `${appUrl}/faq`,
    dpaUrl: `${appUrl}/dpa`,
    numbers: new Map(model.sections.map((s, i) => [s.sectionId, i + 1])),
    deferred: [],
  };

  const contentsY = drawCover(context);
  drawSummary(context);
  if (options.comparison)
    drawComparison(context.w, options.comparison, {
      t,
      text: context.text,
      numbers: context.numbers,
      colors: { muted: COLOR.muted, panel: COLOR.panel, better: COLOR.green, worse: COLOR.red },
      page: { left: PAGE.left, width: WIDTH },
    });
  // Where the GDPR does not apply there is nothing to score, do or fine; the summary says so.
  if (!model.outOfScope) {
    drawChart(context);
    drawFindings(context);
    drawActionPlan(context);
    drawProcessorAgreements(context.w, model.processors, {
      t,
      dpaUrl: context.dpaUrl,
      colors: { muted: COLOR.muted, link: context.w.accent, complete: COLOR.green },
    });
    drawFines(context);
  }
  drawAnswers(context);
  drawAbout(context);
  for (const run of context.deferred) run();
  drawContents(context, contentsY);
  drawPageFrames(context);

  doc.setDocumentProperties({
    title: `${t('report:document.title')}: ${context.organisation}`,
    subject: t('report:document.subject', { organisation: context.organisation }),
    author: options.assessor ?? '',
    keywords: t('report:document.keywords'),
    creator: appUrl,
  });
  doc.setLanguage(language === 'nl' ? 'nl' : 'en-GB');
  doc.setCreationDate(generatedAt);
  doc.addMetadata(options.embeddedAnswers, EMBEDDED_ANSWERS_NAMESPACE);
  return new Uint8Array(doc.output('arraybuffer'));
}

function drawCover({ w, model, options, text, t, organisation }: Context): number {
  const { doc } = w;
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
  const rows: [string, string][] = [
    [t('report:cover.organisation'), organisation],
    [t('report:cover.assessor'), options.assessor ?? t('report:cover.notStated')],
    [t('report:cover.date'), text.date(options.generatedAt)],
    [
      t('report:cover.questionnaire'),
      t('report:cover.questionnaireValue', {
        id: model.questionnaireId,
        version: model.questionnaireVersion,
      }),
    ],
    [t('report:cover.language'), t(`common:language.${options.language}`)],
  ];
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

  const stored = text.embedded(embeddedParts(options.embeddedAnswers));
  const confidential = w.split(`${t('report:cover.confidential')} ${stored}`, WIDTH, { size: 8 });
  const confidentialY = PAGE.bottom - confidential.length * w.lineHeight(8);
  w.style({ size: 8, color: COLOR.muted });
  confidential.forEach((line, i) => doc.text(line, PAGE.left, confidentialY + i * w.lineHeight(8)));
  return y;
}

function drawContents({ w, t }: Context, top: number): void {
  const { doc } = w;
  doc.setPage(1);
  let y = top;
  w.style({ size: 11.5, bold: true, color: w.accent });
  doc.text(t('report:cover.contents'), PAGE.left, y);
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

function drawPageFrames({ w, t, text, options, organisation }: Context): void {
  const { doc } = w;
  const pages = doc.getNumberOfPages();
  const title = `${t('report:document.title')} · ${organisation}`;
  const date = text.date(options.generatedAt);
  w.style({ size: 7.5 });
  const room = WIDTH - doc.getTextWidth(date) - 8;
  const [first = ''] = w.split(title, room, { size: 7.5 });
  const header = first === title ? title : `${first.replace(/\s+\S*$/, '')} …`;
  const brand = options.branding?.name;
  const footer = brand
    ? `${brand} · ${t('report:footer.notAdvice')}`
    : t('report:footer.notAdvice');
  for (let page = 1; page <= pages; page += 1) {
    doc.setPage(page);
    doc.setDrawColor(...COLOR.rule);
    doc.setLineWidth(0.25);
    w.style({ size: 7.5, color: COLOR.muted });
    if (page > 1) {
      doc.text(header, PAGE.left, 13);
      doc.text(date, PAGE.right, 13, { align: 'right' });
      doc.line(PAGE.left, 15.5, PAGE.right, 15.5);
    }
    doc.line(PAGE.left, 282, PAGE.right, 282);
    doc.text(footer, PAGE.left, 286.5);
    doc.text(t('report:footer.page', { page, pages }), PAGE.right, 286.5, { align: 'right' });
  }
}

function priorityCell(data: CellHookData, column: number, actions: readonly ActionItem[]): void {
  if (data.section !== 'body' || data.column.index !== column) return;
  const action = actions[data.row.index];
  if (!action) return;
  data.cell.styles.textColor = rgb(PRIORITY_COLOR[action.priority]);
  data.cell.styles.fontStyle = 'bold';
}

/** A critical action's mark above its text, in red. */
function criticalRuns(action: ActionItem, text: string, t: Translate): CellRun[] {
  return action.critical
    ? [{ text: t('report:summary.criticalAction'), color: COLOR.red, bold: true }, { text }]
    : [{ text }];
}

function drawSummary(context: Context): void {
  const { w, model, t, deferred } = context;
  w.chapter(t('report:summary.title'));
  const notice = { t, page: { left: PAGE.left, width: WIDTH } };
  if (model.outOfScope) {
    drawOutOfScope(w, model.outOfScope, {
      ...notice,
      colors: { bar: w.accent, panel: COLOR.panel, muted: COLOR.muted },
    });
  } else {
    drawCriticalGaps(w, model.criticalGaps, {
      ...notice,
      colors: { bar: COLOR.red, panel: COLOR.panel, muted: COLOR.muted },
    });
    drawSummaryCards(context);
  }

  // Each outcome in bold, with the reasons that hold under it in a quieter colour.
  const outcomeRuns = new Map<string, readonly CellRun[]>();
  const determinations = model.determinations.map((d, i) => {
    const runs = d.outcomes.flatMap((o): CellRun[] => [
      { text: t(`determinations.${d.id}.outcomes.${o.id}.label`) },
      ...o.reasons.map((r) => ({
        text: `– ${t(`determinations.${d.id}.outcomes.${o.id}.reasons.${r}`)}`,
        color: COLOR.muted,
        bold: false,
      })),
    ]);
    outcomeRuns.set(`${i}:1`, runs);
    return [
      t(`determinations.${d.id}.title`),
      runsContent(runs),
      citation([...new Set(d.outcomes.flatMap((o) => o.articles))]),
    ];
  });
  w.heading(t('report:summary.determinations'), 30);
  w.table({
    head: [
      [
        t('report:summary.determinationColumn'),
        t('report:summary.outcomeColumn'),
        t('report:summary.basisColumn'),
      ],
    ],
    body: determinations,
    styles: { fontSize: 7.8, cellPadding: { top: 1.3, bottom: 1.3, left: 1.8, right: 1.8 } },
    columnStyles: {
      0: { cellWidth: 50, fontStyle: 'bold' },
      1: { fontStyle: 'bold' },
      2: { cellWidth: 34 },
    },
    runs: outcomeRuns,
    links: [2],
  });
  if (model.outOfScope) return;

  w.heading(t('report:summary.topActions'), 30);
  if (model.actions.length === 0) {
    w.paragraph(t('report:summary.noActions'), { color: COLOR.muted });
    return;
  }
  const topRuns = new Map<string, readonly CellRun[]>();
  w.table({
    head: [
      [
        t('report:actions.columns.number'),
        t('report:actions.columns.priority'),
        t('report:actions.columns.action'),
        t('report:actions.columns.articles'),
      ],
    ],
    body: model.actions.slice(0, 5).map((a, i) => {
      const runs = criticalRuns(a, t(`questions.${a.questionId}.action`), t);
      topRuns.set(`${i}:2`, runs);
      return [
        String(i + 1),
        t(`report:priority.${a.priority}`),
        runsContent(runs),
        citation(a.articles),
      ];
    }),
    styles: { fontSize: 7.8, cellPadding: { top: 1.3, bottom: 1.3, left: 1.8, right: 1.8 } },
    columnStyles: { 0: { cellWidth: 7 }, 1: { cellWidth: 18 }, 3: { cellWidth: 34 } },
    runs: topRuns,
    links: [3],
    didParseCell: (data) => priorityCell(data, 1, model.actions),
  });
  // The action plan's page is known only once it is drawn.
  const page = w.page();
  const y = w.y - 1.5;
  deferred.push(() => {
    const plan = w.chapters.find((c) => c.title === t('report:actions.title'))?.page ?? page;
    w.doc.setPage(page);
    w.style({ size: 8, color: COLOR.muted });
    const line = t('report:summary.topActionsMore', { count: model.actions.length, page: plan });
    w.doc.text(line, PAGE.left, y);
    w.doc.link(PAGE.left, y - 3, w.doc.getTextWidth(line), 4, { pageNumber: plan });
  });
}

function drawSummaryCards({ w, model, text, t }: Context): void {
  const { doc } = w;
  const gap = 4;
  const cardWidth = (WIDTH - 2 * gap) / 3;
  // Red while a critical gap is open: the score card says so under the rating.
  const capped =
    model.overall.criticalGaps > 0 && model.overall.score !== null
      ? w.split(
          t('report:summary.ratingCapped', {
            score: model.overall.score,
            count: model.overall.criticalGaps,
          }),
          cardWidth - 8,
          {
            size: 7.5,
          },
        )
      : [];
  const height = 34 + (capped.length > 0 ? 1 + capped.length * w.lineHeight(7.5) : 0);
  const top = w.y;
  const [scoreX, actionsX, fineX] = [0, 1, 2].map((i) => PAGE.left + i * (cardWidth + gap)) as [
    number,
    number,
    number,
  ];
  for (const x of [scoreX, actionsX, fineX]) {
    doc.setFillColor(...COLOR.panel);
    doc.rect(x, top, cardWidth, height, 'F');
  }
  const label = (x: number, value: string) => {
    w.style({ size: 8, bold: true, color: COLOR.muted });
    doc.text(value.toUpperCase(), x + 4, top + 6);
  };

  // Overall score and its colour
  const rag = model.overall.rag;
  label(scoreX, t('report:summary.overall'));
  if (model.overall.score === null) {
    w.style({ size: 14, bold: true, color: COLOR.muted });
    doc.text(t('report:summary.noScore'), scoreX + 4, top + 18);
  } else {
    const score = String(model.overall.score);
    w.style({ size: 26, bold: true, color: RAG_COLOR[rag ?? 'none'] });
    doc.text(score, scoreX + 4, top + 19);
    const scoreWidth = doc.getTextWidth(score);
    w.style({ size: 8.5, color: COLOR.muted });
    doc.text(t('report:summary.outOf'), scoreX + 6 + scoreWidth, top + 19);
  }
  if (rag !== null) drawChip(w, text.rag(rag), RAG_COLOR[rag], scoreX + 4, top + 24);
  w.style({ size: 7.5, color: COLOR.muted });
  capped.forEach((line, i) => doc.text(line, scoreX + 4, top + 33 + i * w.lineHeight(7.5)));

  // Number of actions
  label(actionsX, t('report:summary.gaps'));
  w.style({ size: 16, bold: true });
  doc.text(t('report:summary.gapsValue', { count: model.actions.length }), actionsX + 4, top + 17);
  const high = model.actions.filter((a) => a.priority === 'high').length;
  w.style({ size: 8.5, color: high > 0 ? COLOR.red : COLOR.muted });
  doc.text(t('report:summary.highPriority', { count: high }), actionsX + 4, top + 24);

  // Fine ceiling
  label(fineX, t('report:summary.ceiling'));
  const { fines } = model;
  const amount =
    fines.basis === 'national-law' || fines.ceiling === null ? null : text.amount(fines.ceiling);
  const value =
    amount ??
    t(
      fines.basis === 'national-law'
        ? 'report:summary.ceilingNationalLaw'
        : 'report:summary.ceilingNone',
    );
  const size = amount === null ? 9.5 : 15;
  w.split(value, cardWidth - 8, { size, bold: true })
    .slice(0, 2)
    .forEach((line, i) => {
      w.style({ size, bold: true });
      doc.text(line, fineX + 4, top + (amount === null ? 14 : 17) + i * w.lineHeight(size));
    });
  if (amount !== null) {
    const note = `${t('report:summary.ceilingNote')} · ${t(`report:tierShort.${fines.highestTier}`)}`;
    w.split(note, cardWidth - 8, { size: 7.5 })
      .slice(0, 2)
      .forEach((line, i) => {
        w.style({ size: 7.5, color: COLOR.muted });
        doc.text(line, fineX + 4, top + 24 + i * w.lineHeight(7.5));
        w.linkRefs(line, fineX + 4, top + 21.5 + i * w.lineHeight(7.5), w.lineHeight(7.5));
      });
  }
  w.y = top + height + 6;
}

function drawChip(w: Writer, label: string, color: Rgb, x: number, y: number): void {
  const { doc } = w;
  w.style({ size: 7.5, bold: true, color: COLOR.white });
  const width = doc.getTextWidth(label) + 4;
  doc.setFillColor(...color);
  doc.roundedRect(x, y, width, 5, 1, 1, 'F');
  doc.text(label, x + 2, y + 3.6);
}

function drawChart({ w, model, text, t, numbers }: Context): void {
  const { doc } = w;
  w.chapter(t('report:chart.title'));
  w.paragraph(t('report:chart.intro'), { color: COLOR.muted, after: 5 });

  const { sections } = model;
  const labelWidth = 66;
  const barX = PAGE.left + labelWidth + 3;
  const barWidth = WIDTH - labelWidth - 3 - 12;
  const rowHeight = 8.6;
  const barHeight = 4.4;
  const top = w.y + 6;
  const bottom = top + sections.length * rowHeight;

  // The scale, with the red/amber/green thresholds dashed
  w.style({ size: 7, color: COLOR.muted });
  const thresholds = new Set<number>([RAG_THRESHOLDS.amber, RAG_THRESHOLDS.green]);
  const ticks = [...new Set([0, 25, 50, 75, 100, ...thresholds])].sort((a, b) => a - b);
  for (const tick of ticks) {
    const x = barX + (barWidth * tick) / 100;
    const threshold = thresholds.has(tick);
    const lineColor: Rgb = threshold ? COLOR.faint : COLOR.rule;
    doc.setDrawColor(...lineColor);
    doc.setLineWidth(threshold ? 0.3 : 0.15);
    if (threshold) doc.setLineDashPattern([1, 1], 0);
    doc.line(x, top - 1.5, x, bottom);
    doc.setLineDashPattern([], 0);
    if (threshold || tick === 0 || tick === 100)
      doc.text(String(tick), x, top - 2.5, { align: 'center' });
  }

  sections.forEach((section: SectionScore, i) => {
    const middle = top + i * rowHeight + rowHeight / 2;
    const lines = w
      .split(text.section(section.sectionId, numbers.get(section.sectionId)), labelWidth, {
        size: 8.5,
      })
      .slice(0, 2);
    const lh = w.lineHeight(8.5);
    w.style({ size: 8.5, color: section.shown ? COLOR.ink : COLOR.faint });
    lines.forEach((line, j) =>
      doc.text(line, PAGE.left, middle - ((lines.length - 1) * lh) / 2 + j * lh + 1.1),
    );

    if (!section.shown || section.score === null) {
      w.style({ size: 7.5, color: COLOR.faint });
      doc.text(
        t(section.shown ? 'report:chart.notScored' : 'report:chart.skipped'),
        barX + 2,
        middle + 1,
      );
      return;
    }
    const color = RAG_COLOR[section.rag ?? 'none'];
    doc.setFillColor(...COLOR.track);
    doc.rect(barX, middle - barHeight / 2, barWidth, barHeight, 'F');
    doc.setFillColor(...color);
    doc.rect(
      barX,
      middle - barHeight / 2,
      Math.max(0.6, (barWidth * section.score) / 100),
      barHeight,
      'F',
    );
    w.style({ size: 8.5, bold: true, color });
    doc.text(String(section.score), PAGE.right, middle + 1.1, { align: 'right' });
  });

  let x = PAGE.left;
  const y = bottom + 7;
  const legend: [Rgb, string][] = [
    [COLOR.red, t('report:chart.legendRed', { amber: RAG_THRESHOLDS.amber })],
    [
      COLOR.amber,
      t('report:chart.legendAmber', {
        amber: RAG_THRESHOLDS.amber,
        below: RAG_THRESHOLDS.green - 1,
      }),
    ],
    [COLOR.green, t('report:chart.legendGreen', { green: RAG_THRESHOLDS.green })],
  ];
  for (const [color, label] of legend) {
    doc.setFillColor(...color);
    doc.rect(x, y - 2.8, 3.5, 3.5, 'F');
    w.style({ size: 7.5, color: COLOR.muted });
    doc.text(label, x + 5, y);
    x += 5 + doc.getTextWidth(label) + 8;
  }
  w.y = y + 6;
  if (sections.some((s) => s.criticalGaps > 0))
    w.paragraph(t('report:chart.legendCritical'), { size: 7.5, color: COLOR.muted, after: 0 });
}

function drawFindings({ w, model, text, t, numbers }: Context): void {
  const { doc } = w;
  w.chapter(t('report:findings.title'));
  w.paragraph(t('report:findings.intro'), { color: COLOR.muted, after: 4 });

  for (const section of model.sections.filter((s) => s.shown)) {
    const gaps = model.actions.filter((a) => a.sectionId === section.sectionId);
    const color = RAG_COLOR[section.rag ?? 'none'];
    const titleLines = w.split(
      text.section(section.sectionId, numbers.get(section.sectionId)),
      WIDTH - 62,
      { size: 10.5, bold: true },
    );
    const titleHeight = Math.max(titleLines.length * w.lineHeight(10.5), 7.5);
    const items = gaps.map((action) => {
      const label = t(`questions.${action.questionId}.label`);
      const meta = [
        action.critical ? t('report:summary.criticalAction') : '',
        t('report:findings.answer', { answer: text.option(action.questionId, action.answer) }),
        citation(action.articles),
        t(`report:priority.${action.priority}`),
      ]
        .filter((part) => part !== '')
        .join(' · ');
      const height =
        w.split(label, WIDTH - 8, { size: 8.5 }).length * w.lineHeight(8.5) +
        w.split(meta, WIDTH - 8, { size: 7.5 }).length * w.lineHeight(7.5) +
        2.2;
      return { action, label, meta, height };
    });
    // Keep the section's title with its first finding.
    w.ensure(2 + titleHeight + 2 + (items[0]?.height ?? 8));
    w.y += 2;
    const top = w.y;
    doc.setFillColor(...color);
    doc.rect(PAGE.left, top, 1.2, titleHeight, 'F');
    w.style({ size: 10.5, bold: true });
    titleLines.forEach((line, i) =>
      doc.text(line, PAGE.left + 3.5, top + 3.7 + i * w.lineHeight(10.5)),
    );
    if (section.score !== null) {
      w.style({ size: 8, bold: true, color });
      doc.text(
        `${t('report:findings.score', { score: section.score })} · ${text.rag(section.rag)}`,
        PAGE.right,
        top + 3.5,
        { align: 'right' },
      );
      w.style({ size: 7.5, color: COLOR.muted });
      doc.text(t('report:findings.gaps', { count: section.gaps }), PAGE.right, top + 7, {
        align: 'right',
      });
    }
    w.y = top + titleHeight + 2;

    if (items.length === 0) {
      w.paragraph(
        t(section.score === null ? 'report:findings.notScored' : 'report:findings.noGaps'),
        { color: COLOR.muted, indent: 3.5, size: 8.5 },
      );
      continue;
    }
    for (const item of items) {
      w.ensure(item.height);
      doc.setFillColor(...PRIORITY_COLOR[item.action.priority]);
      doc.circle(PAGE.left + 5, w.y + 1.9, 0.8, 'F');
      w.paragraph(item.label, { indent: 8, size: 8.5, after: 0.2 });
      w.paragraph(item.meta, { indent: 8, size: 7.5, color: COLOR.muted, after: 2, refs: true });
    }
  }

  const skipped = model.sections.filter((s) => !s.shown);
  if (skipped.length === 0) return;
  w.heading(t('report:findings.skippedTitle'));
  w.paragraph(t('report:findings.skippedIntro'), { color: COLOR.muted, after: 1.5 });
  for (const s of skipped)
    w.paragraph(text.section(s.sectionId, numbers.get(s.sectionId)), { indent: 3.5, after: 0.8 });
}

function drawActionPlan({ w, model, text, t, dpaUrl }: Context): void {
  w.chapter(t('report:actions.title'));
  w.paragraph(t('report:actions.intro'), { color: COLOR.muted, after: 0.5 });
  w.paragraph(dpaUrl, { color: w.accent, url: dpaUrl, after: 4 });
  if (model.actions.length === 0) {
    w.paragraph(t('report:actions.none'));
    return;
  }
  const runs = new Map<string, readonly CellRun[]>();
  const investigate = t('report:actions.investigate');
  const rows = model.actions.map((a, i) => {
    const action = [
      ...criticalRuns(a, t(`questions.${a.questionId}.action`), t),
      ...(a.investigate ? [{ text: investigate, color: COLOR.red }] : []),
    ];
    runs.set(`${i}:2`, action);
    return [
      String(i + 1),
      t(`report:priority.${a.priority}`),
      runsContent(action),
      citation(a.articles),
      citation([t(`report:tierShort.${a.fineTier}`)]),
      a.ownerRole ? t(`report:ownerRole.${a.ownerRole}`) : '',
      a.ownerName ?? '',
      a.dueDate ? text.isoDate(a.dueDate) : '',
    ];
  });
  const head = [
    t('report:actions.columns.number'),
    t('report:actions.columns.priority'),
    t('report:actions.columns.action'),
    t('report:actions.columns.articles'),
    t('report:actions.columns.tier'),
    t('report:actions.columns.role'),
    t('report:actions.columns.owner'),
    t('report:actions.columns.due'),
  ];

  // Every column but the action's is as narrow as its words allow, in either language;
  // the action text gets the rest. Short values (priority, tier, date) stay on one line.
  const size = 7.5;
  const padding = 1.3;
  const column = (index: number) => rows.map((row) => row[index] ?? '');
  const width = (value: string, bold: boolean) => {
    w.style({ size, bold });
    return w.doc.getTextWidth(value);
  };
  // A header word may carry soft hyphens (U+00AD) where it can be broken, as in "Boete­categorie".
  const headerParts = (value: string) =>
    value
      .split(/\s+/)
      .flatMap((word) =>
        word.split(SHY).map((part, i, all) => (i < all.length - 1 ? `${part}-` : part)),
      );
  const fit = (index: number, { whole = false, min = 0 } = {}): number => {
    const parts = column(index).flatMap((value) =>
      whole ? value.split('\n') : value.split(/[\s,]+/),
    );
    const widths = [
      ...headerParts(head[index] ?? '').map((part) => width(part, true)),
      ...parts.map((part) => width(part, index === 1)),
    ];
    return Math.max(min, ...widths) + 2 * padding + 0.6;
  };
  const widths: Record<number, number> = {
    0: fit(0, { whole: true }),
    1: fit(1, { whole: true }),
    3: fit(3, { min: 17 }),
    4: fit(4, { whole: true }),
    5: fit(5, { min: 12 }),
    6: fit(6, { min: 14 }),
    7: fit(7, { whole: true, min: 12 }),
  };
  const hyphenated = head.map((label, index) =>
    label
      .split(' ')
      .map((word) => {
        const whole = word.replaceAll(SHY, '');
        const room = (widths[index] ?? Infinity) - 2 * padding;
        return width(whole, true) > room ? word.replace(SHY, '-\n').replaceAll(SHY, '') : whole;
      })
      .join(' '),
  );
  w.table({
    head: [hyphenated],
    body: rows,
    styles: {
      fontSize: size,
      cellPadding: { top: 1.6, bottom: 1.6, left: padding, right: padding },
    },
    headStyles: { fontSize: size },
    columnStyles: Object.fromEntries(
      Object.entries(widths).map(([index, width]) => [index, { cellWidth: width }]),
    ),
    runs,
    links: [3, 4],
    didParseCell: (data) => priorityCell(data, 1, model.actions),
  });
}

function drawFines({ w, model, text, t }: Context): void {
  const { doc } = w;
  const { fines } = model;
  w.chapter(t('report:fines.title'));
  w.paragraph(t('report:fines.intro'), { color: COLOR.muted, after: 4 });

  const notes = new Map<string, CellNote>();
  // Without an undertaking's turnover percentage only the fixed amounts apply.
  const fixedOnly = fines.basis === 'not-undertaking' || fines.basis === 'public-body-fixed-caps';
  const body = (['art83-4', 'art83-5'] as const).map((tier, i) => {
    const cap = fines.tiers[tier].cap;
    // Under national law (public bodies) the fixed amounts and percentages do not apply.
    const rule = t(`report:fines.${fixedOnly ? 'ruleFixed' : 'rule'}.${tier}`);
    if (cap !== null) notes.set(`${i}:2`, { text: rule, color: COLOR.muted });
    return [
      citation([t(`report:tierShort.${tier}`)]),
      t(`report:fines.provisions.${tier}`),
      cap === null ? t('report:fines.capNationalLaw') : `${text.amount(cap)}\n${rule}`,
      String(fines.tiers[tier].gaps),
    ];
  });
  w.table({
    head: [
      [
        t('report:fines.tierColumn'),
        t('report:fines.provisionsColumn'),
        t('report:fines.capColumn'),
        t('report:fines.gapsColumn'),
      ],
    ],
    body,
    styles: { fontSize: 7.8 },
    columnStyles: {
      0: { cellWidth: 20, fontStyle: 'bold' },
      2: { cellWidth: 42 },
      3: { cellWidth: 18, halign: 'right' },
    },
    notes,
    links: [0],
  });

  w.heading(t('report:fines.basisTitle'), 12);
  w.paragraph(
    t(`report:fines.basis.${fines.basis}`, {
      turnover: fines.turnover === null ? '' : text.amount(fines.turnover),
    }),
    { after: fines.assumptions.length > 0 ? 1.5 : 4, refs: true },
  );
  fines.assumptions.forEach((a, i) =>
    w.paragraph(t(`report:fines.assumptions.${a}`), {
      after: i === fines.assumptions.length - 1 ? 4 : 1.5,
      refs: true,
    }),
  );

  // The ceiling, set off in a panel
  const headline =
    fines.basis === 'national-law'
      ? t('report:fines.ceilingNationalLaw')
      : fines.ceiling === null
        ? t('report:fines.ceilingNone')
        : t('report:fines.ceilingText', {
            tier: t(`report:tierShort.${fines.highestTier}`),
            amount: text.amount(fines.ceiling),
          });
  const headlineLines = w.split(headline, WIDTH - 10, { size: 10, bold: true });
  const noteLines = w.split(t('report:fines.ceilingNote'), WIDTH - 10, { size: 8.5 });
  const height =
    7 +
    w.lineHeight(8) +
    headlineLines.length * w.lineHeight(10) +
    noteLines.length * w.lineHeight(8.5);
  w.ensure(height + 4);
  const top = w.y;
  doc.setFillColor(...COLOR.panel);
  doc.rect(PAGE.left, top, WIDTH, height, 'F');
  doc.setFillColor(...w.accent);
  doc.rect(PAGE.left, top, 1.2, height, 'F');
  w.y = top + 2;
  w.paragraph(t('report:fines.ceilingTitle').toUpperCase(), {
    indent: 5,
    size: 8,
    bold: true,
    color: COLOR.muted,
    after: 0.5,
  });
  w.paragraph(headline, {
    indent: 5,
    width: WIDTH - 10,
    size: 10,
    bold: true,
    refs: true,
    after: 0.5,
  });
  w.paragraph(t('report:fines.ceilingNote'), {
    indent: 5,
    width: WIDTH - 10,
    size: 8.5,
    color: COLOR.muted,
    refs: true,
    after: 0,
  });
  w.y = top + height + 6;

  w.heading(t('report:fines.factorsTitle'), 24);
  w.paragraph(t('report:fines.factorsIntro'), { after: 1.5, refs: true });
  FINE_FACTORS.forEach((factor, i) => {
    w.ensure(w.lineHeight(8.5));
    w.style({ size: 8.5, color: COLOR.muted });
    doc.text(`(${String.fromCharCode(97 + i)})`, PAGE.left + 2, w.y + 8.5 * PT * 0.8);
    w.paragraph(t(`report:fines.factors.${factor}`), {
      indent: 9,
      size: 8.5,
      after: 0.8,
      refs: true,
    });
  });
  w.y += 3;

  const cases = casesById(fines.examples);
  if (cases.length === 0) return;
  w.heading(t('report:fines.casesTitle'), 34);
  w.paragraph(t('report:fines.casesIntro'), { color: COLOR.muted, after: 2 });
  const caseNotes = new Map<string, CellNote>();
  const caseRows = cases.map((c, i) => {
    const articles = citation(c.articles);
    caseNotes.set(`${i}:3`, { text: articles, color: COLOR.muted });
    return [
      c.organisation,
      `${c.authority} (${c.country})\n${text.isoDate(c.date)}`,
      text.amount(c.amountEur),
      `${t(`report:fines.cases.${c.reason}`)}\n${articles}`,
    ];
  });
  w.table({
    head: [
      [
        t('report:fines.casesColumns.organisation'),
        t('report:fines.casesColumns.authority'),
        t('report:fines.casesColumns.amount'),
        t('report:fines.casesColumns.reason'),
      ],
    ],
    body: caseRows,
    styles: { fontSize: 7.8 },
    columnStyles: {
      0: { cellWidth: 30, fontStyle: 'bold' },
      1: { cellWidth: 28 },
      2: { cellWidth: 28, halign: 'right' },
    },
    notes: caseNotes,
    links: [3],
  });
}

function drawAnswers({ w, model, text, t, numbers }: Context): void {
  w.chapter(t('report:answers.title'));
  w.paragraph(t('report:answers.intro'), { color: COLOR.muted, after: 4 });
  for (const section of model.answers) {
    w.heading(text.section(section.sectionId, numbers.get(section.sectionId)));
    if (!section.shown) {
      const reason = text.optional(`sections.${section.sectionId}.skipReason`);
      w.paragraph(
        reason === null
          ? t('report:answers.skippedGeneric')
          : t('report:answers.skipped', { reason }),
        { color: COLOR.muted, after: 3 },
      );
      continue;
    }
    const notes = new Map<string, CellNote>();
    const body: RowInput[] = section.questions.map((row, i) => {
      const label = t(`questions.${row.questionId}.label`);
      if (!row.shown) {
        const reason = text.optional(`questions.${row.questionId}.skipReason`);
        if (reason !== null) notes.set(`${i}:0`, { text: reason, color: COLOR.faint });
        return [
          reason === null ? label : `${label}\n${reason}`,
          { content: t('report:answers.notAsked'), styles: { textColor: rgb(COLOR.faint) } },
        ];
      }
      return [
        label,
        row.value === undefined
          ? t('report:answers.notAnswered')
          : text.answer(row.questionId, row.value),
      ];
    });
    w.table({
      continued: t('report:answers.continued', {
        section: text.section(section.sectionId, numbers.get(section.sectionId)),
      }),
      head: [[t('report:answers.question'), t('report:answers.answer')]],
      body,
      styles: { fontSize: 7.8 },
      columnStyles: { 0: { cellWidth: 112 } },
      notes,
    });
  }
}

function drawAbout({ w, t, text, faqUrl, dpaUrl, options }: Context): void {
  w.chapter(t('report:about.title'));
  for (const part of ['notAdvice', 'method', 'privacy'] as const) {
    w.heading(t(`report:about.${part}Title`), 14);
    w.paragraph(t(`report:about.${part}`), { after: 4 });
  }
  w.paragraph(text.embedded(embeddedParts(options.embeddedAnswers)), { bold: true, after: 4 });
  w.heading(t('report:about.linksTitle'), 20);
  const links: [string, string][] = [
    [t('report:about.faq'), faqUrl],
    [t('report:about.dpa'), dpaUrl],
    [t('report:about.gdpr'), GDPR_URL],
    [t('report:about.uavg'), UAVG_URL],
  ];
  for (const [label, url] of links) {
    w.paragraph(label, { bold: true, after: 0.3 });
    w.paragraph(url, { color: w.accent, url, after: 2.5 });
  }
  drawDeployerContact(w, t, options);
}

/** The deployer's logo and name above the cover's title; a logo jsPDF cannot read is left out. */
function drawCoverBrand(w: Writer, branding: PdfBranding | undefined): void {
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

/** The deployer's contact details and documents on the closing page. */
function drawDeployerContact(w: Writer, t: Translate, options: RenderPdfOptions): void {
  const { name, contact, links = {} } = options.branding ?? {};
  const link = (target: string) => absoluteLink(target, options.appUrl);
  const label = (key: 'email' | 'phone' | 'website', value: string) =>
    `${t(`common:deployment.contact.${key}`)}: ${value}`;
  const details: { text: string; url?: string }[] = [];
  if (contact?.name) details.push({ text: contact.name });
  if (contact?.email)
    details.push({ text: label('email', contact.email), url: `mailto:${contact.email}` });
  if (contact?.phone) details.push({ text: label('phone', contact.phone) });
  if (contact?.url) details.push({ text: label('website', contact.url), url: link(contact.url) });
  const documents = DEPLOYER_LINK_KINDS.filter((kind) => links[kind]);
  if (details.length === 0 && documents.length === 0) return;
  w.heading(name ?? t('report:about.contactTitle'), 20);
  for (const { text, url } of details) w.paragraph(text, { url, after: 0.8 });
  w.y += 1.7;
  for (const kind of documents) {
    const url = link(links[kind] ?? '');
    w.paragraph(t(`common:deployment.links.${kind}`), { bold: true, after: 0.3 });
    w.paragraph(url, { color: w.accent, url, after: 2.5 });
  }
}
