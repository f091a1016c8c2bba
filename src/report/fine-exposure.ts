import type { FineTier } from '../engine/questionnaire/questionnaire.schema';
import type { FineExposure, FineTierCap } from './report.types';

/**
 * The statutory fine ceiling a set of gaps exposes an organisation to, and the
 * context the report shows next to it: the Art. 83(2) factors and a few real
 * enforcement cases. Every figure is a legal maximum, never a prediction.
 */

/** Art. 83(4): EUR 10 million, or 2% of worldwide annual turnover if higher. */
export const LOWER_TIER = { fixedCap: 10_000_000, turnoverPercent: 2 } as const;

/** Art. 83(5) (and 83(6)): EUR 20 million, or 4% of worldwide annual turnover if higher. */
export const UPPER_TIER = { fixedCap: 20_000_000, turnoverPercent: 4 } as const;

/** What {@link fineExposure} needs to know. */
export interface FineExposureInput {
  /**
   * A public authority or body: whether and how much it can be fined is for
   * national law (Art. 83(7)), so no cap is given.
   */
  readonly publicBody: boolean;
  /**
   * Worldwide annual turnover of the whole undertaking (the group, per CJEU
   * C-807/21 Deutsche Wohnen) in the preceding financial year, in euro; null when not given.
   */
  readonly turnover: number | null;
  /** The fine tier of every gap, one entry per gap; `none` entries raise no cap. */
  readonly gapTiers: readonly FineTier[];
}

/** A tier's cap: the fixed amount, or the turnover percentage when that is higher. */
function tierCap(tier: typeof LOWER_TIER | typeof UPPER_TIER, turnover: number | null): number {
  if (turnover === null) return tier.fixedCap;
  // Multiply before dividing: 500_000_000 * 2 / 100 is exactly 10_000_000, 0.02 * 500_000_000 is not.
  return Math.max(tier.fixedCap, (turnover * tier.turnoverPercent) / 100);
}

/**
 * Works out the statutory fine ceiling for a set of gaps.
 *
 * - Caps per tier: Art. 83(4) max(EUR 10m, 2%), Art. 83(5) max(EUR 20m, 4%) of
 *   turnover. Below EUR 500m turnover the fixed amounts bind; at exactly EUR 500m
 *   both ways give the same amount.
 * - Without turnover the fixed caps apply (basis `fixed-caps`); for a public body
 *   national law decides (basis `national-law`, caps and ceiling null, Art. 83(7)).
 * - The ceiling is the cap of the highest tier any gap falls in. Caps are not added
 *   up across gaps: for linked processing the total cannot exceed the gravest
 *   infringement's cap (Art. 83(3)). Unrelated infringements can be fined
 *   separately (EDPB Guidelines 04/2022), so the figure is the ceiling for one
 *   set of linked infringements, not for everything at once.
 * - No gap in either tier: `highestTier` is `none` and the ceiling null.
 *
 * @throws RangeError when turnover is negative or not a finite number.
 * @example
 * fineExposure({ publicBody: false, turnover: 1_000_000_000, gapTiers: ['art83-4'] })
 * // { basis: 'turnover', highestTier: 'art83-4', ceiling: 20_000_000, ... }
 */
export function fineExposure(input: FineExposureInput): FineExposure {
  const { publicBody, turnover, gapTiers } = input;
  if (turnover !== null && !(Number.isFinite(turnover) && turnover >= 0))
    throw new RangeError(`turnover must be a finite amount of at least 0, not ${turnover}`);

  const count = (tier: FineTier) => gapTiers.filter((t) => t === tier).length;
  const lower = count('art83-4');
  const upper = count('art83-5');
  const highestTier: FineTier = upper > 0 ? 'art83-5' : lower > 0 ? 'art83-4' : 'none';
  const basis: FineExposure['basis'] = publicBody
    ? 'national-law'
    : turnover === null
      ? 'fixed-caps'
      : 'turnover';

  const lowerCap: FineTierCap = {
    cap: publicBody ? null : tierCap(LOWER_TIER, turnover),
    gaps: lower,
  };
  const upperCap: FineTierCap = {
    cap: publicBody ? null : tierCap(UPPER_TIER, turnover),
    gaps: upper,
  };
  const ceiling =
    highestTier === 'art83-5' ? upperCap.cap : highestTier === 'art83-4' ? lowerCap.cap : null;

  return {
    basis,
    turnover,
    tiers: { 'art83-4': lowerCap, 'art83-5': upperCap },
    highestTier,
    ceiling,
  };
}

/**
 * The factors an authority weighs when deciding whether to fine and how much,
 * Art. 83(2)(a)-(k), in that order. Ids only: the text is
 * translated by the report. They explain why an actual fine usually sits far
 * below the ceiling (cooperation, mitigation, self-notification) or near it
 * (intent, earlier infringements).
 */
export const FINE_FACTORS = [
  'nature-gravity-duration',
  'intent-negligence',
  'mitigation',
  'responsibility-measures',
  'previous-infringements',
  'cooperation',
  'data-categories',
  'how-known',
  'compliance-with-orders',
  'codes-certification',
  'other-factors',
] as const;

/** One of the Art. 83(2) factors, see {@link FINE_FACTORS}. */
export type FineFactor = (typeof FINE_FACTORS)[number];

/**
 * A real fine, shown for context next to the ceiling. Holds facts and ids only:
 * `reason` is a translation key for the short explanation.
 */
