import { jsPDF } from 'jspdf';
import { autoTable, type CellHookData, type RowInput, type UserOptions } from 'jspdf-autotable';
import type { AnswerValue } from '../../engine/questionnaire/questionnaire.schema';
import { FINE_FACTORS, relevantCases } from '../fine-exposure';
import type { ActionItem, Rag, ReportModel, SectionScore } from '../report.types';
import { RAG_THRESHOLDS } from '../scoring-rules';

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
 *   `options.<option>`, `determinations.<id>.title` and
 *   `determinations.<id>.outcomes.<outcome>.label`.
 *
 * WARNING: the built-in PDF fonts only know Windows-1252 and silently garble
 * letters such as Ł, ř or ő; every text here is set in the embedded DejaVu Sans.
 */

/**
 * Translates a key; i18next's `t` fits. For a key it does not know it must
 * return the key itself (i18next's default): that is how an option without a
 * label of its own, or a text answer, is told apart from a translated option.
 */
export type Translate = (key: string, params?: Record<string, unknown>) => string;

/** Everything besides the model that goes into the PDF. */
export interface RenderPdfOptions {
  /** Resolves `report:*`, `common:*` and questionnaire keys (see the module comment). */
  readonly t: Translate;
  readonly language: 'en' | 'nl';
  /** Who ran the assessment, shown on the cover; null when not given. */
  readonly assessor: string | null;
  readonly generatedAt: Date;
  /** Origin of the app, without a trailing slash, for links to `/faq` and `/dpa`. */
  readonly appUrl: string;
  /** DejaVu Sans regular and bold as TrueType files. */
  readonly fonts: { readonly regular: Uint8Array; readonly bold: Uint8Array };
  /**
   * A JSON document stored in the PDF's XMP metadata so the file can be
   * imported again later, normally a saved session. Read it back with pdf.js:
   * `(await pdf.getMetadata()).metadata.get(EMBEDDED_ANSWERS_FIELD)`.
   */
  readonly embeddedAnswers: string;
}

/** The GDPR on EUR-Lex: every article and recital reference links here. */
export const GDPR_URL = 'https://eur-lex.europa.eu/eli/reg/2016/679/oj';

/** The Dutch implementation act (UAVG) on wetten.overheid.nl, for "UAVG n" references. */
export const UAVG_URL = 'https://wetten.overheid.nl/BWBR0040940';

/** XMP namespace of the embedded answers. */
export const EMBEDDED_ANSWERS_NAMESPACE = 'urn:gdpr-readiness:embedded-answers/';

/** The XMP property (as pdf.js names it) that holds the embedded answers. */
export const EMBEDDED_ANSWERS_FIELD = 'jspdf:metadata';

/** Where a legal reference such as "Art. 28(3)", "Rec. 47" or "UAVG 46" links to. */
export function legalRefUrl(ref: string): string {
  return ref.startsWith('UAVG') ? UAVG_URL : GDPR_URL;
}

type Rgb = readonly [number, number, number];

const FONT = 'DejaVuSans';
const PT = 25.4 / 72;
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
  link: [29, 78, 137],
  red: [183, 50, 40],
  amber: [201, 128, 0],
  green: [46, 125, 50],
  none: [140, 148, 156],
} as const satisfies Record<string, Rgb>;

const RAG_COLOR: Record<Rag | 'none', Rgb> = {
  red: COLOR.red,
  amber: COLOR.amber,
  green: COLOR.green,
  none: COLOR.none,
};

const PRIORITY_COLOR: Record<ActionItem['priority'], Rgb> = {
  high: COLOR.red,
  medium: COLOR.amber,
  low: COLOR.muted,
};

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A PDF as bytes; jsPDF works on binary strings, so fonts go in as one. */
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

/** The last paragraph of a table cell's text, drawn in a quieter colour. */
interface CellNote {
  readonly text: string;
  readonly color: Rgb;
}

/**
 * A cursor over the document: writes text top to bottom, starts new pages when
 * the space runs out, and records where each chapter starts for the contents.
 */
class Writer {
  y: number = PAGE.top;
  readonly chapters: { title: string; page: number }[] = [];
  readonly links = new Map<string, number>();

  constructor(readonly doc: jsPDF) {}

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

  /** Wrapped text at the cursor; a long paragraph continues on the next page. */
  paragraph(
    text: string,
    style: TextStyle & { indent?: number; width?: number; after?: number; url?: string } = {},
  ): void {
    const size = style.size ?? 9;
    const x = PAGE.left + (style.indent ?? 0);
    const width = style.width ?? WIDTH - (style.indent ?? 0);
    const lines = this.split(text, width, style);
    const lh = this.lineHeight(size);
    for (const line of lines) {
      this.ensure(lh);
      this.style(style);
      this.doc.text(line, x, this.y + size * PT * 0.8);
      if (style.url) this.doc.link(x, this.y, this.doc.getTextWidth(line), lh, { url: style.url });
      this.y += lh;
    }
    this.y += style.after ?? 2.5;
  }

