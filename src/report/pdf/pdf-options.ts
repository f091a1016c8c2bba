import type { Language } from '../../i18n/languages';
import type { DeploymentContact, DeploymentLinks } from '../../engine/config/deployment-config';
import type { ReportComparison } from '../compare-reports';
import type { WorkshopNote } from '../workshop-notes';
import type { PdfFonts } from './kit/pdf-fonts';
import type { Translate } from './report-texts';

/** Everything besides the model that goes into the PDF (see `renderPdf`). */
export interface RenderPdfOptions {
  /** Resolves `report:*`, `common:*` and questionnaire keys (see `renderPdf`). */
  readonly t: Translate;
  readonly language: Language;
  /** Who ran the assessment, shown on the cover ("Assessed by"); null when not given. */
  readonly assessor: string | null;
  /** Who took part, shown on the cover when given. */
  readonly participants?: string | null;
  readonly generatedAt: Date;
  /**
   * Where links to the app's own pages (`/faq`, `/dpa`, a deployer's document given as a path)
   * start, such as `https://example.org`, from `pdfLinkBase`; null: the PDF names those pages
   * without a link (never a link to where the app happened to run, such as 127.0.0.1).
   */
  readonly appUrl: string | null;
  /** DejaVu Sans regular and bold, from `prepareFonts`. */
  readonly fonts: PdfFonts;
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
  /**
   * The workshop's notes and parked questions (`workshopNotes`), printed in their own chapter;
   * left out, or empty, prints none. The app passes them only when the person chose to include
   * the notes, the same choice that stores them in the file.
   */
  readonly workshopNotes?: readonly WorkshopNote[];
  /** Adds a "Progress since" chapter after the summary: how this assessment moved since an earlier one. */
  readonly comparison?: PdfComparison;
  /** Told after each chapter how much of the work is done, from 0 to 1 (1 once the file is written). */
  readonly onProgress?: (done: number) => void;
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
  /** https:// addresses, or paths on the app's origin (made absolute with `appUrl`, if any). */
  readonly links?: DeploymentLinks;
}

/** What the PDF needs to draw the "Progress since" chapter. */
export interface PdfComparison {
  readonly changes: ReportComparison;
  /** When the earlier assessment was made: its completion time, or its last save. */
  readonly since: Date;
  /** The earlier assessment's name in the list of assessments, if it has one. */
  readonly earlierName: string | null;
}
