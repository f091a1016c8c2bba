import type { ChapterId } from '../../report-chapters';
import type { ReportModel } from '../../report.types';
import type { PdfWriter } from '../kit/pdf-writer';
import type { RenderPdfOptions } from '../pdf-options';
import type { PdfTexts } from '../report-texts';

/**
 * What every chapter of the PDF is: a function of one signature drawing on the
 * writer, named by a stable id. The contents and cross-references find a
 * chapter by its id, never by its translated title.
 */

export type { ChapterId };

export type ReportWriter = PdfWriter<ChapterId>;

/** The report and everything a chapter derives from the options once. */
export interface PdfReport {
  readonly model: ReportModel;
  readonly options: RenderPdfOptions;
  /** The organisation's name, or the report's word for an unnamed one. */
  readonly organisation: string;
  /** The app's FAQ and DPA guide, absolute; null when the PDF may not link to the app. */
  readonly faqUrl: string | null;
  readonly dpaUrl: string | null;
  /** Section numbers, 1 up, in questionnaire order, skipped sections included. */
  readonly numbers: ReadonlyMap<string, number>;
}

/** Draws one chapter (or nothing, when it has nothing to say for this report). */
export type DrawChapter = (w: ReportWriter, report: PdfReport, texts: PdfTexts) => void;