  /** A chapter title at the top of a new page, listed in the contents. */
  chapter(title: string, options: { newPage?: boolean } = {}): void {
    if (options.newPage !== false) this.newPage();
    this.chapters.push({ title, page: this.page() });
    this.style({ size: 17, bold: true, color: COLOR.navy });
    this.doc.text(title, PAGE.left, this.y + 17 * PT * 0.8);
    this.y += this.lineHeight(17) + 1;
    this.doc.setDrawColor(...COLOR.navy);
    this.doc.setLineWidth(0.5);
    this.doc.line(PAGE.left, this.y, PAGE.left + 24, this.y);
    this.y += 6;
  }

  /** A heading kept together with at least `keep` mm of what follows. */
  heading(title: string, keep = 18): void {
    const lines = this.split(title, WIDTH, { size: 11.5, bold: true });
    this.ensure(lines.length * this.lineHeight(11.5) + keep);
    this.y += 1.5;
    this.paragraph(title, { size: 11.5, bold: true, color: COLOR.navy, after: 1.5 });
  }

  /**
   * An autotable at the cursor in the report's style; the cursor moves below it.
   * `notes` (by "row:column") are last paragraphs of a cell's text drawn in a
   * quieter colour; `links` are columns of legal references that link to the law.
   */
  table(options: UserOptions & { notes?: Map<string, CellNote>; links?: number[] }): void {
    const { notes, links, ...rest } = options;
    const doc = this.doc;
    const k = doc.internal.scaleFactor;
    const lineHeight = (size: number) => (size / k) * doc.getLineHeightFactor();
    const noteLines = new Map<string, string[]>();
    autoTable(doc, {
      startY: this.y,
      margin: {
        left: PAGE.left,
        right: PAGE.width - PAGE.right,
        top: PAGE.top,
        bottom: PAGE.height - PAGE.bottom,
      },
      theme: 'plain',
      rowPageBreak: 'avoid',
      ...rest,
      styles: {
        font: FONT,
        fontSize: 8,
        textColor: [...COLOR.ink],
        cellPadding: { top: 1.6, bottom: 1.6, left: 1.8, right: 1.8 },
        valign: 'top',
        lineColor: [...COLOR.rule],
        lineWidth: { bottom: 0.2 },
        overflow: 'linebreak',
        ...rest.styles,
      },
      headStyles: {
        fontStyle: 'bold',
        textColor: [...COLOR.muted],
        fontSize: 7.5,
        fillColor: [...COLOR.panel],
        lineWidth: { bottom: 0.35 },
        lineColor: [...COLOR.faint],
        ...rest.headStyles,
      },
      willDrawCell: (data: CellHookData) => {
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
        const first = pos.y + (size / k) * 0.85;
        const note = notes?.get(cellKey(data));
        const lines = noteLines.get(cellKey(data));
        if (note && lines) {
          doc.setFont(FONT, 'normal');
          doc.setTextColor(...note.color);
          lines.forEach((line, i) =>
            doc.text(line, pos.x, first + (cell.text.length + i) * lineHeight(size)),
          );
        }
        if (links?.includes(data.column.index)) {
          let url: string | null = null;
          cell.text.forEach((line, i) => {
            if (/^(Art\.|Rec\.)/.test(line)) url = GDPR_URL;
            else if (line.startsWith('UAVG')) url = UAVG_URL;
            else if (i === 0 || line.trim() === '') url = null;
            if (url === null) return;
            const width = doc.getTextWidth(line);
            doc.link(pos.x, pos.y + i * lineHeight(size), width, lineHeight(size), { url });
          });
        }
      },
    });
    const last = (doc as unknown as { lastAutoTable?: { finalY?: number } }).lastAutoTable;
    this.y = (last?.finalY ?? this.y) + 5;
  }
}

function cellKey(data: { row: { index: number }; column: { index: number } }): string {
  return `${data.row.index}:${data.column.index}`;
}

/**
 * Draws the readiness report as an A4 PDF: cover with contents, a one-page
 * executive summary, a bar chart of the section scores, findings per section,
 * the action plan, the fine exposure, every answer, and a disclaimer. Each
 * cited article links to EUR-Lex, and every page but the cover has a header;
 * every page has "page X of Y".
 *
 * @returns the PDF file's bytes.
 * @example
 * const bytes = await renderPdf(buildReport(q, answers), {
 *   t, language: 'en', assessor: 'Sam', generatedAt: new Date(), appUrl: location.origin,
 *   fonts: { regular, bold }, embeddedAnswers: JSON.stringify(session),
 * });
 */
export function renderPdf(model: ReportModel, options: RenderPdfOptions): Promise<Uint8Array> {
  return Promise.resolve(draw(model, options));
}

