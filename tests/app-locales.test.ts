import { describe, expect, it } from 'vitest';
import { flattenLocale } from '@/engine/questionnaire/locale-keys';
import { detectLanguage } from '@/i18n/i18n';
import en from '@/i18n/locales/en.json';
import workflowEn from '@/i18n/locales/workflow.en.json';

// That the app and workflow texts match English in every language: tests/locale-families.test.ts.

describe('detectLanguage', () => {
  it('prefers a remembered supported choice', () => {
    expect(detectLanguage('nl', ['en-GB'])).toBe('nl');
  });
  it('ignores a remembered value it does not support', () => {
    expect(detectLanguage('sv', ['nl-BE', 'en'])).toBe('nl');
  });
  it('takes the first browser language it supports, by base tag', () => {
    expect(detectLanguage(null, ['sv-SE', 'nl-NL', 'en-US'])).toBe('nl');
  });
  it('falls back to English', () => {
    expect(detectLanguage(null, ['sv', 'it'])).toBe('en');
  });
  it("puts the person's choice first, then the deployment's default, then the browser", () => {
    expect(detectLanguage('en', ['en-GB'], 'nl')).toBe('en');
    expect(detectLanguage(null, ['en-GB'], 'nl')).toBe('nl');
    expect(detectLanguage('sv', ['en-GB'], 'nl')).toBe('nl');
    expect(detectLanguage(null, ['nl-NL'], null)).toBe('nl');
    expect(detectLanguage(null, ['nl-NL'], 'sv')).toBe('nl');
  });
});

describe('workflow texts', () => {
  it('never reuse a key of the app texts they are merged into', () => {
    const common = new Set(flattenLocale(en).entries.keys());
    for (const key of flattenLocale(workflowEn).entries.keys())
      expect(common.has(key), key).toBe(false);
  });
});