export interface EnforcementCase {
  /** Stable kebab-case id: organisation and year announced. */
  readonly id: string;
  /** The supervisory authority's usual abbreviation, such as `AP` or `DPC`. */
  readonly authority: string;
  /** ISO 3166-1 alpha-2 country code of the authority. */
  readonly country: string;
  /**
   * Date of the decision, ISO 8601: `yyyy-mm-dd`, or `yyyy-mm` where only the
   * month is verified.
   */
  readonly date: string;
  readonly organisation: string;
  readonly amountEur: number;
  /**
   * GDPR articles infringed, as named in the brief; where the brief names the
   * obligation rather than the article (no legal basis, transparency, access
   * requests), the article that sets it, without a paragraph.
   */
  readonly articles: readonly string[];
  /** Translation key of the short reason, such as `late-breach-notification`. */
  readonly reason: string;
}

/**
 * Verified fines from the GDPR brief (section 22), largest first. Chosen to cover
 * the gaps the questionnaire finds most: transfers, lawful basis, transparency and
 * access requests, special-category data and breach notification. Cases with an
 * unverified date or an unsettled outcome (KNLTB, Deutsche Wohnen, Amazon) are left out.
 */
export const ENFORCEMENT_CASES: readonly EnforcementCase[] = [
  {
    id: 'meta-2023',
    authority: 'DPC',
    country: 'IE',
    date: '2023-05-12',
    organisation: 'Meta Platforms Ireland',
    amountEur: 1_200_000_000,
    articles: ['Art. 46(1)'],
    reason: 'transfers-without-safeguards',
  },
  {
    id: 'tiktok-2025',
    authority: 'DPC',
    country: 'IE',
    date: '2025-05-02',
    organisation: 'TikTok Technology',
    amountEur: 530_000_000,
    articles: ['Art. 46(1)', 'Art. 13(1)(f)'],
    reason: 'transfers-remote-access',
  },
  {
    id: 'linkedin-2024',
    authority: 'DPC',
    country: 'IE',
    date: '2024-10-22',
    organisation: 'LinkedIn Ireland',
    amountEur: 310_000_000,
    articles: ['Art. 6'],
    reason: 'no-lawful-basis-advertising',
  },
  {
    id: 'uber-2024',
    authority: 'AP',
    country: 'NL',
    date: '2024-08',
    organisation: 'Uber',
    amountEur: 290_000_000,
    articles: ['Art. 44'],
    reason: 'transfers-without-tool',
  },
  {
    id: 'clearview-2024',
    authority: 'AP',
    country: 'NL',
    date: '2024-09',
    organisation: 'Clearview AI',
    amountEur: 30_500_000,
    articles: ['Art. 6', 'Art. 9', 'Art. 12', 'Art. 15'],
    reason: 'biometric-scraping',
  },
  {
    id: 'netflix-2024',
    authority: 'AP',
    country: 'NL',
    date: '2024-11-26',
    organisation: 'Netflix',
    amountEur: 4_750_000,
    articles: ['Art. 12', 'Art. 13', 'Art. 15'],
    reason: 'unclear-notice-access-requests',
  },
  {
    id: 'tiktok-nl-2021',
    authority: 'AP',
    country: 'NL',
    date: '2021-07',
    organisation: 'TikTok Inc.',
    amountEur: 750_000,
    articles: ['Art. 12(1)'],
    reason: 'notice-language',
  },
  {
    id: 'booking-2021',
    authority: 'AP',
    country: 'NL',
    date: '2020-12-10',
    organisation: 'Booking.com',
    amountEur: 475_000,
    articles: ['Art. 33(1)'],
    reason: 'late-breach-notification',
  },
];

/**
 * Cases shown when too few match a report's gaps: the largest fine, a large
 * Dutch one and a small, relatable one, across transfers and breaches.
 */
export const WELL_KNOWN_CASES: readonly string[] = ['meta-2023', 'uber-2024', 'booking-2021'];

/** The article number of a GDPR reference ("Art. 33(1)" → 33), or null for a recital or national law. */
export function articleNumber(ref: string): number | null {
  const match = /^Art\. (\d+)/.exec(ref);
  return match ? Number(match[1]) : null;
}

/**
 * Picks the enforcement cases most relevant to a report's gaps.
 *
 * A case is relevant when one of its articles (by number: "Art. 13(1)(f)" matches a
 * gap citing "Art. 13(2)") is among the gaps' articles; the more of its articles
 * match, the more relevant, ties keeping the list order (largest fine first).
 * When fewer than `count` match, {@link WELL_KNOWN_CASES} fill the rest.
 *
 * @param gapArticles the legal references of every gap, such as all `actions[].articles`.
 * @example
 * relevantCases(report.actions.flatMap((a) => a.articles))
 */
export function relevantCases(
  gapArticles: readonly string[],
  count = 3,
  cases: readonly EnforcementCase[] = ENFORCEMENT_CASES,
): EnforcementCase[] {
  const gapNumbers = new Set(gapArticles.map(articleNumber).filter((n) => n !== null));
  const matches = (c: EnforcementCase) =>
    new Set(c.articles.map(articleNumber).filter((n) => n !== null && gapNumbers.has(n))).size;

  const ranked = cases
    .map((c, index) => ({ c, index, score: matches(c) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || a.index - b.index)
    .map((x) => x.c);
  const fallback = WELL_KNOWN_CASES.map((id) => cases.find((c) => c.id === id)).filter(
    (c): c is EnforcementCase => c !== undefined,
  );
  const picked: EnforcementCase[] = [];
  for (const c of [...ranked, ...fallback, ...cases])
    if (picked.length < count && !picked.includes(c)) picked.push(c);
  return picked;
}
