import { pdfFontUrls } from 'virtual:pdf-fonts';
import type { Language } from '../../i18n/languages';
import { isRasterLogo } from '../../engine/config/config-links';
import type { DeploymentConfig } from '../../engine/config/deployment-config';
import type { Session } from '../../engine/session/session.schema';
import type { ReportModel } from '../report.types';
import { sessionForPdf } from './embedded-session';
import { pdfLinkBase } from '../../engine/config/public-url';
import { reportFileName } from '../file-name';
import { workshopNotes } from '../workshop-notes';
import { prepareFonts, type PdfFonts } from './kit/pdf-fonts';
import { renderPdf, type Translate } from './render-pdf';
import type { PdfComparison } from './pdf-options';

export { organisationSlug, reportFileName } from '../file-name';
export type { Translate } from './render-pdf';

/** What {@link exportPdf} needs: the report, the assessment it came from, and the texts. */
export interface ExportPdfInput {
  /** The report to print, from `buildReport(questionnaire, answers, plan)`. */
  readonly model: ReportModel;
  /**
   * The assessment as saved (`toSession`): stored inside the PDF so the file can
   * be imported again, as far as `embedNotes` allows.
   */
  readonly session: Session;
  /**
   * Include the workshop notes: print them and the parked questions in their
   * own chapter, and store them (and the rest of the assessment) in the file.
   * Default: false, so the file neither shows nor holds internal notes (see
   * `sessionForPdf`).
   */
  readonly embedNotes?: boolean;
  readonly language: Language;
  /**
   * Translates `report:*` keys, `common:*` keys and, without a namespace, the
   * questionnaire's keys; it must return the key itself for a key it does not
   * know (i18next's default): `createReportTranslator` makes one.
   */
  readonly t: Translate;
  /** Who ran the assessment, for the cover. Default: the session's `team.assessedBy`, else not stated. */
  readonly assessor?: string | null;
  /** Default: now. */
  readonly generatedAt?: Date;
  /**
   * Where the app runs, such as `location.origin`: the PDF links to its FAQ and DPA guide only
   * when that is a public address and the deployment gives no `publicUrl` (`pdfLinkBase`).
   */
  readonly appUrl: string | null;
  /** The deployer's name, colour, logo, contact and links. Default: the app's own look. */
  readonly deployment?: DeploymentConfig;
  /** Adds the "progress since" chapter against an earlier assessment. */
  readonly comparison?: PdfComparison;
  /** Told how much of the drawing is done, from 0 to 1 (see `RenderPdfOptions.onProgress`). */
  readonly onProgress?: (done: number) => void;
}

/**
 * Makes the readiness report PDF in the browser, with the file name to offer
 * it under, in the report's language: `gdpr-report-<organisation-slug>-<yyyy-mm-dd>.pdf`
 * (`avg-rapport-…` in Dutch; a comparison's own name, `reportFileName`).
 *
 * The app runs this in a worker (`src/ui/components/pdf.worker.ts`), so the
 * page stays responsive while the PDF is drawn: jsPDF (about 130 kB gzipped)
 * loads only there. The first export fetches the two DejaVu Sans fonts, cut
 * down at build time to the characters the PDF prints (about 50 kB gzipped
 * each, scripts/pdf-font-subset.ts), from the app's own origin, which the
 * service worker caches for offline use, and prepares them for jsPDF; later
 * exports in the same worker reuse them. It fetches the deployer's logo when
 * it is a PNG or JPEG (a logo that cannot be fetched is left out).
 *
 * The PDF carries the answers as a saved session (XMP metadata), readable with
 * `restoreSession` after extracting it with pdf.js, or with `parseImport`:
 * without `embedNotes`, only what the PDF prints, and the PDF says so.
 *
 * @throws when a font cannot be fetched or the PDF cannot be drawn, so the
 *   caller can show an error and offer to try again.
 * @example
 * const t = createReportTranslator('nl', questionnaire.id, resources);
 * const { fileName, bytes } = await exportPdf({ model, session, language: 'nl', t, appUrl });
 */
export async function exportPdf(
  input: ExportPdfInput,
): Promise<{ fileName: string; bytes: Uint8Array }> {
  const generatedAt = input.generatedAt ?? new Date();
  const deployment = input.deployment;
  const [fonts, logo] = await Promise.all([loadFonts(), fetchLogo(deployment?.logo ?? null)]);
  const team = input.session.team;
  const bytes = await renderPdf(input.model, {
    t: input.t,
    language: input.language,
    assessor: input.assessor ?? team?.assessedBy ?? null,
    participants: team?.participants ?? null,
    generatedAt,
    appUrl: pdfLinkBase({ publicUrl: deployment?.publicUrl ?? null, origin: input.appUrl }),
    fonts,
    embeddedAnswers: JSON.stringify(
      sessionForPdf(input.session, input.model, { notes: input.embedNotes ?? false }),
    ),
    branding: deployment && {
      name: deployment.name,
      color: deployment.theme?.primary ?? null,
      logo,
      contact: deployment.contact,
      links: deployment.links,
    },
    workshopNotes: input.embedNotes
      ? workshopNotes(input.model.answers, input.session.notes, input.session.parked)
      : undefined,
    comparison: input.comparison,
    onProgress: input.onProgress,
  });
  const prefix = input.t(input.comparison ? 'report:file.comparison' : 'report:file.report');
  return { fileName: reportFileName(prefix, input.model.organisation, generatedAt), bytes };
}

/** The prepared fonts, kept for the next export once they are in. */
let fonts: Promise<PdfFonts> | null = null;

/**
 * Fetches and prepares the fonts now, if that has not happened yet, so the next export does not
 * wait for them; it never throws (a failure is tried again on the export).
 */
export async function prepareExport(): Promise<void> {
  await loadFonts().catch(() => undefined);
}

function loadFonts(): Promise<PdfFonts> {
  fonts ??= Promise.all([fetchFont(pdfFontUrls.regular), fetchFont(pdfFontUrls.bold)]).then(
    ([regular, bold]) => prepareFonts({ regular, bold }),
  );
  // A failed fetch is tried again on the next export.
  fonts.catch(() => {
    fonts = null;
  });
  return fonts;
}

async function fetchFont(url: string): Promise<Uint8Array> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return new Uint8Array(await response.arrayBuffer());
}

/** The logo's bytes for the cover; null for none, an SVG (jsPDF cannot embed it) or a failed fetch. */
async function fetchLogo(path: string | null): Promise<Uint8Array | null> {
  if (!path || !isRasterLogo(path)) return null;
  try {
    const response = await fetch(path);
    return response.ok ? new Uint8Array(await response.arrayBuffer()) : null;
  } catch {
    return null;
  }
}
