import { languageEntry } from '../../i18n/languages';
import { hexToRgb } from '../../engine/config/contrast';
import { absoluteLink } from '../../engine/config/config-links';
import { reportChapters, type ChapterId } from '../report-chapters';
import type { ReportModel } from '../report.types';
import { drawAbout } from './chapters/about';
import { drawActionPlan } from './chapters/actions';
import { drawAnswers } from './chapters/answers';
import type { DrawChapter, PdfReport, ReportWriter } from './chapters/chapter';
import { drawChart } from './chapters/chart';
import { drawComparison } from './chapters/comparison';
import { drawCover } from './chapters/cover';
import { drawFindings } from './chapters/findings';
import { drawFines } from './chapters/fines';
import { drawWorkshopNotes } from './chapters/notes';
import { drawItemVerdicts } from './chapters/items';
import { drawRecord } from './chapters/record';
import { drawProcessorAgreements } from './chapters/processors';
import { drawSummary } from './chapters/summary';
import { createDocument, drawPageFrames } from './kit/pdf-document';
import { COLOR } from './kit/pdf-styles';
import { PdfWriter } from './kit/pdf-writer';
import type { RenderPdfOptions } from './pdf-options';
import { PdfTexts } from './report-texts';

export type { PdfBranding, PdfComparison, RenderPdfOptions } from './pdf-options';
export { GDPR_URL, UAVG_URL, legalRefUrl, type Translate } from './report-texts';

/**
 * The readiness report as a PDF: a thin adapter from {@link ReportModel} to
 * jsPDF. Only the files of this folder import jsPDF; the app reaches them
 * through a lazy `import()` of `export-pdf.ts`, so jsPDF never weighs on the
 * first load. The layout kit (page, type, colours, text, tables, page frames)
 * is in `kit/`, each chapter in `chapters/`.
 *
 * Texts come from the caller's `t`, never from these files:
 * - `report:*` keys: the PDF's own words (`src/i18n/locales/report.<lng>.json`);
 * - questionnaire keys, without a namespace: `sections.<id>.title`,
 *   `sections.<id>.skipReason`, `questions.<id>.label`, `questions.<id>.action`,
 *   `questions.<id>.skipReason`, `questions.<id>.options.<option>`,
 *   `options.<option>`, `determinations.<id>.title`,
 *   `determinations.<id>.outcomes.<outcome>.label` and `.reasons.<reason>`,
 *   `criticalGaps.<id>.label` and `.detail`, and `exits.<id>.reasons.<reason>`.
 */

/** XMP namespace of the embedded answers. */
export const EMBEDDED_ANSWERS_NAMESPACE = 'urn:gdpr-readiness:embedded-answers/';

/** The XMP property, as pdf.js names it, that holds the embedded answers. */
export const EMBEDDED_ANSWERS_FIELD = 'jspdf:metadata';

/** How each chapter is drawn; their order and which a report has are in `report-chapters.ts`. */
const DRAW: Readonly<Record<ChapterId, DrawChapter>> = {
  cover: drawCover,
  summary: drawSummary,
  comparison: drawComparison,
  chart: drawChart,
  findings: drawFindings,
  actions: drawActionPlan,
  items: drawItemVerdicts,
  record: drawRecord,
  processors: drawProcessorAgreements,
  fines: drawFines,
  notes: drawWorkshopNotes,
  answers: drawAnswers,
  about: drawAbout,
};

/**
 * Draws the readiness report as an A4 PDF: a cover with contents, an
 * executive summary (the critical gaps above the score, the determinations with
 * the reasons that hold, the top actions), the progress since an earlier
 * assessment when `options.comparison` is given, a bar chart of the section
 * scores, the findings per section, the action plan (critical actions marked
 * and first), the processor agreements, the fine exposure, the workshop notes
 * when given, every answer, and a disclaimer with links to the app's FAQ and DPA
 * guide (where `options.appUrl` allows links). Every cited article
 * links to EUR-Lex, and every page says "page X of Y".
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
  const doc = createDocument(options.fonts);
  const accent = options.branding?.color ? hexToRgb(options.branding.color) : COLOR.navy;
  const w: ReportWriter = new PdfWriter<ChapterId>(doc, accent);
  const texts = new PdfTexts(t, language);
  const appUrl = options.appUrl?.replace(/\/+$/, '') ?? null;
  const report: PdfReport = {
    model,
    options,
    organisation: model.organisation ?? t('report:cover.unnamed'),
    faqUrl: absoluteLink('/faq', appUrl),
    dpaUrl: absoluteLink('/dpa', appUrl),
    numbers: new Map(model.sections.map((s, i) => [s.sectionId, i + 1])),
  };

  const chapters = reportChapters(model, {
    comparison: options.comparison !== undefined,
    notes: options.workshopNotes?.length ?? 0,
  });
  // Writing the file out takes about as long as a long chapter: it counts as one more step.
  chapters.forEach((id, i) => {
    DRAW[id](w, report, texts);
    options.onProgress?.((i + 1) / (chapters.length + 1));
  });
  w.runLater();
  const brand = options.branding?.name;
  drawPageFrames(w, {
    title: `${t('report:document.title')} · ${report.organisation}`,
    date: texts.date(generatedAt),
    footer: brand ? `${brand} · ${t('report:footer.notAdvice')}` : t('report:footer.notAdvice'),
    pageNumber: (page, pages) => t('report:footer.page', { page, pages }),
  });

  doc.setDocumentProperties({
    title: `${t('report:document.title')}: ${report.organisation}`,
    subject: t('report:document.subject', { organisation: report.organisation }),
    author: options.assessor ?? '',
    keywords: t('report:document.keywords'),
    creator: appUrl ?? t('report:document.title'),
  });
  doc.setLanguage(languageEntry(language).pdfLanguage as Parameters<typeof doc.setLanguage>[0]);
  doc.setCreationDate(generatedAt);
  doc.addMetadata(options.embeddedAnswers, EMBEDDED_ANSWERS_NAMESPACE);
  return new Uint8Array(doc.output('arraybuffer'));
}
