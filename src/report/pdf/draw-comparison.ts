import type { ReportComparison } from '../compare-reports';
import type { ActionItem } from '../report.types';
import { citation, type ReportTexts, type Translate } from './report-texts';

/**
 * The "Progress since <date>" chapter of the PDF: how the assessment moved
 * since an earlier one (see `compareReports`): the overall score, the score of
 * every section, the answers that got better or worse, and the actions closed
 * and opened.
 *
 * Kept apart from render-pdf.ts, which hands in its page writer and colours:
 * this file sees only the few drawing calls it uses, so it needs no jsPDF.
 */

type Rgb = readonly [number, number, number];

/** What the PDF needs to draw the chapter; pass it as `comparison` to `renderPdf`. */
export interface PdfComparison {
  readonly changes: ReportComparison;
  /** When the earlier assessment was made: its completion time, or its last save. */
  readonly since: Date;
  /** The earlier assessment's name in the list of assessments, if it has one. */
  readonly earlierName: string | null;
}

/** A table cell with a style of its own, as jspdf-autotable takes it. */
interface StyledCell {
  readonly content: string;
  readonly styles: {
    textColor?: [number, number, number];
    fontStyle?: 'bold' | 'normal';
    halign?: 'right';
  };
}

/** The part of render-pdf's page writer (and of jsPDF under it) this chapter draws with. */
export interface ComparisonWriter {
  y: number;
  readonly doc: {
    setFillColor(r: number, g: number, b: number): unknown;
    rect(x: number, y: number, width: number, height: number, style?: string): unknown;
    text(text: string, x: number, y: number, options?: { align?: 'left' | 'right' }): unknown;
    getTextWidth(text: string): number;
  };
  style(style?: { size?: number; bold?: boolean; color?: Rgb }): void;
  split(text: string, width: number, style?: { size?: number; bold?: boolean }): string[];
  ensure(height: number): void;
  chapter(title: string): void;
  heading(title: string, keep?: number): void;
  paragraph(text: string, style?: { color?: Rgb; after?: number; size?: number }): void;
  table(options: {
    head: (string | StyledCell)[][];
    body: (string | StyledCell)[][];
    columnStyles?: Record<string, { cellWidth?: number; halign?: 'right'; fontStyle?: 'bold' }>;
    continued?: string;
    links?: number[];
  }): void;
}

export interface ComparisonChapterOptions {
  /** Resolves `report:comparison.*`, `report:actions.columns.*`, `report:priority.*` and questionnaire keys. */
  readonly t: Translate;
  readonly text: ReportTexts;
  /** Section numbers as the rest of the report shows them. */
  readonly numbers: ReadonlyMap<string, number>;
  readonly colors: {
    readonly muted: Rgb;
    readonly panel: Rgb;
    readonly better: Rgb;
    readonly worse: Rgb;
  };
  /** Page geometry in mm. */
  readonly page: { readonly left: number; readonly width: number };
}

const mutable = (c: Rgb): [number, number, number] => [c[0], c[1], c[2]];

/** A score, or a dash where there is none. */
const score = (value: number | null) => (value === null ? '–' : String(value));

/** A signed change: "+7", "−40" (a true minus sign), "0", or a dash. */
const signed = (delta: number | null) =>
  delta === null ? '–' : delta > 0 ? `+${delta}` : delta < 0 ? `−${-delta}` : '0';

