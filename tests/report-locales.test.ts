import { describe, expect, it } from 'vitest';
import {
  FineTierSchema,
  OwnerRoleSchema,
  PrioritySchema,
} from '@/engine/questionnaire/questionnaire.schema';
import { flattenLocale } from '@/engine/questionnaire/locale-keys';
import reportEn from '@/i18n/locales/report.en.json';
import reportNl from '@/i18n/locales/report.nl.json';
import {
  ENFORCEMENT_CASES,
  FINE_ASSUMPTIONS,
  FINE_BASES,
  FINE_FACTORS,
} from '@/report/fine-exposure';

/** The `report` namespace: the words of the PDF and the results page, in every language. */
const en = flattenLocale(reportEn).entries;
const nl = flattenLocale(reportNl).entries;
const placeholders = (text: string) => [...text.matchAll(/{{(\w+)}}/g)].map((m) => m[1]).sort();

describe('report texts', () => {
  it('have the same keys in every language, all non-empty', () => {
    expect([...nl.keys()].sort()).toEqual([...en.keys()].sort());
    for (const [key, text] of [...en, ...nl]) expect(text.trim(), key).not.toBe('');
  });

  it('use the same placeholders in every language', () => {
    for (const [key, text] of en)
      expect(placeholders(nl.get(key) ?? ''), key).toEqual(placeholders(text));
  });

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
    for (const key of keys) {
      expect(en.has(key), key).toBe(true);
      expect(nl.has(key), key).toBe(true);
    }
  });

  it('write the GDPR as AVG in Dutch prose', () => {
    for (const [key, text] of nl) expect(text, key).not.toMatch(/\bGDPR\b(?!,)/);
  });
});
