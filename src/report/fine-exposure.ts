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

/**
 * Member states whose law lets the supervisory authority fine public authorities
 * and bodies established there up to the fixed amounts of Art. 83(4) to (6)
 * (Art. 83(7)), by ISO 3166-1 code. The Netherlands: the UAVG gives the
 * Autoriteit Persoonsgegevens that power (fines on public bodies are possible, as
 * the EUR 2.75 m fine on the Tax Administration in 2021 shows). Other member states
 * decide differently (Germany largely excludes them), so they are left to
 * "depends on national law" until checked.
 */
export const PUBLIC_BODY_FIXED_CAPS: readonly string[] = ['NL'];

/** How the caps were worked out, see {@link fineExposure}. */
export const FINE_BASES = [
  'turnover',
  'fixed-caps',
  'not-undertaking',
  'public-body-fixed-caps',
  'national-law',
] as const satisfies readonly FineExposure['basis'][];

/**
 * What {@link fineExposure} assumed for an answer left open or "don't know". Each
 * assumption is the one that gives the higher maximum, and the report says so.
 */
export const FINE_ASSUMPTIONS = [
  'undertaking-assumed',
  'not-public-body-assumed',
] as const satisfies readonly FineExposure['assumptions'][number][];

/** What {@link fineExposure} needs to know. */
export interface FineExposureInput {
  /**
   * A public authority or body (Art. 83(7)); `unknown` is treated as not one,
   * which never gives a lower maximum, and is reported as an assumption.
   */
  readonly publicBody: boolean | 'unknown';
  /**
   * Worldwide annual turnover of the whole undertaking (the group, per CJEU
   * C-807/21 Deutsche Wohnen) in the preceding financial year, in euro; null when not given.
   */
  readonly turnover: number | null;
  /** The fine tier of every gap, one entry per gap; `none` entries raise no cap. */
  readonly gapTiers: readonly FineTier[];
  /**
   * Whether the organisation is an undertaking, that is, carries on an economic
   * activity: offers goods or services on a market, whatever its legal form or
   * funding (Rec. 150, by reference to Art. 101 and 102 TFEU). Only undertakings
   * face the turnover percentages. `unknown` (the default) counts as an undertaking
   * and is reported as an assumption. Ignored for a public body.
   */
  readonly undertaking?: 'yes' | 'no' | 'unknown';
  /**
   * ISO 3166-1 codes of the member states where the organisation is established;
   * decides which national law sets a public body's fines. Default: none.
   */
  readonly establishedIn?: readonly string[];
  /** The legal references of every gap, such as all `actions[].articles`, to pick the examples. */
  readonly gapArticles?: readonly string[];
  /** Number of people working for the organisation, to pick examples of its size; null when not known. */
  readonly employees?: number | null;
  /** The organisation's sector (the questionnaire's option id), to prefer examples from it. */
  readonly sector?: string | null;
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
 * - Caps per tier for an undertaking: Art. 83(4) max(EUR 10m, 2%), Art. 83(5)
 *   max(EUR 20m, 4%) of turnover (basis `turnover`). Below EUR 500m turnover the
 *   fixed amounts bind; at exactly EUR 500m both ways give the same amount. Without
 *   turnover the fixed amounts are shown (basis `fixed-caps`), which for a group
 *   above EUR 500m understates the maximum, as the report says.
 * - An organisation that is not an undertaking (no economic activity, such as an
 *   association or foundation that offers nothing on a market): the fixed amounts
 *   are the maximum, whatever its income (basis `not-undertaking`; Art. 83(4) and
 *   (5) apply the percentage "in the case of an undertaking" only, Rec. 150).
 *   "Don't know" or no answer counts as an undertaking: assumption `undertaking-assumed`.
 * - A public authority or body: national law decides (Art. 83(7)). Where that law
 *   is known to allow fines up to the fixed amounts ({@link PUBLIC_BODY_FIXED_CAPS},
 *   the Netherlands) those are the caps (basis `public-body-fixed-caps`, `nationalLaw`
 *   the country); otherwise no cap (basis `national-law`, caps and ceiling null).
 *   Unknown counts as not a public body: assumption `not-public-body-assumed`.
 * - The ceiling is the cap of the highest tier any gap falls in. Caps are not added
 *   up across gaps: for linked processing the total cannot exceed the gravest
 *   infringement's cap (Art. 83(3)). Unrelated infringements can be fined
 *   separately (EDPB Guidelines 04/2022), so the figure is the ceiling for one
 *   set of linked infringements, not for everything at once.
 * - No gap in either tier: `highestTier` is `none` and the ceiling null.
 * - `examples`: the enforcement cases to show next to it, see {@link relevantCases}.
 *
 * @throws RangeError when turnover is negative or not a finite number.
 * @example
 * fineExposure({ publicBody: false, undertaking: 'yes', turnover: 1_000_000_000, gapTiers: ['art83-4'] })
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

