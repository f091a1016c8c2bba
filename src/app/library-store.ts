import type { Questionnaire } from '@/engine/questionnaire/questionnaire.schema';
import { Library, whenStored } from '@/engine/library/library';
import { restoreSession, type RestoreResult } from '@/engine/session/restore-session';
import { getStore } from './browser-store';

let shared: Library | undefined;

/** The one library of this browser profile. */
export function getLibrary(): Library {
  shared ??= new Library(getStore());
  return shared;
}

/**
 * The assessment to work on for a questionnaire: the active one, else the
 * newest of that questionnaire, else a new one. Null when the browser refuses
 * to store even that; the wizard then runs unsaved and says so.
 */
export function openAssessment(library: Library, questionnaireId: string): string | null {
  const active = library.activeId();
  if (active && library.get(active)?.questionnaireId === questionnaireId) return active;
  const existing = library.list().findLast((a) => a.questionnaireId === questionnaireId);
  const opened = whenStored(() => {
    if (!existing) return library.create(questionnaireId, { activate: true }).id;
    library.setActive(existing.id);
    return existing.id;
  });
  return opened.kind === 'stored' ? opened.value : (existing?.id ?? null);
}

/**
 * Reads an assessment's saved progress. Unreadable data is moved aside before a
 * fresh start can overwrite it, so it survives a reload too; so is a copy of a
 * save whose answers a changed questionnaire left out or changed, before the next save drops them.
 */
export function loadAssessment(library: Library, id: string, q: Questionnaire): RestoreResult {
  const raw = library.read(id);
  const result = restoreSession(raw, q);
  try {
    if (result.kind === 'restored') {
      if (raw !== null && (result.dropped.length > 0 || result.changed.length > 0))
        library.keepBeforeUpgrade(id, raw);
    } else if (result.kind !== 'empty') library.setAside(id, result.raw);
  } catch {
    // What was left out or could not be read is still offered for download from memory.
  }
  return result;
}

/** Asks the browser not to clear our storage under pressure; the answer is shown on the library page. */
export async function requestPersistence(): Promise<'persisted' | 'best-effort' | 'unsupported'> {
  if (!navigator.storage?.persist) return 'unsupported';
  try {
    if (await navigator.storage.persisted()) return 'persisted';
    return (await navigator.storage.persist()) ? 'persisted' : 'best-effort';
  } catch {
    return 'unsupported';
  }
}
