import type { ReportModel } from './report.types';

/**
 * The chapters of the readiness report and their order, shared by the PDF
 * (`pdf/render-pdf.ts`) and the printable page (`/report`), so both tell the
 * same story in the same order. A chapter is named by a stable id; its title
 * is a text key of the chapter itself.
 */

/** Every chapter in print order. */
export const CHAPTER_ORDER = [
  'cover',
  'summary',
  'comparison',
  'chart',
  'findings',
  'actions',
  'items',
  'record',
  'processors',
  'fines',
  'notes',
  'answers',
  'about',
] as const;

export type ChapterId = (typeof CHAPTER_ORDER)[number];

/** Where the GDPR does not reach the organisation there is nothing to score, do or fine. */
const SCORED_ONLY: ReadonlySet<ChapterId> = new Set([
  'chart',
  'findings',
  'actions',
  'items',
  'record',
  'processors',
  'fines',
]);

/** What a report holds besides its model. */
export interface ChapterInputs {
  /** An earlier assessment to compare with is given. */
  readonly comparison: boolean;
  /** How many workshop notes are printed (none unless asked for). */
  readonly notes: number;
}

/**
 * The chapters a report has, in print order: those with something to say for
 * this model. Without a comparison or workshop notes their chapters are left
 * out, and so are the item verdicts, the record and the processor agreements
 * when the answers give none.
 *
 * @example
 * reportChapters(model, { comparison: false, notes: 0 })
 * // ['cover', 'summary', 'chart', 'findings', 'actions', 'fines', 'answers', 'about']
 */
export function reportChapters(model: ReportModel, inputs: ChapterInputs): ChapterId[] {
  const has: Record<ChapterId, boolean> = {
    cover: true,
    summary: true,
    comparison: inputs.comparison,
    chart: true,
    findings: true,
    actions: true,
    items: model.itemVerdicts.some((group) => group.items.length > 0),
    record: model.records.some((r) => r.controller.length + r.processor.length > 0),
    processors: model.processors.vendors.length > 0 || model.processors.usesProcessors,
    fines: true,
    notes: inputs.notes > 0,
    answers: true,
    about: true,
  };
  return CHAPTER_ORDER.filter((id) => has[id] && !(model.outOfScope && SCORED_ONLY.has(id)));
}
