import {
  EXPORT_TYPE,
  EXPORT_VERSION,
  type ExportFile,
  type ExportedAssessment,
} from './export-file.schema';

/** Where the app serves the JSON Schema of the export file; written into every file as `$schema`. */
export const EXPORT_SCHEMA_PATH = '/assessment-export.schema.json';

/**
 * The text of an export file holding the given assessments, indented so that
 * a person (or a diff) can read it.
 *
 * @param schemaUrl written as `$schema` so editors can check the file; pass
 *   the app's origin + {@link EXPORT_SCHEMA_PATH}, or null to leave it out.
 * @example
 * const text = serializeExport([{ name: 'Acme BV', createdAt, session }], { now: new Date() });
 */
export function serializeExport(
  assessments: readonly ExportedAssessment[],
  { now = new Date(), schemaUrl = null }: { now?: Date; schemaUrl?: string | null } = {},
): string {
  const file: ExportFile = {
    ...(schemaUrl === null ? {} : { $schema: schemaUrl }),
    type: EXPORT_TYPE,
    version: EXPORT_VERSION,
    exportedAt: now.toISOString(),
    assessments: assessments.map((a) => ({ ...a })),
  };
  return `${JSON.stringify(file, null, 2)}\n`;
}
