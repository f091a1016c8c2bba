import { z } from '../engine/zod';
import {
  byLanguageSchema,
  IdSchema,
  LegalRefSchema,
} from '../engine/questionnaire/questionnaire.schema';

/**
 * The knowledge pages (FAQ, glossary, DPA guide) are data: structure and ids
 * here, every sentence in `locales/<page>.<lng>.json`, like the questionnaires.
 */

export const FaqSchema = z.strictObject({
  entries: z
    .array(
      z.strictObject({
        id: IdSchema,
        articles: z.array(LegalRefSchema),
        /** Questionnaire questions this entry helps answer; they link here. */
        questions: z.array(IdSchema),
      }),
    )
    .min(1),
});
export type Faq = z.infer<typeof FaqSchema>;

export const GlossarySchema = z.strictObject({
  terms: z
    .array(
      z.strictObject({
        id: IdSchema,
        articles: z.array(LegalRefSchema),
        /** Lower-case word forms that mark the term in question texts, per language. */
        matches: byLanguageSchema(z.array(z.string().min(2))),
      }),
    )
    .min(1),
});
export type Glossary = z.infer<typeof GlossarySchema>;

export const DpaChecklistSchema = z.strictObject({
  items: z
    .array(
      z.strictObject({
        id: IdSchema,
        articles: z.array(LegalRefSchema),
        /**
         * Background, not an element an agreement must contain: it is explained
         * but never ticked, and never counts toward a vendor's completeness.
         */
        informational: z.literal(true).optional(),
      }),
    )
    .min(1),
});
export type DpaChecklist = z.infer<typeof DpaChecklistSchema>;
