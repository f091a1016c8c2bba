import { describe, expect, it } from 'vitest';
import { IdSchema, LegalRefSchema } from '../engine/questionnaire/questionnaire.schema';
import {
  ENFORCEMENT_CASES,
  FINE_FACTORS,
  WELL_KNOWN_CASES,
  articleNumber,
  fineExposure,
  relevantCases,
} from './fine-exposure';

const company = (
  turnover: number | null,
  gapTiers: Parameters<typeof fineExposure>[0]['gapTiers'],
) => fineExposure({ publicBody: false, turnover, gapTiers });

describe('fineExposure caps', () => {
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
    expect(fines).toEqual({
      basis: 'fixed-caps',
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

  it('leaves a public body to national law: no caps, no ceiling (Art. 83(7))', () => {
    const fines = fineExposure({
      publicBody: true,
      turnover: 1_000_000_000,
      gapTiers: ['art83-5', 'art83-4'],
    });
    expect(fines.basis).toBe('national-law');
    expect(fines.tiers['art83-4']).toEqual({ cap: null, gaps: 1 });
    expect(fines.tiers['art83-5']).toEqual({ cap: null, gaps: 1 });
    expect(fines.highestTier).toBe('art83-5');
    expect(fines.ceiling).toBeNull();
  });

  it('rejects a negative or non-finite turnover', () => {
    expect(() => company(-1, [])).toThrow(RangeError);
    expect(() => company(Number.NaN, [])).toThrow(RangeError);
    expect(() => company(Infinity, [])).toThrow(RangeError);
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
  it('holds 6-8 cases with unique ids and well-formed facts', () => {
    expect(ENFORCEMENT_CASES.length).toBeGreaterThanOrEqual(6);
    expect(ENFORCEMENT_CASES.length).toBeLessThanOrEqual(8);
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

  it('falls back only to cases it holds', () => {
    const ids = ENFORCEMENT_CASES.map((c) => c.id);
    for (const id of WELL_KNOWN_CASES) expect(ids).toContain(id);
  });
});

describe('relevantCases', () => {
  const ids = (articles: string[], count?: number) =>
    relevantCases(articles, count).map((c) => c.id);

  it('reads the article number of a reference', () => {
    expect(articleNumber('Art. 33(1)')).toBe(33);
    expect(articleNumber('Art. 5')).toBe(5);
    expect(articleNumber('Rec. 33')).toBeNull();
    expect(articleNumber('UAVG 46')).toBeNull();
  });

  it('puts a breach-notification case first for a breach gap, then fills with well-known ones', () => {
    expect(ids(['Art. 33(3)', 'Art. 34(1)'])).toEqual(['booking-2021', 'meta-2023', 'uber-2024']);
  });

  it('picks transfer cases for transfer gaps, largest first', () => {
    expect(ids(['Art. 44', 'Art. 46(1)', 'Art. 30(1)(e)'])).toEqual([
      'meta-2023',
      'tiktok-2025',
      'uber-2024',
    ]);
  });

  it('ranks a case higher the more of its articles the gaps cite', () => {
    // Netflix matches all three, Clearview two (12, 15), TikTok and TikTok NL one each: ties keep list order.
    expect(ids(['Art. 12(1)', 'Art. 13(1)', 'Art. 15(1)'])).toEqual([
      'netflix-2024',
      'clearview-2024',
      'tiktok-2025',
    ]);
  });

  it('falls back to the well-known cases without matching gaps', () => {
    expect(ids([])).toEqual([...WELL_KNOWN_CASES]);
    expect(ids(['Art. 28(3)', 'Rec. 81', 'UAVG 46'])).toEqual([...WELL_KNOWN_CASES]);
  });

  it('returns as many distinct cases as asked for, up to all of them', () => {
    expect(ids(['Art. 33(1)'], 1)).toEqual(['booking-2021']);
    const all = ids(['Art. 33(1)'], 20);
    expect(all).toHaveLength(ENFORCEMENT_CASES.length);
    expect(new Set(all).size).toBe(all.length);
  });
});
