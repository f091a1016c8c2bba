import { describe, expect, it } from 'vitest';
import {
  FineTierSchema,
  OwnerRoleSchema,
  PrioritySchema,
} from '@/engine/questionnaire/questionnaire.schema';
import { flattenLocale } from '@/engine/questionnaire/locale-keys';
import {
  ENFORCEMENT_CASES,
  FINE_ASSUMPTIONS,
  FINE_BASES,
  FINE_FACTORS,
} from '@/report/fine-exposure';
import { readLocales } from './helpers/locale-parity';

/** The `report` namespace: the words of the PDF and the results page, in every language. */
const locales = readLocales('src/i18n/locales', 'report.');
const en = flattenLocale(locales.en).entries;

// That they match English in every language: tests/locale-families.test.ts.
describe('report texts', () => {
  it('name every priority, fine tier, owner role, Art. 83(2) factor, fine basis, assumption and enforcement case', () => {
    const keys = [
      ...PrioritySchema.options.map((p) => `priority.${p}`),
      ...FineTierSchema.options.flatMap((tier) => [`tier.${tier}`, `tierShort.${tier}`]),
      ...OwnerRoleSchema.options.map((role) => `ownerRole.${role}`),
      ...FINE_FACTORS.map((factor) => `fines.factors.${factor}`),
      ...ENFORCEMENT_CASES.map((c) => `fines.cases.${c.reason}`),
      ...FINE_BASES.map((basis) => `fines.basis.${basis}`),
      ...FINE_ASSUMPTIONS.map((a) => `fines.assumptions.${a}`),
    ];
    // Every other language has the same keys as English (above).
    for (const key of keys) expect(en.has(key), key).toBe(true);
  });

  it('write the GDPR as AVG in Dutch prose', () => {
    for (const [key, text] of flattenLocale(locales.nl).entries)
      expect(text, key).not.toMatch(/\bGDPR\b(?!,)/);
  });
});
