import type { Language } from '../questionnaire/questionnaire.schema';
import { GDPR_ARTICLES } from './gdpr-provisions';
import { parseLegalRef } from './legal-refs';
import { NATIONAL_ACTS } from './national-acts';

/**
 * A legal reference as a reader of the language expects to see it, naming its
 * act. The questionnaire stores references in one compact form ("Art. 28(3)(a)",
 * "Rec. 47", "UAVG 46"); Dutch legal writing cites "art. 28 lid 3 onder a AVG",
 * so a Dutch screen showing the stored form reads as a translation.
 *
 * English: "Art. 28(3)(a) GDPR", "Recital 47 GDPR", "Art. 46 UAVG", "§ 38(1) BDSG".
 * Dutch: "art. 28 lid 3 onder a AVG", "art. 4 onder 11 AVG" (Art. 4's numbers
 * are definitions, not paragraphs; "art. 4 onder 16 sub b AVG"), "overweging 47
 * AVG", "art. 46 UAVG", "§ 38 lid 1 BDSG". A national act keeps the name its own
 * country gives it ("databeskyttelsesloven", "loi Informatique et Libertés").
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
    case 'national': {
      const { sign, citedAs } = NATIONAL_ACTS[parsed.act];
      const head = sign === '§' ? '§' : dutch ? 'art.' : 'Art.';
      const paragraph =
        parsed.paragraph === undefined
          ? ''
          : dutch
            ? ` lid ${parsed.paragraph}`
            : `(${parsed.paragraph})`;
      return `${head} ${parsed.article}${paragraph} ${citedAs}`;
    }
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
 * a longer text: what a PDF line links to EUR-Lex or a national act. Spaces may be
 * no-break spaces, which hold a reference on one line.
 */
export const CITED_LEGAL_REF =
  /(?:[Aa]rt\.[ \u00a0]\d+(?:\(\d+\))?(?:\([a-z]\))?(?:[ \u00a0](?:lid|onder)[ \u00a0]\d+)?(?:[ \u00a0](?:onder|sub)[ \u00a0][a-z])?|Rec\.[ \u00a0]\d+|Recital[ \u00a0]\d+|overweging[ \u00a0]\d+|§[ \u00a0]\d+(?:\(\d+\))?(?:[ \u00a0]lid[ \u00a0]\d+)?|(?:UAVG|BDSG|DBL|LIL)[ \u00a0]\d+(?:\(\d+\))?)(?:[ \u00a0](?:GDPR|AVG|UAVG|BDSG|databeskyttelsesloven|loi[ \u00a0]Informatique[ \u00a0]et[ \u00a0]Libertés))?/g;
