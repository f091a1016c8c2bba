import { describe, expect, it } from 'vitest';
import { languageEntry } from '../../i18n/languages';
import {
  CITED_LEGAL_REF,
  citeLegalRef,
  citeLegalRefBound,
  citedLegalRefPattern,
} from './cite-legal-ref';

describe('citeLegalRef', () => {
  it('cites GDPR articles in Dutch style: paragraph as "lid", point as "onder", the act named', () => {
    expect(citeLegalRef('Art. 2(2)(c)', 'nl')).toBe('art. 2 lid 2 onder c AVG');
    expect(citeLegalRef('Art. 28(3)', 'nl')).toBe('art. 28 lid 3 AVG');
    expect(citeLegalRef('Art. 10', 'nl')).toBe('art. 10 AVG');
  });

  it("cites Art. 4's numbered definitions as points, not paragraphs", () => {
    expect(citeLegalRef('Art. 4(11)', 'nl')).toBe('art. 4 onder 11 AVG');
    expect(citeLegalRef('Art. 4(16)(b)', 'nl')).toBe('art. 4 onder 16 sub b AVG');
  });

  it('cites a point directly within an article (Art. 50(a))', () => {
    expect(citeLegalRef('Art. 50(a)', 'nl')).toBe('art. 50 onder a AVG');
    expect(citeLegalRef('Art. 50(a)', 'en')).toBe('Art. 50(a) GDPR');
  });

  it('cites recitals and the Dutch implementation act in each language', () => {
    expect(citeLegalRef('Rec. 47', 'nl')).toBe('overweging 47 AVG');
    expect(citeLegalRef('Rec. 47', 'en')).toBe('Recital 47 GDPR');
    expect(citeLegalRef('UAVG 46', 'nl')).toBe('art. 46 UAVG');
    expect(citeLegalRef('UAVG 46', 'en')).toBe('Art. 46 UAVG');
  });

  it('cites the German, Danish and French acts by section or article, naming the act as its country does', () => {
    expect(citeLegalRef('BDSG 38(1)', 'en')).toBe('§ 38(1) BDSG');
    expect(citeLegalRef('BDSG 38(1)', 'nl')).toBe('§ 38 lid 1 BDSG');
    expect(citeLegalRef('DBL 11', 'en')).toBe('§ 11 databeskyttelsesloven');
    expect(citeLegalRef('LIL 45', 'en')).toBe('Art. 45 loi Informatique et Libertés');
    expect(citeLegalRef('LIL 45', 'nl')).toBe('art. 45 loi Informatique et Libertés');
  });

  it('keeps the compact English form and names the act', () => {
    expect(citeLegalRef('Art. 28(3)(a)', 'en')).toBe('Art. 28(3)(a) GDPR');
  });

  it('leaves a text that is not a stored reference as it is', () => {
    expect(citeLegalRef('Article 30', 'nl')).toBe('Article 30');
    expect(citeLegalRef('§ 38 BDSG', 'en')).toBe('§ 38 BDSG');
  });
});

describe('German, French and Danish citation styles, as registry data', () => {
  it('cites a paragraph and point in each style, the act where the style puts it', () => {
    expect(citeLegalRef('Art. 6(1)(f)', 'de')).toBe('Art. 6 Abs. 1 lit. f DSGVO');
    expect(citeLegalRef('Art. 6(1)(f)', 'fr')).toBe('art. 6, par. 1, point f), du RGPD');
    expect(citeLegalRef('Art. 6(1)(f)', 'da')).toBe('GDPR art. 6, stk. 1, litra f');
  });

  it('names the act without a comma after a bare article or recital, where the language does', () => {
    expect(citeLegalRef('Art. 30', 'fr')).toBe('art. 30 du RGPD');
    expect(citeLegalRef('Rec. 47', 'fr')).toBe('consid. 47 du RGPD');
    expect(citeLegalRef('Art. 30', 'da')).toBe('GDPR art. 30');
    expect(citeLegalRef('Art. 30', 'de')).toBe('Art. 30 DSGVO');
  });

  it("cites Art. 4's numbered definitions, recitals and the Dutch act", () => {
    expect(citeLegalRef('Art. 4(16)(b)', 'de')).toBe('Art. 4 Nr. 16 lit. b DSGVO');
    expect(citeLegalRef('Art. 4(7)', 'fr')).toBe('art. 4, point 7), du RGPD');
    expect(citeLegalRef('Art. 4(7)', 'da')).toBe('GDPR art. 4, nr. 7');
    expect(citeLegalRef('Rec. 47', 'de')).toBe('ErwG 47 DSGVO');
    expect(citeLegalRef('UAVG 46', 'da')).toBe('UAVG art. 46');
  });

  it('lets a line break only before the pieces a style marks as breakable', () => {
    const nb = '\u00a0';
    expect(citeLegalRefBound('Art. 6(1)(f)', 'de')).toBe(
      `Art.${nb}6 Abs.${nb}1 lit.${nb}f${nb}DSGVO`,
    );
    expect(citeLegalRefBound('Art. 6(1)', 'fr')).toBe(`art.${nb}6, par.${nb}1,${nb}du${nb}RGPD`);
    expect(citeLegalRefBound('Art. 28(3)(a)', 'en')).toBe(`Art.${nb}28(3)(a)${nb}GDPR`);
    expect(citeLegalRefBound('Art. 4(16)(b)', 'nl')).toBe(
      `art.${nb}4${nb}onder${nb}16 sub${nb}b${nb}AVG`,
    );
  });

  it('finds citations of each style in a text, whole', () => {
    const pattern = citedLegalRefPattern(
      ['de', 'fr', 'da'].map((code) => languageEntry(code as 'de')),
    );
    const found = (text: string) => [...text.matchAll(pattern)].map((m) => m[0]);
    expect(found('Nach Art. 6 Abs. 1 lit. f DSGVO und ErwG 47 DSGVO.')).toEqual([
      'Art. 6 Abs. 1 lit. f DSGVO',
      'ErwG 47 DSGVO',
    ]);
    expect(found('Selon l’art. 6, par. 1, point f), du RGPD, et l’art. 30 du RGPD')).toEqual([
      'art. 6, par. 1, point f), du RGPD',
      'art. 30 du RGPD',
    ]);
    expect(found('jf. GDPR art. 6, stk. 1, litra f.')).toEqual(['GDPR art. 6, stk. 1, litra f']);
  });
});