  const assumptions: FineExposure['assumptions'][number][] = [];
  const isPublic = publicBody === true;
  if (publicBody === 'unknown') assumptions.push('not-public-body-assumed');
  const nationalLaw = isPublic
    ? ((input.establishedIn ?? []).find((c) => PUBLIC_BODY_FIXED_CAPS.includes(c)) ?? null)
    : null;
  const undertaking = input.undertaking ?? 'unknown';
  if (!isPublic && undertaking === 'unknown') assumptions.push('undertaking-assumed');

  const basis: FineExposure['basis'] = isPublic
    ? nationalLaw !== null
      ? 'public-body-fixed-caps'
      : 'national-law'
    : undertaking === 'no'
      ? 'not-undertaking'
      : turnover === null
        ? 'fixed-caps'
        : 'turnover';
  const capFor = (tier: typeof LOWER_TIER | typeof UPPER_TIER): number | null =>
    basis === 'national-law'
      ? null
      : basis === 'turnover'
        ? tierCap(tier, turnover)
        : tier.fixedCap;

  const lowerCap: FineTierCap = { cap: capFor(LOWER_TIER), gaps: lower };
  const upperCap: FineTierCap = { cap: capFor(UPPER_TIER), gaps: upper };
  const ceiling =
    highestTier === 'art83-5' ? upperCap.cap : highestTier === 'art83-4' ? lowerCap.cap : null;

  const examples = relevantCases(input.gapArticles ?? [], {
    scale: organisationScale(input.employees ?? null, turnover),
    publicBody: isPublic,
    sector: input.sector ?? null,
  }).map((c) => c.id);

