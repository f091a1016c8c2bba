import { describe, expect, it } from 'vitest';
import reportEn from '../i18n/locales/report.en.json';
import reportNl from '../i18n/locales/report.nl.json';
import { localIsoDate, organisationSlug, reportFileName, type PdfKind } from './file-name';

describe('organisationSlug', () => {
  it.each([
    ['Łódź & Dvořák Kft. – Győr', 'lodz-dvorak-kft-gyor'],
    ['Fietsonderdelen Utrecht BV', 'fietsonderdelen-utrecht-bv'],
    ['Straße Øresund Æble', 'strasse-oresund-aeble'],
    ['  --Crème brûlée!!  ', 'creme-brulee'],
    ['株式会社', 'organisation'],
    [null, 'organisation'],
  ])('%s → %s', (name, slug) => {
    expect(organisationSlug(name)).toBe(slug);
  });
});

describe('reportFileName', () => {
  it('uses the local calendar date', () => {
    const date = new Date(2026, 0, 5, 23, 59);
    expect(localIsoDate(date)).toBe('2026-01-05');
    expect(reportFileName('gdpr-report', 'Acme BV', date)).toBe(
      'gdpr-report-acme-bv-2026-01-05.pdf',
    );
  });

  it("starts with the language's word for the kind of PDF", () => {
    const date = new Date(2026, 2, 2, 9);
    const name = (texts: typeof reportEn, kind: PdfKind) =>
      reportFileName(texts.file[kind], 'Fietsonderdelen Utrecht BV', date);
    expect(name(reportEn, 'report')).toBe('gdpr-report-fietsonderdelen-utrecht-bv-2026-03-02.pdf');
    expect(name(reportNl, 'report')).toBe('avg-rapport-fietsonderdelen-utrecht-bv-2026-03-02.pdf');
    expect(name(reportEn, 'comparison')).toBe(
      'gdpr-progress-report-fietsonderdelen-utrecht-bv-2026-03-02.pdf',
    );
    expect(name(reportNl, 'comparison')).toBe(
      'avg-voortgangsrapport-fietsonderdelen-utrecht-bv-2026-03-02.pdf',
    );
  });

  it('keeps a translated prefix file-safe', () => {
    expect(reportFileName('RGPD – Évaluation', null, new Date(2026, 0, 5))).toBe(
      'rgpd-evaluation-organisation-2026-01-05.pdf',
    );
  });
});
