import { useEffect, useMemo, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type Library } from '@/engine/library/library';
import { INDEX_KEY, assessmentKey, revisionKey } from '@/engine/library/library-keys';
import { changedSinceExport } from '@/engine/library/export-freshness';
import type { SummaryCache } from '@/engine/library/summary-cache';
import type { AssessmentSummary } from '@/report/assessment-summary';
import type { Row } from './assessment-row';
import { formatDate } from './format-date';

/**
 * Whether a change another tab made (a `storage` event's key) can change the list: the index, or
 * the saved session or revision of an assessment shown. A summary another tab wrote is not: the
 * list checks each summary against its assessment itself. Null means the storage was cleared.
 */
export function changesList(key: string | null, shown: ReadonlySet<string>): boolean {
  if (key === null || key === INDEX_KEY) return true;
  for (const id of shown) if (key === assessmentKey(id) || key === revisionKey(id)) return true;
  return false;
}

/**
 * The library's rows, each with its summary from the cache (only a missing or stale one is
 * scored), read again after a change here (`revision`) or one another tab made to what is shown.
 */
export function useLibraryRows(
  library: Library,
  summaries: SummaryCache<AssessmentSummary>,
  revision: number,
): Row[] {
  const { t, i18n } = useTranslation();
  const [external, setExternal] = useState(0);
  const shown = useRef<ReadonlySet<string>>(new Set());

  useEffect(() => {
    let frame = 0;
    const onStorage = (event: StorageEvent) => {
      if (!changesList(event.key, shown.current)) return;
      // One save in another tab writes several keys: read the library once for all of them.
      cancelAnimationFrame(frame);
      frame = requestAnimationFrame(() => setExternal((n) => n + 1));
    };
    window.addEventListener('storage', onStorage);
    return () => {
      window.removeEventListener('storage', onStorage);
      cancelAnimationFrame(frame);
    };
  }, []);

  const rows = useMemo(
    () =>
      library.list().map((meta): Row => {
        const summary = summaries.get(meta.id);
        return {
          meta,
          summary,
          displayName:
            meta.name ||
            summary.organisation ||
            t('library.unnamed', { date: formatDate(meta.createdAt, i18n.language) }),
          unexported: changedSinceExport(meta.lastExportedAt, {
            updatedAt: summary.updatedAt,
            started: summary.status !== 'not-started',
          }),
        };
      }),
    // `revision` and `external` say when to read the library again.
    [library, summaries, revision, external, t, i18n.language],
  );
  useEffect(() => {
    shown.current = new Set(rows.map((row) => row.meta.id));
  }, [rows]);
  return rows;
}