describe('national acts in German, French and Danish, as registry data', () => {
  it('cites a German section and its subsection in each style', () => {
    expect(citeLegalRef('BDSG 38(1)', 'de')).toBe('§ 38 Abs. 1 BDSG');
    expect(citeLegalRef('BDSG 38(1)', 'fr')).toBe('§ 38, alinéa 1, du BDSG');
    expect(citeLegalRef('BDSG 38(1)', 'da')).toBe('§ 38, stk. 1, i BDSG');
    expect(citeLegalRef('BDSG 26', 'fr')).toBe('§ 26 du BDSG');
    expect(citeLegalRef('BDSG 26', 'da')).toBe('§ 26 i BDSG');
  });

  it('names the French act as each language attaches it', () => {
    expect(citeLegalRef('LIL 45', 'fr')).toBe('art. 45 de la loi Informatique et Libertés');
    expect(citeLegalRef('LIL 45', 'de')).toBe('Art. 45 loi Informatique et Libertés');
    expect(citeLegalRef('LIL 45', 'da')).toBe('art. 45 i loi Informatique et Libertés');
  });

  it('names the Danish act as each language attaches it, Danish in the genitive before the section', () => {
    expect(citeLegalRef('DBL 11(2)', 'de')).toBe('§ 11 Abs. 2 databeskyttelsesloven');
    expect(citeLegalRef('DBL 11(2)', 'fr')).toBe('§ 11, alinéa 2, de la databeskyttelsesloven');
    expect(citeLegalRef('DBL 11(2)', 'da')).toBe('databeskyttelseslovens § 11, stk. 2');
    expect(citeLegalRef('DBL 11', 'da')).toBe('databeskyttelseslovens § 11');
  });

  it('holds the act to its section and breaks only before a subsection', () => {
    const nb = '\u00a0';
    expect(citeLegalRefBound('DBL 11(2)', 'da')).toBe(
      `databeskyttelseslovens${nb}§${nb}11, stk.${nb}2`,
    );
    expect(citeLegalRefBound('BDSG 38(1)', 'de')).toBe(`§${nb}38 Abs.${nb}1${nb}BDSG`);
  });

  it('finds national citations of each style in a text, whole', () => {
    const found = (text: string) => [...text.matchAll(CITED_LEGAL_REF)].map((m) => m[0]);
    expect(found('Nach § 38 Abs. 1 BDSG gilt das.')).toEqual(['§ 38 Abs. 1 BDSG']);
    expect(found('Selon l’art. 45 de la loi Informatique et Libertés.')).toEqual([
      'art. 45 de la loi Informatique et Libertés',
    ]);
    expect(found('jf. databeskyttelseslovens § 11, stk. 2.')).toEqual([
      'databeskyttelseslovens § 11, stk. 2',
    ]);
    expect(found('(§ 11, alinéa 2, de la databeskyttelsesloven)')).toEqual([
      '§ 11, alinéa 2, de la databeskyttelsesloven',
    ]);
  });
});

describe('CITED_LEGAL_REF', () => {
  const found = (text: string) => [...text.matchAll(CITED_LEGAL_REF)].map((m) => m[0]);

  it('finds each cited reference whole, in either language and with no-break spaces', () => {
    expect(found('Zie art. 28 lid 3 onder a AVG en overweging 47 AVG.')).toEqual([
      'art. 28 lid 3 onder a AVG',
      'overweging 47 AVG',
    ]);
    expect(found('art.\u00a046\u00a0UAVG, Art.\u00a033(5)\u00a0GDPR')).toEqual([
      'art.\u00a046\u00a0UAVG',
      'Art.\u00a033(5)\u00a0GDPR',
    ]);
    expect(found('Recital 47 GDPR; Art. 4 onder 16 sub b')).toEqual([
      'Recital 47 GDPR',
      'Art. 4 onder 16 sub b',
    ]);
  });

  it('still finds references in the stored form, as older texts write them', () => {
    expect(found('(Art. 83(4), Rec. 150, UAVG 46)')).toEqual(['Art. 83(4)', 'Rec. 150', 'UAVG 46']);
  });

  it('finds national acts cited by section, with their names', () => {
    expect(found('(§\u00a038(1)\u00a0BDSG, §\u00a011\u00a0databeskyttelsesloven)')).toEqual([
      '§\u00a038(1)\u00a0BDSG',
      '§\u00a011\u00a0databeskyttelsesloven',
    ]);
    expect(found('Art. 45 loi Informatique et Libertés')).toEqual([
      'Art. 45 loi Informatique et Libertés',
    ]);
  });
});
