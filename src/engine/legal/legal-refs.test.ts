import { describe, expect, it } from 'vitest';
import { LegalRefSchema } from '../questionnaire/questionnaire.schema';
import { GDPR_ARTICLE_COUNT, GDPR_ARTICLES, unverified } from './gdpr-provisions';
import { legalRefProblem, parseLegalRef } from './legal-refs';

describe('parseLegalRef', () => {
  it.each([
    ['Art. 87', { kind: 'gdpr-article', article: 87 }],
    ['Art. 33(1)', { kind: 'gdpr-article', article: 33, paragraph: 1 }],
    ['Art. 28(3)(a)', { kind: 'gdpr-article', article: 28, paragraph: 3, point: 'a' }],
    ['Art. 50(b)', { kind: 'gdpr-article', article: 50, point: 'b' }],
    ['Rec. 47', { kind: 'recital', number: 47 }],
    ['UAVG 46', { kind: 'national', act: 'UAVG', article: 46 }],
    ['BDSG 38(1)', { kind: 'national', act: 'BDSG', article: 38, paragraph: 1 }],
    ['DBL 11', { kind: 'national', act: 'DBL', article: 11 }],
    ['LIL 45', { kind: 'national', act: 'LIL', article: 45 }],
  ])('takes apart %s', (ref, expected) => {
    expect(parseLegalRef(ref)).toEqual(expected);
  });

  it.each([
    'Article 28',
    'Art 28',
    'Art. 28(3)(A)',
    'Art. 05',
    'Rec 47',
    'uavg 46',
    'BDSG 38(1)(a)',
    'AktG 1',
    'Art. 28 ',
    '',
  ])('returns null for %j', (ref) => {
    expect(parseLegalRef(ref)).toBeNull();
  });
});

describe('legalRefProblem', () => {
  it.each([
    'Art. 1',
    'Art. 99',
    'Art. 4(1)',
    'Art. 4(7)',
    'Art. 4(26)',
    'Art. 4(16)(b)',
    'Art. 9(2)(j)',
    'Art. 10',
    'Art. 28(3)(h)',
    'Art. 28(10)',
    'Art. 33(1)',
    'Art. 50(d)',
    'Art. 70(1)(y)',
    'Art. 83(5)(e)',
    'Art. 83(6)',
    'Art. 87',
    'Rec. 1',
    'Rec. 173',
    'UAVG 1',
    'UAVG 46',
    'UAVG 51',
    'BDSG 38(1)',
    'DBL 11(2)',
    'LIL 45',
  ])('accepts %s', (ref) => {
    expect(legalRefProblem(ref)).toBeNull();
  });

  it.each([
    ['Art. 0', 'the GDPR has 99 articles'],
    ['Art. 100', 'the GDPR has 99 articles'],
    ['Art. 4(27)', 'Art. 4 has no point (27)'],
    ['Art. 4(16)(c)', 'Art. 4(16) has no point (c)'],
    ['Art. 4(1)(a)', 'Art. 4(1) has no point (a)'],
    ['Art. 9(2)(k)', 'Art. 9(2) has no point (k)'],
    ['Art. 10(1)', 'Art. 10 has no numbered paragraphs'],
    ['Art. 87(1)', 'Art. 87 has no numbered paragraphs'],
    ['Art. 28(0)', 'Art. 28 has no paragraph 0'],
    ['Art. 28(11)', 'Art. 28 has no paragraph 11'],
    ['Art. 28(3)(i)', 'Art. 28(3) has no point (i)'],
    ['Art. 28(a)', 'Art. 28 has no point (a)'],
    ['Art. 33(1)(c)', 'Art. 33(1) has no point (c)'],
    ['Art. 50(e)', 'Art. 50 has no point (e)'],
    ['Art. 83(10)', 'Art. 83 has no paragraph 10'],
    ['Rec. 0', 'the GDPR has 173 recitals'],
    ['Rec. 174', 'the GDPR has 173 recitals'],
    ['UAVG 52', 'the UAVG has 51 articles'],
    ['BDSG 86', 'the BDSG has 85 sections'],
  ])('rejects %s: %s', (ref, problem) => {
    expect(legalRefProblem(ref)).toBe(problem);
  });

  it('explains a reference it cannot read', () => {
    expect(legalRefProblem('Article 5')).toBe(
      '"Article 5" is not a legal reference like "Art. 28(3)(a)", "Rec. 47" or "UAVG 46"',
    );
  });

  it('reads every reference the questionnaire schema lets through', () => {
    for (const ref of [
      'Art. 4(26)',
      'Art. 9(2)(j)',
      'Art. 50(a)',
      'Rec. 173',
      'UAVG 46',
      'BDSG 38(1)',
    ])
      expect(LegalRefSchema.safeParse(ref).success && parseLegalRef(ref) !== null).toBe(true);
  });
});

describe('the GDPR table', () => {
  it('has exactly articles 1 to 99', () => {
    expect(Object.keys(GDPR_ARTICLES).map(Number)).toEqual(
      Array.from({ length: GDPR_ARTICLE_COUNT }, (_, i) => i + 1),
    );
  });

  it('only lists points for paragraphs that exist', () => {
    for (const [number, article] of Object.entries(GDPR_ARTICLES)) {
      for (const paragraph of Object.keys(article.points ?? {}).map(Number))
        expect(paragraph, `Art. ${number}`).toBeLessThanOrEqual(article.paragraphs);
      if (article.ownPoints) expect(article.paragraphs, `Art. ${number}`).toBe(0);
    }
  });

  it('names what is not verified', () => {
    expect(unverified.map((u) => u.provision)).toEqual([
      'UAVG: highest article number',
      'databeskyttelsesloven: highest section number',
      'loi Informatique et Libertés: highest article number',
    ]);
  });
});
