import type { Library } from '@/engine/library/library';
import type { Questionnaire } from '@/engine/questionnaire/questionnaire.schema';
import { restoreSession } from '@/engine/session/restore-session';
import { serializeExport, EXPORT_SCHEMA_PATH } from '@/engine/transfer/serialize-export';
import { localIsoDate, organisationSlug } from '@/report/file-name';
import { downloadFile } from '../components/download-file';

/**
 * Downloads the given assessments, under the names shown for them, as one
 * export file and records the export.
 * Assessments without readable saved data are left out; returns how many went in.
 */
export function exportAssessments(
  library: Library,
  questionnaire: Questionnaire,
  items: readonly { readonly id: string; readonly name: string }[],
  fileLabel: string | null,
): number {
  const entries = items.flatMap(({ id, name }) => {
    const meta = library.get(id);
    const restored = restoreSession(library.read(id), questionnaire);
    if (!meta || restored.kind !== 'restored') return [];
    return [{ id, entry: { name, createdAt: meta.createdAt, session: restored.session } }];
  });
  if (entries.length === 0) return 0;
  const now = new Date();
  const text = serializeExport(
    entries.map((e) => e.entry),
    {
      now,
      schemaUrl: `${window.location.origin}${EXPORT_SCHEMA_PATH}`,
    },
  );
  downloadFile(
    `gdpr-readiness-${organisationSlug(fileLabel)}-${localIsoDate(now)}.json`,
    text,
    'application/json',
  );
  library.markExported(entries.map((e) => e.id));
  return entries.length;
}
