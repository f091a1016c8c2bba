import { describe, expect, it } from 'vitest';
import { LANGUAGE_CODES } from '@/i18n/languages';
import { localeFamilies, translationProblems } from './helpers/locale-parity';

// Every family of texts, in every registered language, against English: the one parity check.
describe.each(localeFamilies())('$name', ({ read }) => {
  it('has every registered language, and each matches English: keys with the language’s plural forms, placeholders, nothing empty or untranslated', () => {
    const locales = read();
    expect(Object.keys(locales).sort()).toEqual([...LANGUAGE_CODES].sort());
    expect(translationProblems(locales)).toEqual([]);
  });
});
