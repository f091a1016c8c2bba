import { z } from '../zod';
import { AnswerValueSchema, byLanguageSchema, IdSchema } from './questionnaire.schema';

/**
 * A ready-made set of answers that ships with a questionnaire
 * (`questionnaires/<id>/examples/<example>.json`): the app offers it as
 * "try an example", and the tests and the report command use it as a fixture.
 */
export const ExampleSchema = z.strictObject({
  $schema: z.string().optional(),
  type: z.literal('gdpr-readiness-example'),
  version: z.literal(1),
  id: IdSchema,
  questionnaireId: IdSchema,
  title: byLanguageSchema(z.string().min(1)),
  description: byLanguageSchema(z.string().min(1)),
  answers: z.record(IdSchema, AnswerValueSchema),
});
export type Example = z.infer<typeof ExampleSchema>;
