import { ReportTexts } from '../report-texts';
import type { EmbeddedPart } from './embedded-session';

export { GDPR_URL, ReportTexts, UAVG_URL, legalRefUrl, type Translate } from '../report-texts';

/** The report's texts, and what only a PDF of the app says: what its file stores. */
export class PdfTexts extends ReportTexts {
  /**
   * What the PDF file stores besides its pages, from the parts it holds (see
   * `embeddedParts`), and that it holds no workshop notes when it does not.
   */
  embedded(parts: readonly EmbeddedPart[]): string {
    const names = parts.map((part) => this.t(`report:embedded.parts.${part}`));
    const stored =
      names.length === 0
        ? this.t('report:embedded.nothing')
        : this.t('report:embedded.stored', {
            parts: new Intl.ListFormat(this.locale, { type: 'conjunction' }).format(names),
          });
    return parts.includes('notes') ? stored : `${stored} ${this.t('report:embedded.noNotes')}`;
  }
}
