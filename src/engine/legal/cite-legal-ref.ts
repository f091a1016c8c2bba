import type { Language } from '../questionnaire/questionnaire.schema';
import { GDPR_ARTICLES } from './gdpr-provisions';
import { parseLegalRef } from './legal-refs';

/**
 * A legal reference as a reader of the language expects to see it, naming its
 * act. The questionnaire stores references in one compact form ("Art. 28(3)(a)",
 * "Rec. 47", "UAVG 46"); Dutch legal writing cites "art. 28 lid 3 onder a AVG",
 * so a Dutch screen showing the stored form reads as a translation.
 *
 * English: "Art. 28(3)(a) GDPR", "Recital 47 GDPR", "Art. 46 UAVG".
 * Dutch: "art. 28 lid 3 onder a AVG", "art. 4 onder 11 AVG" (Art. 4's numbers
 * are definitions, not paragraphs; "art. 4 onder 16 sub b AVG"), "overweging 47
 * AVG", "art. 46 UAVG".
 *
 * A text that is not a reference in the stored form is returned unchanged.
 */
export function citeLegalRef(ref: string, language: Language): string {
  const parsed = parseLegalRef(ref);
  if (!parsed) return ref;
  const dutch = language === 'nl';
  switch (parsed.kind) {
    case 'recital':
      return dutch ? `overweging ${parsed.number} AVG` : `Recital ${parsed.number} GDPR`;
    case 'uavg':
      return dutch ? `art. ${parsed.article} UAVG` : `Art. ${parsed.article} UAVG`;
    case 'gdpr-article': {
      if (!dutch) return `${ref} GDPR`;
      const { article, paragraph, point } = parsed;
      const unit = GDPR_ARTICLES[article]?.numberedPoints ? 'onder' : 'lid';
      return [
        `art. ${article}`,
        paragraph === undefined ? '' : ` ${unit} ${paragraph}`,
        point === undefined ? '' : unit === 'onder' ? ` sub ${point}` : ` onder ${point}`,
        ' AVG',
      ].join('');
    }
  }
}

/**
 * A reference as {@link citeLegalRef} writes it, or in the stored form, inside
 * a longer text: what a PDF line links to EUR-Lex or the UAVG. Spaces may be
 * no-break spaces, which hold a reference on one line.
 */
export const CITED_LEGAL_REF =
  /(?:[Aa]rt\.[ \u00a0]\d+(?:\(\d+\))?(?:\([a-z]\))?(?:[ \u00a0](?:lid|onder)[ \u00a0]\d+)?(?:[ \u00a0](?:onder|sub)[ \u00a0][a-z])?|Rec\.[ \u00a0]\d+|Recital[ \u00a0]\d+|overweging[ \u00a0]\d+|UAVG[ \u00a0]\d+)(?:[ \u00a0](?:GDPR|AVG|UAVG))?/g;
