/**
 * The organisation's name as a file-name part: lower-case ASCII, diacritics
 * stripped, every run of other characters one '-'. "Łódź & Dvořák Kft." gives
 * "lodz-dvorak-kft"; a name with nothing left gives "organisation".
 */
export function organisationSlug(name: string | null): string {
  const slug = (name ?? '')
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    // Letters that do not decompose into a base letter and a mark.
    .replace(/[łŁ]/g, 'l')
    .replace(/[øØ]/g, 'o')
    .replace(/[đĐ]/g, 'd')
    .replace(/ß/g, 'ss')
    .replace(/[æÆ]/g, 'ae')
    .replace(/[œŒ]/g, 'oe')
    .replace(/[þÞ]/g, 'th')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');
  return slug === '' ? 'organisation' : slug;
}

/** yyyy-mm-dd of a moment in local time, the date a person sees on their calendar. */
export function localIsoDate(date: Date): string {
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`;
}

/** Which PDF a file name is for: the readiness report, or the progress between two assessments. */
export type PdfKind = 'report' | 'comparison';

/**
 * The PDF's file name, `<prefix>-<organisation-slug>-<yyyy-mm-dd>.pdf`, where the prefix is
 * the language's word for the kind of PDF (`report:file.<kind>`: `gdpr-report`, `avg-rapport`),
 * made file-safe the same way as the organisation's name.
 *
 * @example
 * reportFileName(t('report:file.report'), 'Fietsonderdelen BV', date) // avg-rapport-fietsonderdelen-bv-2026-01-05.pdf
 */
export function reportFileName(prefix: string, organisation: string | null, date: Date): string {
  const kind = organisationSlug(prefix);
  return `${kind}-${organisationSlug(organisation)}-${localIsoDate(date)}.pdf`;
}
