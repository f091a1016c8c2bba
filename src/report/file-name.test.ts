import { describe, expect, it } from 'vitest';
import { localIsoDate, organisationSlug, reportFileName } from './file-name';

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
    expect(reportFileName('Acme BV', date)).toBe('gdpr-readiness-acme-bv-2026-01-05.pdf');
  });
});
