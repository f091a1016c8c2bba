/** What the list knows of an assessment's saved state, from its summary. */
export interface SavedState {
  /** The last save, or null when nothing could be read. */
  readonly updatedAt: string | null;
  /** Whether anything was entered yet: an untouched assessment has nothing to back up. */
  readonly started: boolean;
}

/**
 * Whether an assessment holds work no export has: it was started and never exported, or saved
 * after its last export. The times are compared as instants, not as text, so a save written
 * with or without milliseconds is still ordered rightly.
 */
export function changedSinceExport(lastExportedAt: string | null, saved: SavedState): boolean {
  if (saved.updatedAt === null || !saved.started) return false;
  return lastExportedAt === null || Date.parse(lastExportedAt) < Date.parse(saved.updatedAt);
}
