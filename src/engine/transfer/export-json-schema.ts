import { z } from '../zod';
import { ExportFileSchema } from './export-file.schema';

/**
 * The JSON Schema of the export file, served with the app as
 * `public/assessment-export.schema.json` so that others can read and check
 * the files it writes. Generated from the zod schema;
 * `tests/assessment-export-schema.test.ts` keeps the file equal to it.
 *
 * WARNING: JSON Schema cannot say everything zod checks (the caps on the
 * number of answers, for one); the app's import is the final word.
 */
export function exportJsonSchema(): string {
  const schema = z.toJSONSchema(ExportFileSchema, { io: 'input', target: 'draft-2020-12' });
  return `${JSON.stringify({ ...schema, title: 'GDPR readiness assessment export' }, null, 2)}\n`;
}
