import { describe, expect, it } from 'vitest';
import { CITED_LEGAL_REF, citeLegalRef } from './cite-legal-ref';

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