/** Draws the chapter on a new page. */
export function drawComparison(
  w: ComparisonWriter,
  { changes, since, earlierName }: PdfComparison,
  { t, text, numbers, colors, page }: ComparisonChapterOptions,
): void {
  const date = text.date(since);
  const deltaColor = (delta: number | null) =>
    delta === null || delta === 0 ? colors.muted : delta > 0 ? colors.better : colors.worse;
  const deltaCell = (delta: number | null): StyledCell => ({
    content: signed(delta),
    styles: { textColor: mutable(deltaColor(delta)), fontStyle: 'bold' },
  });

  w.chapter(t('report:comparison.title', { date }));
  w.paragraph(
    earlierName === null
      ? t('report:comparison.introUnnamed', { date })
      : t('report:comparison.intro', { date, name: earlierName }),
    { color: colors.muted, after: 4 },
  );

  // Key figures: the overall change, then how many answers and actions moved.
  const { overall } = changes;
  const figures: [string, string, Rgb][] = [
    [t('report:comparison.overall'), signed(overall.delta), deltaColor(overall.delta)],
    [t('report:comparison.improvedCount'), String(changes.improved.length), colors.better],
    [t('report:comparison.regressedCount'), String(changes.regressed.length), colors.worse],
    [t('report:comparison.closedCount'), String(changes.closed.length), colors.better],
    [t('report:comparison.openedCount'), String(changes.opened.length), colors.worse],
  ];
  const gap = 3;
  const cardWidth = (page.width - gap * (figures.length - 1)) / figures.length;
  const labels = figures.map(([label]) =>
    w.split(label.toUpperCase(), cardWidth - 6, { size: 6.8, bold: true }),
  );
  const labelHeight = Math.max(...labels.map((lines) => lines.length)) * 3;
  const height = labelHeight + 17;
  w.ensure(height + 6);
  const top = w.y;
  figures.forEach(([, value, color], i) => {
    const x = page.left + i * (cardWidth + gap);
    w.doc.setFillColor(...colors.panel);
    w.doc.rect(x, top, cardWidth, height, 'F');
    w.style({ size: 6.8, bold: true, color: colors.muted });
    (labels[i] ?? []).forEach((line, j) => w.doc.text(line, x + 3, top + 5 + j * 3));
    w.style({ size: 18, bold: true, color: value === '0' ? colors.muted : color });
    w.doc.text(value, x + 3, top + labelHeight + 10);
    if (i === 0) {
      w.style({ size: 7.5, color: colors.muted });
      const detail = t('report:comparison.overallDetail', {
        before: score(overall.before),
        after: score(overall.after),
      });
      w.doc.text(detail, x + 3, top + labelHeight + 14.5);
    }
  });
  w.y = top + height + 6;

  w.heading(t('report:comparison.sectionsTitle'), 30);
  w.table({
    continued: t('report:comparison.sectionsTitle'),
    head: [
      [
        t('report:comparison.columns.section'),
        ...(['before', 'after', 'change'] as const).map((column): StyledCell => ({
          content: t(`report:comparison.columns.${column}`),
          styles: { halign: 'right' },
        })),
      ],
    ],
    body: [
      [
        { content: t('report:comparison.overall'), styles: { fontStyle: 'bold' } },
        { content: score(overall.before), styles: { fontStyle: 'bold' } },
        { content: score(overall.after), styles: { fontStyle: 'bold' } },
        deltaCell(overall.delta),
      ],
      ...changes.sections.map((s) => [
        text.section(s.sectionId, numbers.get(s.sectionId)),
        score(s.before),
        score(s.after),
        deltaCell(s.delta),
      ]),
    ],
    columnStyles: {
      1: { cellWidth: 20, halign: 'right' },
      2: { cellWidth: 20, halign: 'right' },
      3: { cellWidth: 22, halign: 'right' },
    },
  });

  for (const kind of ['improved', 'regressed'] as const) {
    const list = changes[kind];
    w.heading(t(`report:comparison.${kind}Title`), list.length === 0 ? 10 : 24);
    if (list.length === 0) {
      w.paragraph(t(`report:comparison.${kind}None`), { color: colors.muted, after: 4 });
      continue;
    }
    w.table({
      continued: t(`report:comparison.${kind}Title`),
      head: [
        [
          t('report:comparison.columns.question'),
          t('report:comparison.columns.before'),
          t('report:comparison.columns.after'),
        ],
      ],
      body: list.map((c) => [
        t(`questions.${c.questionId}.label`),
        text.answer(c.questionId, c.before),
        {
          content: text.answer(c.questionId, c.after),
          styles: { textColor: mutable(kind === 'improved' ? colors.better : colors.worse) },
        },
      ]),
      columnStyles: { 1: { cellWidth: 32 }, 2: { cellWidth: 32 } },
    });
  }

  const actionTable = (kind: 'closed' | 'opened', actions: readonly ActionItem[]) => {
    w.heading(t(`report:comparison.${kind}Title`), actions.length === 0 ? 10 : 24);
    if (actions.length === 0) {
      w.paragraph(t(`report:comparison.${kind}None`), { color: colors.muted, after: 4 });
      return;
    }
    w.table({
      continued: t(`report:comparison.${kind}Title`),
      head: [
        [
          t('report:actions.columns.action'),
          t('report:actions.columns.priority'),
          t('report:actions.columns.articles'),
        ],
      ],
      body: actions.map((a) => [
        t(`questions.${a.questionId}.action`),
        t(`report:priority.${a.priority}`),
        citation(a.articles),
      ]),
      columnStyles: { 1: { cellWidth: 20 }, 2: { cellWidth: 34 } },
      links: [2],
    });
  };
  actionTable('closed', changes.closed);
  actionTable('opened', changes.opened);
}