function draw(model: ReportModel, options: RenderPdfOptions): Uint8Array {
  const { t, language, generatedAt } = options;
  const locale = language === 'nl' ? 'nl-NL' : 'en-GB';
  const doc = new jsPDF({ unit: 'mm', format: 'a4', orientation: 'portrait', compress: true });
  doc.addFileToVFS('DejaVuSans.ttf', binaryString(options.fonts.regular));
  doc.addFont('DejaVuSans.ttf', FONT, 'normal');
  doc.addFileToVFS('DejaVuSans-Bold.ttf', binaryString(options.fonts.bold));
  doc.addFont('DejaVuSans-Bold.ttf', FONT, 'bold');
  doc.setFont(FONT, 'normal');
  doc.setLineHeightFactor(1.15);

  const w = new Writer(doc);
  const text = new Texts(t, locale);
  const organisation = model.organisation ?? t('report:cover.unnamed');
  const appUrl = options.appUrl.replace(/\/+$/, '');
  const faqUrl = `${appUrl}/faq`;
  const dpaUrl = `${appUrl}/dpa`;
  const sectionNumber = new Map(model.sections.map((s, i) => [s.sectionId, i + 1]));

  // Drawn once the page numbers are known.
  const deferred: (() => void)[] = [];
  let planPage = 0;

  // Cover
  const contentsY = drawCover(w, model, options, text, organisation);

  // Executive summary
  w.chapter(t('report:summary.title'));
  drawSummaryCards(w, model, text);
  w.heading(t('report:summary.determinations'), 30);
  w.table({
    head: [
      [
        t('report:summary.determinationColumn'),
        t('report:summary.outcomeColumn'),
        t('report:summary.basisColumn'),
      ],
    ],
    body: model.determinations.map((d) => [
      t(`determinations.${d.id}.title`),
      d.outcomes.map((o) => t(`determinations.${d.id}.outcomes.${o.id}.label`)).join('\n'),
      unique(d.outcomes.flatMap((o) => o.articles)).join('\n'),
    ]),
    styles: { fontSize: 7.8, cellPadding: { top: 1.3, bottom: 1.3, left: 1.8, right: 1.8 } },
    columnStyles: { 0: { cellWidth: 48, fontStyle: 'bold' }, 2: { cellWidth: 24 } },
    links: [2],
  });
  w.heading(t('report:summary.topActions'), 30);
  if (model.actions.length === 0) {
    w.paragraph(t('report:summary.noActions'), { color: COLOR.muted });
  } else {
    w.table({
      head: [
        [
          t('report:actions.columns.number'),
          t('report:actions.columns.priority'),
          t('report:actions.columns.action'),
          t('report:actions.columns.articles'),
        ],
      ],
      body: model.actions
        .slice(0, 5)
        .map((a, i) => [
          String(i + 1),
          t(`report:priority.${a.priority}`),
          t(`questions.${a.questionId}.action`),
          a.articles.join('\n'),
        ]),
      styles: { fontSize: 7.8, cellPadding: { top: 1.3, bottom: 1.3, left: 1.8, right: 1.8 } },
      columnStyles: { 0: { cellWidth: 7 }, 1: { cellWidth: 17 }, 3: { cellWidth: 24 } },
      links: [3],
      didParseCell: (data) => priorityCell(data, 1, model.actions),
    });
    const page = w.page();
    const y = w.y - 2;
    deferred.push(() => {
      doc.setPage(page);
      const plan = planPage;
      w.style({ size: 8, color: COLOR.muted });
      doc.text(
        t('report:summary.topActionsMore', { count: model.actions.length, page: plan }),
        PAGE.left,
        y,
      );
      doc.link(PAGE.left, y - 3, WIDTH, 4, { pageNumber: plan });
    });
  }

  // Section score chart
  w.chapter(t('report:chart.title'));
  w.paragraph(t('report:chart.intro'), { color: COLOR.muted, after: 5 });
  drawChart(w, model.sections, text, sectionNumber);

  // Findings
  w.chapter(t('report:findings.title'));
  w.paragraph(t('report:findings.intro'), { color: COLOR.muted, after: 4 });
  for (const section of model.sections.filter((s) => s.shown))
    drawFindings(w, section, model.actions, text, sectionNumber);
  const skipped = model.sections.filter((s) => !s.shown);
  if (skipped.length > 0) {
    w.heading(t('report:findings.skippedTitle'));
    w.paragraph(t('report:findings.skippedIntro'), { color: COLOR.muted, after: 1.5 });
    for (const s of skipped)
      w.paragraph(`${sectionNumber.get(s.sectionId)}. ${t(`sections.${s.sectionId}.title`)}`, {
        indent: 4,
        after: 0.8,
      });
  }

  // Action plan
  w.chapter(t('report:actions.title'));
  planPage = w.page();
  w.paragraph(t('report:actions.intro'), { color: COLOR.muted, after: 0.5 });
  w.paragraph(dpaUrl, { color: COLOR.link, url: dpaUrl, after: 4 });
  if (model.actions.length === 0) {
    w.paragraph(t('report:actions.none'));
  } else {
    const notes = new Map<string, CellNote>();
    const investigate = t('report:actions.investigate');
    const body: RowInput[] = model.actions.map((a, i) => {
      let action = t(`questions.${a.questionId}.action`);
      if (a.investigate) {
        notes.set(`${i}:2`, { text: investigate, color: COLOR.red });
        action = `${action}\n${investigate}`;
      }
      return [
        String(i + 1),
        t(`report:priority.${a.priority}`),
        action,
        a.articles.join('\n'),
        t(`report:tierShort.${a.fineTier}`),
        a.ownerRole ? t(`report:ownerRole.${a.ownerRole}`) : '',
        a.ownerName ?? '',
        a.dueDate ? text.isoDate(a.dueDate) : '',
      ];
    });
    w.table({
      head: [
        [
          t('report:actions.columns.number'),
          t('report:actions.columns.priority'),
          t('report:actions.columns.action'),
          t('report:actions.columns.articles'),
          t('report:actions.columns.tier'),
          t('report:actions.columns.role'),
          t('report:actions.columns.owner'),
          t('report:actions.columns.due'),
        ],
      ],
      body,
      styles: { fontSize: 7.5 },
      columnStyles: {
        0: { cellWidth: 7 },
        1: { cellWidth: 15 },
        3: { cellWidth: 21 },
        4: { cellWidth: 17 },
        5: { cellWidth: 18 },
        6: { cellWidth: 18 },
        7: { cellWidth: 17 },
      },
      notes,
      links: [3, 4],
      didParseCell: (data) => priorityCell(data, 1, model.actions),
    });
  }

  // Fine exposure
  w.chapter(t('report:fines.title'));
  drawFines(w, model, text);

  // Answers appendix
  w.chapter(t('report:answers.title'));
  w.paragraph(t('report:answers.intro'), { color: COLOR.muted, after: 4 });
  for (const section of model.answers) {
    w.heading(
      `${sectionNumber.get(section.sectionId)}. ${t(`sections.${section.sectionId}.title`)}`,
    );
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
    const body = section.questions.map((row, i) => {
      const label = t(`questions.${row.questionId}.label`);
      if (!row.shown) {
        const reason = text.optional(`questions.${row.questionId}.skipReason`);
        if (reason !== null) notes.set(`${i}:0`, { text: reason, color: COLOR.faint });
        return [
          reason === null ? label : `${label}\n${reason}`,
          { content: t('report:answers.notAsked'), styles: { textColor: [...COLOR.faint] } },
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
      head: [[t('report:answers.question'), t('report:answers.answer')]],
      body,
      styles: { fontSize: 7.8 },
      columnStyles: { 0: { cellWidth: 112 } },
      notes,
    });
  }

  // Disclaimer and links
  w.chapter(t('report:about.title'));
  for (const part of ['notAdvice', 'method', 'privacy'] as const) {
    w.heading(t(`report:about.${part}Title`), 14);
    w.paragraph(t(`report:about.${part}`), { after: 4 });
  }
  w.heading(t('report:about.linksTitle'), 20);
  for (const [label, url] of [
    [t('report:about.faq'), faqUrl],
    [t('report:about.dpa'), dpaUrl],
    [t('report:about.gdpr'), GDPR_URL],
    [t('report:about.uavg'), UAVG_URL],
  ] as const) {
    w.paragraph(label, { bold: true, after: 0.3 });
    w.paragraph(url, { color: COLOR.link, url, after: 2.5 });
  }

  for (const run of deferred) run();
  drawContents(w, contentsY, text);
  drawPageFrames(w, organisation, text.date(generatedAt), t);

  doc.setDocumentProperties({
    title: `${t('report:document.title')}: ${organisation}`,
    subject: t('report:document.subject', { organisation }),
    author: options.assessor ?? '',
    keywords: t('report:document.keywords'),
    creator: appUrl,
  });
  doc.setLanguage(language === 'nl' ? 'nl-NL' : 'en-GB');
  doc.setCreationDate(generatedAt);
  doc.addMetadata(options.embeddedAnswers, EMBEDDED_ANSWERS_NAMESPACE);
  return new Uint8Array(doc.output('arraybuffer'));
}

/** Formats and looks up texts in the report's language. */
class Texts {
  private readonly number: Intl.NumberFormat;
  private readonly euro: Intl.NumberFormat;

  constructor(
    readonly t: Translate,
    readonly locale: string,
  ) {
    this.number = new Intl.NumberFormat(locale);
    this.euro = new Intl.NumberFormat(locale, {
      style: 'currency',
      currency: 'EUR',
      maximumFractionDigits: 0,
    });
  }

  /** The text of a key, or null when the caller's `t` does not know it. */
  optional(key: string): string | null {
    const value = this.t(key);
    return value === key || value.trim() === '' ? null : value;
  }

  amount(value: number): string {
    return this.euro.format(value);
  }

  date(value: Date): string {
    return new Intl.DateTimeFormat(this.locale, { dateStyle: 'long' }).format(value);
  }

  /** An ISO date (yyyy-mm-dd), or a month (yyyy-mm), in the report's language. */
  isoDate(value: string): string {
    const [year, month, day] = value.split('-').map(Number);
    if (!year || !month) return value;
    const date = new Date(Date.UTC(year, month - 1, day ?? 1));
    return new Intl.DateTimeFormat(this.locale, {
      timeZone: 'UTC',
      year: 'numeric',
      month: day ? 'short' : 'long',
      ...(day ? { day: 'numeric' } : {}),
    }).format(date);
  }

  option(questionId: string, option: string): string {
    return (
      this.optional(`questions.${questionId}.options.${option}`) ??
      this.optional(`options.${option}`) ??
      option
    );
  }

  /** An answer as a person reads it: option labels, numbers in the language's format. */
  answer(questionId: string, value: AnswerValue): string {
    if (Array.isArray(value)) return value.map((o) => this.option(questionId, o)).join('\n');
    if (typeof value === 'number') return this.number.format(value);
    return KEBAB.test(value) ? this.option(questionId, value) : value;
  }

  rag(rag: Rag | null): string {
    return this.t(`report:rag.${rag ?? 'none'}`);
  }
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}

function priorityCell(data: CellHookData, column: number, actions: readonly ActionItem[]): void {
  if (data.section !== 'body' || data.column.index !== column) return;
  const action = actions[data.row.index];
  if (!action) return;
  data.cell.styles.textColor = [...PRIORITY_COLOR[action.priority]];
  data.cell.styles.fontStyle = 'bold';
}

function drawCover(
  w: Writer,
  model: ReportModel,
  options: RenderPdfOptions,
  text: Texts,
  organisation: string,
): number {
  const { doc } = w;
  const { t } = options;
  doc.setFillColor(...COLOR.navy);
  doc.rect(0, 0, PAGE.width, 10, 'F');

  let y = 52;
  w.style({ size: 10, bold: true, color: COLOR.navy });
  doc.text(t('report:cover.eyebrow').toUpperCase(), PAGE.left, y);
  y += 12;
  const title = w.split(organisation, WIDTH, { size: 24, bold: true });
  w.style({ size: 24, bold: true });
  for (const line of title.slice(0, 3)) {
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
  const valueWidth = WIDTH - labelWidth - 8;
  const heights = rows.map(([, value]) => w.split(value, valueWidth, { size: 10 }).length);
  const boxHeight = heights.reduce((sum, n) => sum + n * w.lineHeight(10) + 3, 0) + 8;
  doc.setFillColor(...COLOR.panel);
  doc.rect(PAGE.left, y, WIDTH, boxHeight, 'F');
  doc.setFillColor(...COLOR.navy);
  doc.rect(PAGE.left, y, 1.2, boxHeight, 'F');
  let rowY = y + 4 + 10 * PT;
  rows.forEach(([label, value]) => {
    w.style({ size: 8.5, bold: true, color: COLOR.muted });
    doc.text(label, PAGE.left + 6, rowY);
    const lines = w.split(value, valueWidth, { size: 10 });
    w.style({ size: 10 });
    lines.forEach((line, i) =>
      doc.text(line, PAGE.left + 6 + labelWidth, rowY + i * w.lineHeight(10)),
    );
    rowY += lines.length * w.lineHeight(10) + 3;
  });
  y += boxHeight + 14;

  const confidential = w.split(t('report:cover.confidential'), WIDTH, { size: 8 });
  const confidentialY = PAGE.bottom - confidential.length * w.lineHeight(8);
  w.style({ size: 8, color: COLOR.muted });
  confidential.forEach((line, i) => doc.text(line, PAGE.left, confidentialY + i * w.lineHeight(8)));
  return y;
}

function drawContents(w: Writer, y: number, text: Texts): void {
  const { doc } = w;
  doc.setPage(1);
  w.style({ size: 11.5, bold: true, color: COLOR.navy });
  doc.text(text.t('report:cover.contents'), PAGE.left, y);
  y += 7;
  for (const chapter of w.chapters) {
    w.style({ size: 10 });
    doc.text(chapter.title, PAGE.left, y);
    const page = String(chapter.page);
    doc.text(page, PAGE.right, y, { align: 'right' });
    const start = PAGE.left + doc.getTextWidth(chapter.title) + 2;
    const end = PAGE.right - doc.getTextWidth(page) - 2;
    doc.setDrawColor(...COLOR.rule);
    doc.setLineWidth(0.2);
    doc.setLineDashPattern([0.4, 1.2], 0);
    if (end > start) doc.line(start, y - 0.6, end, y - 0.6);
    doc.setLineDashPattern([], 0);
    doc.link(PAGE.left, y - 4, WIDTH, 5.5, { pageNumber: chapter.page });
    y += 6.5;
  }
}

function drawPageFrames(w: Writer, organisation: string, date: string, t: Translate): void {
  const { doc } = w;
  const pages = doc.getNumberOfPages();
  const header = `${t('report:document.title')} · ${organisation}`;
  for (let page = 1; page <= pages; page += 1) {
    doc.setPage(page);
    doc.setDrawColor(...COLOR.rule);
    doc.setLineWidth(0.25);
    if (page > 1) {
      w.style({ size: 7.5, color: COLOR.muted });
      const [first = ''] = w.split(header, WIDTH - 40, { size: 7.5 });
      doc.text(first === header ? header : `${first.replace(/\s+\S*$/, '')} …`, PAGE.left, 13);
      doc.text(date, PAGE.right, 13, { align: 'right' });
      doc.line(PAGE.left, 15.5, PAGE.right, 15.5);
    }
    doc.line(PAGE.left, 282, PAGE.right, 282);
    w.style({ size: 7.5, color: COLOR.muted });
    doc.text(t('report:footer.notAdvice'), PAGE.left, 286.5);
    doc.text(t('report:footer.page', { page, pages }), PAGE.right, 286.5, { align: 'right' });
  }
}

function drawSummaryCards(w: Writer, model: ReportModel, text: Texts): void {
  const { doc } = w;
  const { t } = text;
  const gap = 4;
  const cardWidth = (WIDTH - 2 * gap) / 3;
  const height = 34;
  const top = w.y;
  const cards = [0, 1, 2].map((i) => PAGE.left + i * (cardWidth + gap));
  for (const x of cards) {
    doc.setFillColor(...COLOR.panel);
    doc.rect(x, top, cardWidth, height, 'F');
  }
  const label = (x: number, value: string) => {
    w.style({ size: 8, bold: true, color: COLOR.muted });
    doc.text(value.toUpperCase(), x + 4, top + 6);
  };

  // Overall score
  const [scoreX = 0, actionsX = 0, fineX = 0] = cards;
  const rag = model.overall.rag;
  label(scoreX, t('report:summary.overall'));
  if (model.overall.score === null) {
    w.style({ size: 14, bold: true, color: COLOR.muted });
    doc.text(t('report:summary.noScore'), scoreX + 4, top + 18);
  } else {
    w.style({ size: 26, bold: true, color: RAG_COLOR[rag ?? 'none'] });
    const score = String(model.overall.score);
    doc.text(score, scoreX + 4, top + 19);
    const scoreWidth = doc.getTextWidth(score);
    w.style({ size: 8.5, color: COLOR.muted });
    doc.text(t('report:summary.outOf'), scoreX + 6 + scoreWidth, top + 19);
  }
  drawChip(w, text.rag(rag), RAG_COLOR[rag ?? 'none'], scoreX + 4, top + 24);

  // Actions
  label(actionsX, t('report:summary.gaps'));
  w.style({ size: 16, bold: true });
  doc.text(t('report:summary.gapsValue', { count: model.actions.length }), actionsX + 4, top + 17);
  const high = model.actions.filter((a) => a.priority === 'high').length;
  w.style({ size: 8.5, color: high > 0 ? COLOR.red : COLOR.muted });
  doc.text(t('report:summary.highPriority', { count: high }), actionsX + 4, top + 24);

  // Fine ceiling
  label(fineX, t('report:summary.ceiling'));
  const { fines } = model;
  const value =
    fines.basis === 'national-law'
      ? t('report:summary.ceilingNationalLaw')
      : fines.ceiling === null
        ? t('report:summary.ceilingNone')
        : text.amount(fines.ceiling);
  const big = fines.ceiling !== null && fines.basis !== 'national-law';
  const lines = w.split(value, cardWidth - 8, { size: big ? 15 : 10, bold: true });
  w.style({ size: big ? 15 : 10, bold: true });
  lines
    .slice(0, 2)
    .forEach((line, i) => doc.text(line, fineX + 4, top + (big ? 17 : 14) + i * 4.5));
  const noteLines = w.split(
    `${t('report:summary.ceilingNote')}${fines.highestTier === 'none' ? '' : ` · ${t(`report:tierShort.${fines.highestTier}`)}`}`,
    cardWidth - 8,
    { size: 7.5 },
  );
  w.style({ size: 7.5, color: COLOR.muted });
  noteLines.slice(0, 2).forEach((line, i) => doc.text(line, fineX + 4, top + 24 + i * 3.4));
  w.y = top + height + 6;
}

function drawChip(w: Writer, label: string, color: Rgb, x: number, y: number): void {
  const { doc } = w;
  w.style({ size: 7.5, bold: true, color: [255, 255, 255] });
  const width = doc.getTextWidth(label) + 4;
  doc.setFillColor(...color);
  doc.roundedRect(x, y, width, 5, 1, 1, 'F');
  doc.text(label, x + 2, y + 3.6);
}

function drawChart(
  w: Writer,
  sections: readonly SectionScore[],
  text: Texts,
  numbers: Map<string, number>,
): void {
  const { doc } = w;
  const { t } = text;
  const labelWidth = 66;
  const barX = PAGE.left + labelWidth + 3;
  const barWidth = WIDTH - labelWidth - 3 - 12;
  const rowHeight = 8.6;
  const barHeight = 4.4;
  const top = w.y + 6;
  const bottom = top + sections.length * rowHeight;

  // Scale and the red/amber/green thresholds
  w.style({ size: 7, color: COLOR.muted });
  for (const tick of [0, 25, RAG_THRESHOLDS.amber, 75, RAG_THRESHOLDS.green, 100]) {
    const x = barX + (barWidth * tick) / 100;
    const threshold = tick === RAG_THRESHOLDS.amber || tick === RAG_THRESHOLDS.green;
    doc.setDrawColor(...(threshold ? COLOR.faint : COLOR.rule));
    doc.setLineWidth(threshold ? 0.3 : 0.15);
    if (threshold) doc.setLineDashPattern([1, 1], 0);
    doc.line(x, top - 1.5, x, bottom);
    doc.setLineDashPattern([], 0);
    if (tick !== 25 && tick !== 75) doc.text(String(tick), x, top - 2.5, { align: 'center' });
  }

  sections.forEach((section, i) => {
    const rowTop = top + i * rowHeight;
    const middle = rowTop + rowHeight / 2;
    const title = `${numbers.get(section.sectionId)}. ${t(`sections.${section.sectionId}.title`)}`;
    const lines = w.split(title, labelWidth, { size: 8.5 }).slice(0, 2);
    w.style({ size: 8.5, color: section.shown ? COLOR.ink : COLOR.faint });
    const lh = w.lineHeight(8.5);
    lines.forEach((line, j) =>
      doc.text(line, PAGE.left, middle - ((lines.length - 1) * lh) / 2 + j * lh + 1.1),
    );

    if (!section.shown || section.score === null) {
      w.style({ size: 7.5, color: COLOR.faint });
      doc.text(
        section.shown ? t('report:chart.notScored') : t('report:chart.skipped'),
        barX + 2,
        middle + 1,
      );
      return;
    }
    doc.setFillColor(...COLOR.track);
    doc.rect(barX, middle - barHeight / 2, barWidth, barHeight, 'F');
    doc.setFillColor(...RAG_COLOR[section.rag ?? 'none']);
    doc.rect(
      barX,
      middle - barHeight / 2,
      Math.max(0.6, (barWidth * section.score) / 100),
      barHeight,
      'F',
    );
    w.style({ size: 8.5, bold: true, color: RAG_COLOR[section.rag ?? 'none'] });
    doc.text(String(section.score), PAGE.right, middle + 1.1, { align: 'right' });
  });

  // Legend
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
}

function drawFindings(
  w: Writer,
  section: SectionScore,
  actions: readonly ActionItem[],
  text: Texts,
  numbers: Map<string, number>,
): void {
  const { doc } = w;
  const { t } = text;
  const gaps = actions.filter((a) => a.sectionId === section.sectionId);
  const title = `${numbers.get(section.sectionId)}. ${t(`sections.${section.sectionId}.title`)}`;
  const color = RAG_COLOR[section.rag ?? 'none'];
  const status =
    section.score === null
      ? text.rag(null)
      : `${t('report:findings.score', { score: section.score })} · ${text.rag(section.rag)}`;
  const gapText = t('report:findings.gaps', { count: section.gaps });

  const titleLines = w.split(title, WIDTH - 62, { size: 10.5, bold: true });
  w.ensure(titleLines.length * w.lineHeight(10.5) + 16);
  w.y += 2;
  const top = w.y;
  doc.setFillColor(...color);
  doc.rect(PAGE.left, top, 1.2, titleLines.length * w.lineHeight(10.5) + 0.5, 'F');
  w.style({ size: 10.5, bold: true });
  titleLines.forEach((line, i) =>
    doc.text(line, PAGE.left + 3.5, top + 3.7 + i * w.lineHeight(10.5)),
  );
  w.style({ size: 8, bold: true, color });
  doc.text(status, PAGE.right, top + 3.5, { align: 'right' });
  w.style({ size: 7.5, color: COLOR.muted });
  doc.text(gapText, PAGE.right, top + 7.2, { align: 'right' });
  w.y = top + Math.max(titleLines.length * w.lineHeight(10.5), 8) + 2;

  if (section.score === null && gaps.length === 0) {
    w.paragraph(t('report:findings.notScored'), { color: COLOR.muted, indent: 3.5, size: 8.5 });
    return;
  }
  if (gaps.length === 0) {
    w.paragraph(t('report:findings.noGaps'), { color: COLOR.muted, indent: 3.5, size: 8.5 });
    return;
  }
  for (const action of gaps) {
    const label = t(`questions.${action.questionId}.label`);
    const meta = [
      t('report:findings.answer', { answer: text.option(action.questionId, action.answer) }),
      action.articles.join(', '),
      t(`report:priority.${action.priority}`),
    ]
      .filter((s) => s !== '')
      .join(' · ');
    const lines = w.split(label, WIDTH - 8, { size: 8.5 });
    w.ensure(lines.length * w.lineHeight(8.5) + w.lineHeight(7.5) + 2);
    doc.setFillColor(...PRIORITY_COLOR[action.priority]);
    doc.circle(PAGE.left + 5, w.y + 1.9, 0.8, 'F');
    w.paragraph(label, { indent: 8, size: 8.5, after: 0.2 });
    w.paragraph(meta, { indent: 8, size: 7.5, color: COLOR.muted, after: 2 });
  }
}

function drawFines(w: Writer, model: ReportModel, text: Texts): void {
  const { doc } = w;
  const { t } = text;
  const { fines } = model;
  w.paragraph(t('report:fines.intro'), { color: COLOR.muted, after: 4 });

  const notes = new Map<string, CellNote>();
  const tiers = (['art83-4', 'art83-5'] as const).map((tier, i) => {
    const cap = fines.tiers[tier].cap;
    const rule = t(`report:fines.rule.${tier}`);
    notes.set(`${i}:2`, { text: rule, color: COLOR.muted });
    return [
      t(`report:tierShort.${tier}`),
      t(`report:fines.provisions.${tier}`),
      `${cap === null ? t('report:fines.capNationalLaw') : text.amount(cap)}\n${rule}`,
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
    body: tiers,
    styles: { fontSize: 7.8 },
    columnStyles: {
      0: { cellWidth: 20, fontStyle: 'bold' },
      2: { cellWidth: 42 },
      3: { cellWidth: 16, halign: 'right' },
    },
    notes,
    links: [0],
  });

  w.heading(t('report:fines.basisTitle'), 12);
  w.paragraph(
    t(`report:fines.basis.${fines.basis}`, {
      turnover: fines.turnover === null ? '' : text.amount(fines.turnover),
    }),
    { after: 4 },
  );

  // The ceiling, set off in a panel
  const headline =
    fines.basis === 'national-law'
      ? t('report:fines.ceilingNationalLaw')
      : fines.ceiling === null
        ? t('report:fines.ceilingNone')
        : t('report:fines.ceilingText', {
            tier: t(`report:tier.${fines.highestTier}`),
            amount: text.amount(fines.ceiling),
          });
  const headlineLines = w.split(headline, WIDTH - 10, { size: 10, bold: true });
  const noteLines = w.split(t('report:fines.ceilingNote'), WIDTH - 10, { size: 8.5 });
  const height =
    6 +
    w.lineHeight(8) +
    headlineLines.length * w.lineHeight(10) +
    noteLines.length * w.lineHeight(8.5) +
    3;
  w.ensure(height + 4);
  const top = w.y;
  doc.setFillColor(...COLOR.panel);
  doc.rect(PAGE.left, top, WIDTH, height, 'F');
  doc.setFillColor(...COLOR.navy);
  doc.rect(PAGE.left, top, 1.2, height, 'F');
  let y = top + 5;
  w.style({ size: 8, bold: true, color: COLOR.muted });
  doc.text(t('report:fines.ceilingTitle').toUpperCase(), PAGE.left + 5, y);
  y += w.lineHeight(8) + 1;
  w.style({ size: 10, bold: true });
  for (const line of headlineLines) {
    doc.text(line, PAGE.left + 5, y);
    y += w.lineHeight(10);
  }
  w.style({ size: 8.5, color: COLOR.muted });
  for (const line of noteLines) {
    doc.text(line, PAGE.left + 5, y);
    y += w.lineHeight(8.5);
  }
  w.y = top + height + 6;

  w.heading(t('report:fines.factorsTitle'), 24);
  w.paragraph(t('report:fines.factorsIntro'), { after: 1.5 });
  FINE_FACTORS.forEach((factor, i) => {
    const letter = `(${String.fromCharCode(97 + i)})`;
    w.ensure(w.lineHeight(8.5));
    w.style({ size: 8.5, color: COLOR.muted });
    doc.text(letter, PAGE.left + 2, w.y + 8.5 * PT * 0.8);
    w.paragraph(t(`report:fines.factors.${factor}`), { indent: 9, size: 8.5, after: 0.8 });
  });
  w.y += 3;

  const cases = relevantCases(model.actions.flatMap((a) => a.articles));
  if (cases.length === 0) return;
  w.heading(t('report:fines.casesTitle'), 30);
  w.paragraph(t('report:fines.casesIntro'), { color: COLOR.muted, after: 2 });
  const caseNotes = new Map<string, CellNote>();
  const body = cases.map((c, i) => {
    const articles = c.articles.join(', ');
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
        `${t('report:fines.casesColumns.authority')}, ${t('report:fines.casesColumns.date').toLowerCase()}`,
        t('report:fines.casesColumns.amount'),
        t('report:fines.casesColumns.reason'),
      ],
    ],
    body,
    styles: { fontSize: 7.8 },
    columnStyles: {
      0: { cellWidth: 30, fontStyle: 'bold' },
      1: { cellWidth: 28 },
      2: { cellWidth: 28, halign: 'right' },
      3: { cellWidth: 84 },
    },
    notes: caseNotes,
  });
}
