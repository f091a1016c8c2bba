import { z } from '../zod';
import {
  AnswerValueSchema,
  byLanguageSchema,
  IdSchema,
  sourceLanguageFirstSchema,
} from './questionnaire.schema';

/**
 * A ready-made set of answers (`questionnaires/<id>/examples/<example>.json`):
 * the tests and the report command read it as a fixture, so its title and
 * description need only the source language.
 */
export const ExampleSchema = z.strictObject({
  $schema: z.string().optional(),
  type: z.literal('gdpr-readiness-example'),
  version: z.literal(1),
  id: IdSchema,
  questionnaireId: IdSchema,
  title: sourceLanguageFirstSchema(z.string().min(1)),
  description: sourceLanguageFirstSchema(z.string().min(1)),
  answers: z.record(IdSchema, AnswerValueSchema),
});
export type Example = z.infer<typeof ExampleSchema>;

/**
 * An example that ships with a questionnaire: the app offers it as "try an
 * example" in every language, so its title and description are in all of them.
 */
export const ShippedExampleSchema = ExampleSchema.extend({
  title: byLanguageSchema(z.string().min(1)),
  description: byLanguageSchema(z.string().min(1)),
});