  return {
    basis,
    nationalLaw,
    assumptions,
    turnover,
    tiers: { 'art83-4': lowerCap, 'art83-5': upperCap },
    highestTier,
    ceiling,
    examples,
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
 * How big an organisation is, for picking enforcement examples of its size: by
 * the EU's SME thresholds (Commission Recommendation 2003/361/EC) for staff
 * (under 50 small, under 250 medium) and turnover (up to EUR 10 m small, up to
 * EUR 50 m medium), and `very-large` above EUR 500 m turnover, where the Art. 83
 * percentages start to exceed the fixed amounts.
 */
export type OrganisationScale = 'small' | 'medium' | 'large' | 'very-large';

const SCALES: readonly OrganisationScale[] = ['small', 'medium', 'large', 'very-large'];

/**
 * The scale of an organisation: the larger of what its staff and its turnover
 * say, or null when neither is known.
 *
 * @example
 * organisationScale(5, null) // 'small'
 * organisationScale(40, 80_000_000) // 'large'
 */
export function organisationScale(
  employees: number | null,
  turnover: number | null,
): OrganisationScale | null {
  const byStaff = employees === null ? null : employees < 50 ? 0 : employees < 250 ? 1 : 2;
  const byTurnover =
    turnover === null
      ? null
      : turnover <= 10_000_000
        ? 0
        : turnover <= 50_000_000
          ? 1
          : turnover <= 500_000_000
            ? 2
            : 3;
  if (byStaff === null && byTurnover === null) return null;
  return SCALES[Math.max(byStaff ?? 0, byTurnover ?? 0)]!;
}

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
   * month of the decision or of its announcement is verified.
   */
  readonly date: string;
  readonly organisation: string;
  readonly amountEur: number;
  /**
   * GDPR articles infringed, as named in the decision or the brief; where only
   * the obligation is named (no legal basis, transparency, access requests), the
   * article that sets it, without a paragraph.
   */
  readonly articles: readonly string[];
  /** Translation key of the short reason, such as `late-breach-notification`. */
  readonly reason: string;
  /**
   * The scale of the organisation fined, as reported (staff, or a group's
   * worldwide reach); for the anonymous or small ones, as the decision shows it.
   */
  readonly scale: OrganisationScale;
  /** Fined as a public authority or body (Art. 83(7)). */
  readonly publicBody: boolean;
  /** The sector, as the questionnaire's `sector` option id, where it is clear. */
  readonly sector: string | null;
}

/**
 * Verified fines, largest first: the GDPR brief (section 22) and the Dutch
 * authority's own decisions. Chosen to cover the gaps the questionnaire finds
 * most (transfers, lawful basis, transparency and access requests, special-category
 * data, security and breach notification) at every size, from a EUR 6,000 fine on
 * a small recruitment agency to the EUR 1.2 bn fine on Meta, and for public bodies.
 * Cases with an unverified date or an unsettled outcome (KNLTB, Deutsche Wohnen,
 * Amazon, HagaZiekenhuis, the anonymous employer fined over fingerprint clocks) are
 * left out.
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
    scale: 'very-large',
    publicBody: false,
    sector: 'software-it',
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
    scale: 'very-large',
    publicBody: false,
    sector: 'software-it',
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
    scale: 'very-large',
    publicBody: false,
    sector: 'software-it',
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
    scale: 'very-large',
    publicBody: false,
    sector: null,
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
    scale: 'very-large',
    publicBody: false,
    sector: 'software-it',
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
    scale: 'very-large',
    publicBody: false,
    sector: null,
  },
  {
    id: 'tax-administration-2021',
    authority: 'AP',
    country: 'NL',
    date: '2021-12',
    organisation: 'Belastingdienst (Minister of Finance)',
    amountEur: 2_750_000,
    articles: ['Art. 5(1)(a)'],
    reason: 'discriminatory-nationality-data',
    scale: 'large',
    publicBody: true,
    sector: 'public-sector',
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
    scale: 'very-large',
    publicBody: false,
    sector: 'software-it',
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
    scale: 'very-large',
    publicBody: false,
    sector: 'retail-ecommerce',
  },
  {
    id: 'uwv-2021',
    authority: 'AP',
    country: 'NL',
    date: '2021-07',
    organisation: 'UWV',
    amountEur: 450_000,
    articles: ['Art. 32(1)'],
    reason: 'insecure-group-messages',
    scale: 'large',
    publicBody: true,
    sector: 'public-sector',
  },
  {
    id: 'olvg-2020',
    authority: 'AP',
    country: 'NL',
    date: '2020-11-26',
    organisation: 'OLVG',
    amountEur: 440_000,
    articles: ['Art. 32(1)'],
    reason: 'patient-record-access',
    scale: 'large',
    publicBody: false,
    sector: 'healthcare',
  },
  {
    id: 'pvv-overijssel-2021',
    authority: 'AP',
    country: 'NL',
    date: '2021-05',
    organisation: 'PVV Overijssel',
    amountEur: 7_500,
    articles: ['Art. 33(1)'],
    reason: 'unreported-breach',
    scale: 'small',
    publicBody: false,
    sector: 'non-profit',
  },
  {
    id: 'apg-2020',
    authority: 'AP',
    country: 'NL',
    date: '2020-07',
    organisation: 'Ambitious People Group',
    amountEur: 6_000,
    articles: ['Art. 17(1)', 'Art. 12(3)'],
    reason: 'erasure-requests-ignored',
    scale: 'small',
    publicBody: false,
    sector: null,
  },
];

/** The article number of a GDPR reference ("Art. 33(1)" → 33), or null for a recital or national law. */
export function articleNumber(ref: string): number | null {
  const match = /^Art\. (\d+)/.exec(ref);
  return match ? Number(match[1]) : null;
}

/** Who the examples are for: what {@link relevantCases} weighs besides the gaps. */
export interface CaseProfile {
  /** The organisation's scale; null (not known) ranks as `medium`, so examples span the sizes. */
  readonly scale: OrganisationScale | null;
  readonly publicBody: boolean;
  /** The questionnaire's `sector` option id, or null. */
  readonly sector: string | null;
}

/**
 * Picks the enforcement cases to show an organisation, so that a five-person shop
 * sees fines on organisations like itself rather than only the largest fines there are.
 *
 * Cases are ranked by, in turn:
 * 1. closeness in size: the number of {@link OrganisationScale} steps between the
 *    organisation and the one fined, plus one when one of them is a public body and
 *    the other not;
 * 2. relevance to the gaps: how many of the case's articles (by number: "Art. 13(1)(f)"
 *    matches a gap citing "Art. 13(2)") are among the gaps' articles;
 * 3. the same sector;
 * 4. the list order (largest fine first).
 *
 * Without a profile every case is equally close, so the gaps decide, as for a
 * very large organisation.
 *
 * @param gapArticles the legal references of every gap, such as all `actions[].articles`.
 * @example
 * relevantCases(report.actions.flatMap((a) => a.articles), { scale: 'small', publicBody: false, sector: null })
 */
export function relevantCases(
  gapArticles: readonly string[],
  profile?: CaseProfile,
  count = 3,
  cases: readonly EnforcementCase[] = ENFORCEMENT_CASES,
): EnforcementCase[] {
  const gapNumbers = new Set(gapArticles.map(articleNumber).filter((n) => n !== null));
  const matches = (c: EnforcementCase) =>
    new Set(c.articles.map(articleNumber).filter((n) => n !== null && gapNumbers.has(n))).size;
  const own = profile ? SCALES.indexOf(profile.scale ?? 'medium') : null;
  const distance = (c: EnforcementCase) =>
    own === null || !profile
      ? 0
      : Math.abs(SCALES.indexOf(c.scale) - own) + (c.publicBody === profile.publicBody ? 0 : 1);
  const sameSector = (c: EnforcementCase) =>
    profile?.sector != null && c.sector === profile.sector ? 1 : 0;

  return cases
    .map((c, index) => ({
      c,
      index,
      distance: distance(c),
      score: matches(c),
      sector: sameSector(c),
    }))
    .sort(
      (a, b) =>
        a.distance - b.distance || b.score - a.score || b.sector - a.sector || a.index - b.index,
    )
    .slice(0, count)
    .map((x) => x.c);
}

/** The cases with these ids, in that order; unknown ids are skipped. */
export function casesById(ids: readonly string[]): EnforcementCase[] {
  return ids.flatMap((id) => ENFORCEMENT_CASES.filter((c) => c.id === id));
}
