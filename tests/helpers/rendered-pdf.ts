import { join } from 'node:path';
import { buildReport } from '@/report/build-report';
import { renderPdf, type RenderPdfOptions } from '@/report/pdf/render-pdf';
import { questionnairesDir, readQuestionnaireFolder } from '../../scripts/questionnaire-files';
import { createNodeTranslator, nodeFonts, type Language } from '../../scripts/report';
import { readPdf, type PdfContent } from '../pdf-text';
import { questionnaire, webshop } from './transfer';

/**
 * What the PDF tests render from: the shipped questionnaire's texts, the options the app
 * passes, and the report of the dutch-webshop example (`webshop`, a finished session with an
 * action owner, a note and a processor review), rendered and read back once per language.
 */

/** The questionnaire's texts by language, read without the slow reachability check. */
export const texts = (() => {
  const result = readQuestionnaireFolder(join(questionnairesDir, questionnaire.id), {
    checkReachability: false,
  });
  if (!result.ok) throw new Error('the shipped questionnaire does not parse');
  return result.bundle.texts;
})();

export const APP_URL = 'https://gdpr-check.example';
const fonts = await nodeFonts();

/** The options the app passes to renderPdf, in `language`, with `changes` on top. */
export function pdfOptions(
  language: Language,
  changes: Partial<RenderPdfOptions> = {},
): RenderPdfOptions {
  return {
    t: createNodeTranslator(language, questionnaire.id, texts),
    language,
    assessor: 'Sam de Vries',
    generatedAt: new Date('2026-01-15T10:00:00Z'),
    appUrl: APP_URL,
    fonts,
    embeddedAnswers: JSON.stringify(webshop),
    ...changes,
  };
}

/** The report model of the example session, its action plan and processor review included. */
export const exampleModel = buildReport(questionnaire, webshop.answers, webshop.actionPlan, {
  processorReviews: webshop.processorReviews,
});

export interface RenderedPdf {
  readonly bytes: Uint8Array;
  /** Read back with items on a line joined by a space. */
  readonly content: PdfContent;
}

// Rendering takes seconds on a loaded machine, so each test file pays it once per language
// however many suites look at the same PDF. (Vitest isolates files, so the cache is per file.)
const rendered = new Map<Language, Promise<RenderedPdf>>();

/** The example report as `pdfOptions(language)` renders it; the same promise on every call. */
export function renderedExample(language: Language): Promise<RenderedPdf> {
  let pdf = rendered.get(language);
  if (!pdf) {
    pdf = renderPdf(exampleModel, pdfOptions(language)).then(async (bytes) => ({
      bytes,
      content: await readPdf(bytes, ' '),
    }));
    rendered.set(language, pdf);
  }
  return pdf;
}

/** Whitespace (line breaks, no-break spaces) collapsed to single spaces. */
export const flat = (text: string) => text.replace(/\s+/g, ' ').trim();
