import { describe, expect, it } from 'vitest';
import { IdSchema, LegalRefSchema } from '../engine/questionnaire/questionnaire.schema';
import {
  ENFORCEMENT_CASES,
  FINE_FACTORS,
  articleNumber,
  casesById,
  fineExposure,
  organisationScale,
  relevantCases,
} from './fine-exposure';

const company = (
  turnover: number | null,
  gapTiers: Parameters<typeof fineExposure>[0]['gapTiers'],
) => fineExposure({ publicBody: false, undertaking: 'yes', turnover, gapTiers });

describe('Art. 83(4) and (5): an undertaking, by its turnover', () => {
  it('uses the fixed caps at exactly EUR 500 m, where 2% and 4% equal them', () => {
    const fines = company(500_000_000, ['art83-5']);
    expect(fines.basis).toBe('turnover');
    expect(fines.tiers['art83-4'].cap).toBe(10_000_000);
    expect(fines.tiers['art83-5'].cap).toBe(20_000_000);
  });

  it('uses 2% and 4% of EUR 1 bn: 20 m and 40 m', () => {
    const fines = company(1_000_000_000, ['art83-5']);
    expect(fines.tiers['art83-4'].cap).toBe(20_000_000);
    expect(fines.tiers['art83-5'].cap).toBe(40_000_000);
    expect(fines.ceiling).toBe(40_000_000);
  });

  it('keeps the fixed caps just below EUR 500 m', () => {
    const fines = company(499_999_999, ['art83-5']);
    expect(fines.tiers['art83-4'].cap).toBe(10_000_000);
    expect(fines.tiers['art83-5'].cap).toBe(20_000_000);
  });

  it('lets the percentage govern just above EUR 500 m', () => {
    const fines = company(500_000_001, ['art83-5']);
    expect(fines.tiers['art83-4'].cap).toBe(10_000_000.02);
    expect(fines.tiers['art83-5'].cap).toBe(20_000_000.04);
    expect(fines.ceiling).toBe(20_000_000.04);
  });

  it('uses the fixed caps without a turnover', () => {
    const fines = company(null, ['art83-5']);
    expect(fines).toMatchObject({
      basis: 'fixed-caps',
      nationalLaw: null,
      assumptions: [],
      turnover: null,
      tiers: { 'art83-4': { cap: 10_000_000, gaps: 0 }, 'art83-5': { cap: 20_000_000, gaps: 1 } },
      highestTier: 'art83-5',
      ceiling: 20_000_000,
    });
  });

  it('treats a turnover of 0 as given: the fixed amounts still bind', () => {
    const fines = company(0, ['art83-4']);
    expect(fines.basis).toBe('turnover');
    expect(fines.ceiling).toBe(10_000_000);
  });

  it('rejects a negative or non-finite turnover', () => {
    expect(() => company(-1, [])).toThrow(RangeError);
    expect(() => company(Number.NaN, [])).toThrow(RangeError);
    expect(() => company(Infinity, [])).toThrow(RangeError);
  });
});

describe('Art. 83(4) and (5), Rec. 150: an organisation that is not an undertaking', () => {
  it('Rec. 150: a tennis association that sells nothing on a market faces only EUR 10 m and 20 m, whatever its income', () => {
    const fines = fineExposure({
      publicBody: false,
      undertaking: 'no',
      turnover: 900_000_000,
      gapTiers: ['art83-4', 'art83-5'],
    });
    expect(fines.basis).toBe('not-undertaking');
    expect(fines.tiers['art83-4'].cap).toBe(10_000_000);
    expect(fines.tiers['art83-5'].cap).toBe(20_000_000);
    expect(fines.ceiling).toBe(20_000_000);
    expect(fines.assumptions).toEqual([]);
  });

  it('Art. 83(5): "don\'t know" on economic activity never lowers the maximum: a EUR 2 bn foundation is treated as an undertaking, and told so', () => {
    const fines = fineExposure({
      publicBody: false,
      undertaking: 'unknown',
      turnover: 2_000_000_000,
      gapTiers: ['art83-5'],
    });
    expect(fines.basis).toBe('turnover');
    expect(fines.ceiling).toBe(80_000_000);
    expect(fines.assumptions).toEqual(['undertaking-assumed']);
  });

  it('assumes an undertaking when nothing is said about it', () => {
    const fines = fineExposure({ publicBody: false, turnover: null, gapTiers: ['art83-4'] });
    expect(fines.basis).toBe('fixed-caps');
    expect(fines.assumptions).toEqual(['undertaking-assumed']);
  });
});

