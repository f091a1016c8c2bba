import { GDPR_ARTICLE_COUNT, GDPR_ARTICLES, GDPR_RECITAL_COUNT } from './gdpr-provisions';
import { NATIONAL_ACT_NAMES, NATIONAL_ACTS, type NationalActName } from './national-acts';

/** A legal reference as the questionnaire writes it, taken apart. */
export type LegalRef =
  | {
      readonly kind: 'gdpr-article';
      readonly article: number;
      /** The numbered paragraph; for Art. 4, the number of the definition. */
      readonly paragraph?: number;
      /** The point letter, within the paragraph or (Art. 50) directly within the article. */
      readonly point?: string;
    }
  | { readonly kind: 'recital'; readonly number: number }
  | {
      /** A provision of a national act (`national-acts.ts`): "UAVG 46", "BDSG 38(1)". */
      readonly kind: 'national';
      readonly act: NationalActName;
      /** The article, or for an act numbered by sections, the section (§). */
      readonly article: number;
      readonly paragraph?: number;
    };

const NUMBER = '(0|[1-9]\\d*)';
const GDPR_ARTICLE = new RegExp(`^Art\\. ${NUMBER}(?:\\(${NUMBER}\\))?(?:\\(([a-z])\\))?$`);
const RECITAL = new RegExp(`^Rec\\. ${NUMBER}$`);
const NATIONAL = new RegExp(`^(${NATIONAL_ACT_NAMES.join('|')}) ${NUMBER}(?:\\(${NUMBER}\\))?$`);

/**
 * Takes apart a reference written as "Art. 28(3)(a)", "Art. 87", "Art. 50(a)",
 * "Rec. 47", "UAVG 46" or "BDSG 38(1)". Returns null for anything else, including numbers
 * with leading zeros. Whether the provision exists is not checked here; see
 * {@link legalRefProblem}.
 */
export function parseLegalRef(ref: string): LegalRef | null {
  const article = GDPR_ARTICLE.exec(ref);
  if (article) {
    const [, number, paragraph, point] = article;
    return {
      kind: 'gdpr-article',
      article: Number(number),
      ...(paragraph !== undefined && { paragraph: Number(paragraph) }),
      ...(point !== undefined && { point }),
    };
  }
  const recital = RECITAL.exec(ref);
  if (recital) return { kind: 'recital', number: Number(recital[1]) };
  const national = NATIONAL.exec(ref);
  if (national) {
    const [, act, number, paragraph] = national;
    return {
      kind: 'national',
      act: act as NationalActName,
      article: Number(number),
      ...(paragraph !== undefined && { paragraph: Number(paragraph) }),
    };
  }
  return null;
}

/**
 * Says why a reference does not name a real provision, in a short English
 * sentence ("Art. 28 has no paragraph 11", "Art. 33(1) has no point (c)",
 * "the GDPR has 173 recitals"), or returns null when it does.
 */
export function legalRefProblem(ref: string): string | null {
  const parsed = parseLegalRef(ref);
  if (!parsed)
    return `"${ref}" is not a legal reference like "Art. 28(3)(a)", "Rec. 47" or "UAVG 46"`;
  switch (parsed.kind) {
    case 'recital':
      return inRange(parsed.number, GDPR_RECITAL_COUNT)
        ? null
        : `the GDPR has ${GDPR_RECITAL_COUNT} recitals`;
    case 'national': {
      const { provisions, sign } = NATIONAL_ACTS[parsed.act];
      return inRange(parsed.article, provisions)
        ? null
        : `the ${parsed.act} has ${provisions} ${sign === '§' ? 'sections' : 'articles'}`;
    }
    case 'gdpr-article':
      return articleProblem(parsed.article, parsed.paragraph, parsed.point);
  }
}

function articleProblem(
  number: number,
  paragraph: number | undefined,
  point: string | undefined,
): string | null {
  const article = inRange(number, GDPR_ARTICLE_COUNT) ? GDPR_ARTICLES[number] : undefined;
  if (!article) return `the GDPR has ${GDPR_ARTICLE_COUNT} articles`;
  const name = `Art. ${number}`;
  if (paragraph === undefined) {
    if (point === undefined || lettersUpTo(article.ownPoints).includes(point)) return null;
    return `${name} has no point (${point})`;
  }
  if (article.paragraphs === 0) return `${name} has no numbered paragraphs`;
  if (!inRange(paragraph, article.paragraphs))
    return article.numberedPoints
      ? `${name} has no point (${paragraph})`
      : `${name} has no paragraph ${paragraph}`;
  if (point === undefined || lettersUpTo(article.points?.[paragraph]).includes(point)) return null;
  return `${name}(${paragraph}) has no point (${point})`;
}

function inRange(n: number, max: number): boolean {
  return n >= 1 && n <= max;
}

/** "a" up to and including `last`; none when there is no list. */
function lettersUpTo(last: string | undefined): string {
  if (last === undefined) return '';
  return 'abcdefghijklmnopqrstuvwxyz'.slice(0, last.charCodeAt(0) - 'a'.charCodeAt(0) + 1);
}
