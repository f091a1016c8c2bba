import { z } from '../zod';
import { QuestionnaireSchema } from './questionnaire.schema';

/**
 * The JSON Schema that editors use to check questionnaire files as they are
 * typed. Generated from the zod schema (its input side, so fields with
 * defaults stay optional); `tests/questionnaire-schema.test.ts` keeps
 * `questionnaires/questionnaire.schema.json` equal to it.
 */
export function questionnaireJsonSchema(): string {
  const schema = z.toJSONSchema(QuestionnaireSchema, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify({ ...schema, title: 'GDPR readiness questionnaire' }, null, 2)}\n`;
}
