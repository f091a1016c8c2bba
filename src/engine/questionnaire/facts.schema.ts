import { z } from '../zod';
import { IdSchema } from './questionnaire.schema';

/**
 * Facts that change over time live in data files beside a questionnaire
 * (`questionnaires/<id>/facts/*.json`), each with the date it was last
 * checked, so they can be updated without touching code or questions.
 */

const CheckedSchema = {
  $schema: z.string().optional(),
  lastChecked: z.iso.date(),
  source: z.string().min(1),
};

/** Which transfer destinations have an EU adequacy decision (Art. 45). */
export const AdequacyFactsSchema = z.strictObject({
  ...CheckedSchema,
  adequate: z.array(
    z.strictObject({ option: IdSchema, decision: z.string().min(1), note: z.string().optional() }),
  ),
  /**
   * Destinations whose decision covers only some recipients (the US Data Privacy
   * Framework, Canada's PIPEDA, ...): `question` is the follow-up asked when the
   * destination is chosen, whose "no" makes the transfer one that needs safeguards
   * and whose "don't know" a check to make.
   */
  conditional: z.array(
    z.strictObject({
      option: IdSchema,
      decision: z.string().min(1),
      condition: z.string().min(1),
      question: IdSchema,
      note: z.string().optional(),
    }),
  ),
  notAdequate: z.array(IdSchema),
  /** Adequate destinations the question does not list as options (they count as adequate when named). */
  otherAdequateNotOffered: z
    .array(
      z.strictObject({
        country: z.string().min(1),
        decision: z.string().min(1),
        note: z.string().optional(),
      }),
    )
    .optional(),
});
export type AdequacyFacts = z.infer<typeof AdequacyFactsSchema>;

/** The national age of consent for information society services (Art. 8(1)), by ISO country code. */
export const ConsentAgeFactsSchema = z.strictObject({
  ...CheckedSchema,
  default: z.literal(16),
  ages: z.record(z.string().regex(/^[A-Z]{2}$/), z.number().int().min(13).max(16)),
  unverified: z.record(z.string().regex(/^[A-Z]{2}$/), z.number().int().min(13).max(16)).optional(),
});
export type ConsentAgeFacts = z.infer<typeof ConsentAgeFactsSchema>;
