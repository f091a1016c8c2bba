import { SessionSchema } from '../session/session.schema';
import { z } from '../zod';

export const EXPORT_TYPE = 'gdpr-readiness-export';
/** Bumped when the envelope changes; older files are migrated on import (see `parse-import.ts`). */
export const EXPORT_VERSION = 1;

/**
 * How many assessments one file may hold. A consultant's whole portfolio fits
 * many times over; the cap keeps a hostile file from making the app restore
 * (and store) thousands of sessions in one go.
 */
export const MAX_ASSESSMENTS = 200;

/** One assessment in an export file: the saved session plus what the list of assessments shows. */
export const ExportedAssessmentSchema = z.strictObject({
  /** The name the person gave the assessment, such as the client's name. */
  name: z.string().trim().min(1).max(200),
  createdAt: z.iso.datetime(),
  session: SessionSchema,
});
export type ExportedAssessment = z.infer<typeof ExportedAssessmentSchema>;

/**
 * The file a person downloads to move assessments to another browser or hand
 * them to a consultant: a versioned envelope around one or more saved
 * sessions, so older files can be migrated and unknown ones refused.
 *
 * WARNING: on import a session inside the file may be of any supported
 * session version (it is restored like a saved session); this schema describes
 * what the app writes today and is what `public/assessment-export.schema.json`
 * documents.
 */
export const ExportFileSchema = z.strictObject({
  $schema: z.string().max(500).optional(),
  type: z.literal(EXPORT_TYPE),
  version: z.literal(EXPORT_VERSION),
  exportedAt: z.iso.datetime(),
  assessments: z.array(ExportedAssessmentSchema).min(1).max(MAX_ASSESSMENTS),
});
export type ExportFile = z.infer<typeof ExportFileSchema>;