describe('Art. 83(7): public authorities and bodies', () => {
  it('Art. 83(7) / UAVG: a Dutch municipality can be fined up to the fixed amounts, with Dutch law named', () => {
    const fines = fineExposure({
      publicBody: true,
      establishedIn: ['NL'],
      turnover: null,
      gapTiers: ['art83-4', 'art83-5'],
    });
    expect(fines).toMatchObject({
      basis: 'public-body-fixed-caps',
      nationalLaw: 'NL',
      assumptions: [],
      tiers: { 'art83-4': { cap: 10_000_000, gaps: 1 }, 'art83-5': { cap: 20_000_000, gaps: 1 } },
      highestTier: 'art83-5',
      ceiling: 20_000_000,
    });
  });

  it('Art. 83(7): a German district authority is left to national law: no caps, no ceiling', () => {
    const fines = fineExposure({
      publicBody: true,
      establishedIn: ['DE'],
      turnover: 1_000_000_000,
      gapTiers: ['art83-5', 'art83-4'],
    });
    expect(fines.basis).toBe('national-law');
    expect(fines.nationalLaw).toBeNull();
    expect(fines.tiers['art83-4']).toEqual({ cap: null, gaps: 1 });
    expect(fines.tiers['art83-5']).toEqual({ cap: null, gaps: 1 });
    expect(fines.highestTier).toBe('art83-5');
    expect(fines.ceiling).toBeNull();
  });

  it('Art. 83(7): a public body with establishments in Belgium and the Netherlands falls under Dutch law for its Dutch fines', () => {
    const fines = fineExposure({
      publicBody: true,
      establishedIn: ['BE', 'NL'],
      turnover: null,
      gapTiers: ['art83-4'],
    });
    expect(fines.basis).toBe('public-body-fixed-caps');
    expect(fines.ceiling).toBe(10_000_000);
  });

  it('Art. 83(7): unsure whether it is a public body, a Dutch water company gets the maximums for others, and is told why', () => {
    const fines = fineExposure({
      publicBody: 'unknown',
      undertaking: 'yes',
      establishedIn: ['NL'],
      turnover: 800_000_000,
      gapTiers: ['art83-5'],
    });
    expect(fines.basis).toBe('turnover');
    expect(fines.ceiling).toBe(32_000_000);
    expect(fines.assumptions).toEqual(['not-public-body-assumed']);
  });
});

describe('fineExposure ceiling', () => {
  it('takes the lower-tier cap when only lower-tier gaps exist', () => {
    const fines = company(1_000_000_000, ['art83-4', 'art83-4', 'none']);
    expect(fines.highestTier).toBe('art83-4');
    expect(fines.ceiling).toBe(fines.tiers['art83-4'].cap);
    expect(fines.ceiling).toBe(20_000_000);
    expect(fines.tiers['art83-4'].gaps).toBe(2);
    expect(fines.tiers['art83-5'].gaps).toBe(0);
  });

  it('takes the upper-tier cap once, however many gaps of either tier (Art. 83(3))', () => {
    const fines = company(null, ['art83-4', 'art83-5', 'art83-5', 'art83-4', 'art83-4']);
    expect(fines.highestTier).toBe('art83-5');
    expect(fines.ceiling).toBe(20_000_000);
    expect(fines.tiers['art83-4'].gaps).toBe(3);
    expect(fines.tiers['art83-5'].gaps).toBe(2);
  });

  it('has no ceiling without gaps, or with gaps Art. 83 names no tier for', () => {
    for (const gapTiers of [[], ['none']] as const) {
      const fines = company(2_000_000_000, gapTiers);
      expect(fines.highestTier).toBe('none');
      expect(fines.ceiling).toBeNull();
      expect(fines.tiers['art83-5'].cap).toBe(80_000_000);
    }
  });
});

describe('FINE_FACTORS', () => {
  it('lists the eleven Art. 83(2) factors (a)-(k) once each, as ids', () => {
    expect(FINE_FACTORS).toHaveLength(11);
    expect(new Set(FINE_FACTORS).size).toBe(11);
    for (const id of FINE_FACTORS) expect(IdSchema.safeParse(id).success).toBe(true);
    expect(FINE_FACTORS[0]).toBe('nature-gravity-duration');
    expect(FINE_FACTORS[10]).toBe('other-factors');
  });
});

describe('ENFORCEMENT_CASES', () => {
  it('holds cases with unique ids and well-formed facts', () => {
    expect(ENFORCEMENT_CASES.length).toBeGreaterThanOrEqual(10);
    expect(new Set(ENFORCEMENT_CASES.map((c) => c.id)).size).toBe(ENFORCEMENT_CASES.length);
    for (const c of ENFORCEMENT_CASES) {
      expect(IdSchema.safeParse(c.id).success, c.id).toBe(true);
      expect(IdSchema.safeParse(c.reason).success, c.reason).toBe(true);
      expect(c.country).toMatch(/^[A-Z]{2}$/);
      expect(c.date).toMatch(/^\d{4}-(0[1-9]|1[0-2])(-([0-2]\d|3[01]))?$/);
      expect(Number.isInteger(c.amountEur) && c.amountEur > 0).toBe(true);
      expect(c.articles.length).toBeGreaterThan(0);
      for (const ref of c.articles) expect(LegalRefSchema.safeParse(ref).success, ref).toBe(true);
    }
  });

  it('lists the largest fine first', () => {
    const amounts = ENFORCEMENT_CASES.map((c) => c.amountEur);
    expect(amounts).toEqual([...amounts].sort((a, b) => b - a));
  });

  it('has cases on small organisations, large national ones, very large groups and public bodies', () => {
    const scales = new Set(ENFORCEMENT_CASES.map((c) => c.scale));
    expect([...scales].sort()).toEqual(['large', 'small', 'very-large']);
    expect(ENFORCEMENT_CASES.filter((c) => c.publicBody).length).toBeGreaterThanOrEqual(2);
    expect(ENFORCEMENT_CASES.filter((c) => c.scale === 'small').length).toBeGreaterThanOrEqual(2);
  });
});

