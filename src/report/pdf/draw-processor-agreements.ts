import type { ProcessorAgreements } from '../report.types';
import { citation, type Translate } from './report-texts';

/**
 * The processor agreements chapter of the PDF: one table row per vendor whose
 * agreement was checked on the DPA guide, with how many required elements were
 * found and which are missing with their articles, then the guide's address.
 *
 * Kept apart from render-pdf.ts, which hands in its page writer and colours:
 * this file sees only the few drawing calls it uses, so it needs no jsPDF.
 */

type Rgb = readonly [number, number, number];

/** The part of render-pdf's page writer this chapter draws with. */
export interface ChapterWriter {
  chapter(title: string): void;
  paragraph(
    text: string,
    style?: { readonly color?: Rgb; readonly url?: string; readonly after?: number },
  ): void;
  table(options: {
    head: string[][];
    body: string[][];
    columnStyles?: Record<string, { cellWidth?: number; fontStyle?: 'bold' }>;
    notes?: Map<string, { readonly text: string; readonly color: Rgb }>;
    links?: number[];
    continued?: string;
  }): void;
}

export interface ProcessorChapterOptions {
  /** Resolves `report:processors.*` keys. */
  readonly t: Translate;
  /** The DPA guide's address in the app. */
  readonly dpaUrl: string;
  readonly colors: { readonly muted: Rgb; readonly link: Rgb; readonly complete: Rgb };
}

/**
 * Draws the chapter when there is something to say: vendors were checked, or
 * the answers say processors are used (then it points to the guide instead).

 */
export function drawProcessorAgreements(
  w: ChapterWriter,
  processors: ProcessorAgreements,
  { t, dpaUrl, colors }: ProcessorChapterOptions,
): void {
  const { vendors, elements, usesProcessors } = processors;
  if (vendors.length === 0 && !usesProcessors) return;
  w.chapter(t('report:processors.title'));
  if (vendors.length === 0) {
    w.paragraph(t('report:processors.none'), { after: 4 });
  } else {
    w.paragraph(t('report:processors.intro'), { color: colors.muted, after: 4 });
    const articles = new Map(elements.map((e) => [e.id, e.articles]));
    const complete = t('report:processors.complete');
    const notes = new Map<string, { text: string; color: Rgb }>();
    const body = vendors.map((vendor, row) => {
      if (vendor.complete) notes.set(`${row}:2`, { text: complete, color: colors.complete });
      return [
        vendor.vendor ?? t('report:processors.unnamed'),
        t('report:processors.covered', { covered: vendor.covered.length, total: elements.length }),
        vendor.complete
          ? complete
          : vendor.missing
              .map(
                (id) =>
                  `${t(`report:processors.items.${id}`)} (${citation(articles.get(id) ?? [])})`,
              )
              .join('\n'),
      ];
    });
    w.table({
      continued: t('report:processors.title'),
      head: [
        [
          t('report:processors.columns.vendor'),
          t('report:processors.columns.covered'),
          t('report:processors.columns.missing'),
        ],
      ],
      body,
      columnStyles: { 0: { cellWidth: 46, fontStyle: 'bold' }, 1: { cellWidth: 30 } },
      notes,
      links: [2],
    });
    if (vendors.some((v) => !v.complete)) w.paragraph(t('report:processors.advice'), { after: 4 });
  }
  w.paragraph(t('report:processors.guide'), { color: colors.muted, after: 0.5 });
  w.paragraph(dpaUrl, { color: colors.link, url: dpaUrl, after: 4 });
}
