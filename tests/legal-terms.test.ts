import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { flattenLocale } from '@/engine/questionnaire/locale-keys';
import { isLanguage } from '@/i18n/languages';

// Each language's list of GDPR terms as its official text of the Regulation words them, with
// wordings a translation must not use (German "Datenschutzoffizier" for the data protection
// officer, French "processeur" for the processor).
const TermsSchema = z.strictObject({
  language: z.string(),
  source: z.string().min(1),
  terms: z
    .array(
      z.strictObject({
        en: z.string().min(1),
        official: z.string().min(1),
        /** Other inflections of the official term, such as a plural. */
        forms: z.array(z.string().min(1)).optional(),
        avoid: z.array(z.string().min(1)),
      }),
    )
    .min(1),
});

const folder = join(import.meta.dirname, '../questionnaires/gdpr-readiness');
const termFiles = readdirSync(join(folder, 'terms')).filter((f) => f.endsWith('.json'));
const texts = (language: string) => [
  ...flattenLocale(
    JSON.parse(readFileSync(join(folder, 'locales', `${language}.json`), 'utf8')),
  ).entries.values(),
];

describe.each(termFiles)('legal terms in %s', (file) => {
  const terms = TermsSchema.parse(JSON.parse(readFileSync(join(folder, 'terms', file), 'utf8')));
  const all = texts(terms.language).join('\n').toLowerCase();

  it('belong to a registered language', () => {
    expect(`${terms.language}.json`).toBe(file);
    expect(isLanguage(terms.language)).toBe(true);
  });

  it.each(terms.terms)(
    'the questionnaire says "$official" for "$en", never a listed wrong term',
    (term) => {
      const used = [term.official, ...(term.forms ?? [])].filter((form) =>
        all.includes(form.toLowerCase()),
      );
      expect(used, 'the official term or one of its forms').not.toEqual([]);
      expect(term.avoid.filter((wrong) => all.includes(wrong.toLowerCase()))).toEqual([]);
    },
  );
});