describe('organisationScale', () => {
  it('follows the EU SME thresholds: the larger of staff and turnover decides', () => {
    expect(organisationScale(5, null)).toBe('small');
    expect(organisationScale(49, 10_000_000)).toBe('small');
    expect(organisationScale(50, null)).toBe('medium');
    expect(organisationScale(12, 40_000_000)).toBe('medium');
    expect(organisationScale(249, 50_000_000)).toBe('medium');
    expect(organisationScale(250, null)).toBe('large');
    expect(organisationScale(40, 80_000_000)).toBe('large');
    expect(organisationScale(null, 500_000_001)).toBe('very-large');
    expect(organisationScale(null, null)).toBeNull();
  });
});

describe('relevantCases', () => {
  const ids = (articles: string[], count?: number) =>
    relevantCases(articles, undefined, count).map((c) => c.id);
  const forProfile = (articles: string[], profile: Parameters<typeof relevantCases>[1]) =>
    relevantCases(articles, profile).map((c) => c.id);

  it('reads the article number of a reference', () => {
    expect(articleNumber('Art. 33(1)')).toBe(33);
    expect(articleNumber('Art. 5')).toBe(5);
    expect(articleNumber('Rec. 33')).toBeNull();
    expect(articleNumber('UAVG 46')).toBeNull();
  });

  it('without a profile, puts the cases for the gaps first, then the largest fines', () => {
    expect(ids(['Art. 33(3)', 'Art. 34(1)'])).toEqual([
      'booking-2021',
      'pvv-overijssel-2021',
      'meta-2023',
    ]);
    expect(ids([])).toEqual(['meta-2023', 'tiktok-2025', 'linkedin-2024']);
  });

  it('ranks a case higher the more of its articles the gaps cite', () => {
    // Netflix matches all three, APG (12) and Clearview (12, 15) fewer: ties keep list order.
    expect(ids(['Art. 12(1)', 'Art. 13(1)', 'Art. 15(1)'])).toEqual([
      'netflix-2024',
      'clearview-2024',
      'tiktok-2025',
    ]);
  });

  it('shows a five-person web shop fines on small organisations, not only the EUR 1.2 bn Meta fine', () => {
    const shown = casesById(
      forProfile(['Art. 44', 'Art. 46(1)'], {
        scale: organisationScale(5, 800_000),
        publicBody: false,
        sector: 'retail-ecommerce',
      }),
    );
    expect(
      shown
        .map((c) => c.id)
        .slice(0, 2)
        .sort(),
    ).toEqual(['apg-2020', 'pvv-overijssel-2021']);
    expect(shown.map((c) => c.id)).not.toContain('meta-2023');
    expect(Math.max(...shown.map((c) => c.amountEur))).toBeLessThan(1_000_000);
  });

  it('shows a group above EUR 500 m turnover the fines on very large groups for its gaps', () => {
    expect(
      forProfile(['Art. 44', 'Art. 46(1)', 'Art. 30(1)(e)'], {
        scale: organisationScale(3_000, 2_000_000_000),
        publicBody: false,
        sector: null,
      }),
    ).toEqual(['meta-2023', 'tiktok-2025', 'uber-2024']);
  });

  it('shows a municipality the fines on public bodies first', () => {
    const shown = forProfile(['Art. 32(1)'], {
      scale: organisationScale(900, null),
      publicBody: true,
      sector: 'public-sector',
    });
    expect(shown.slice(0, 2)).toEqual(['uwv-2021', 'tax-administration-2021']);
  });

  it('prefers a case from the same sector among equally close ones: a hospital sees OLVG', () => {
    expect(
      forProfile(['Art. 9(1)'], {
        scale: organisationScale(2_400, 310_000_000),
        publicBody: false,
        sector: 'healthcare',
      })[0],
    ).toBe('olvg-2020');
  });

  it('returns as many distinct cases as asked for, up to all of them', () => {
    expect(ids(['Art. 33(1)'], 1)).toEqual(['booking-2021']);
    const all = ids(['Art. 33(1)'], 20);
    expect(all).toHaveLength(ENFORCEMENT_CASES.length);
    expect(new Set(all).size).toBe(all.length);
  });

  it('finds cases by id in the order given and skips unknown ids', () => {
    expect(casesById(['olvg-2020', 'nope', 'meta-2023']).map((c) => c.id)).toEqual([
      'olvg-2020',
      'meta-2023',
    ]);
  });
});
