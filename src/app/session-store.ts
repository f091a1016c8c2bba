import type { Questionnaire } from '@/engine/questionnaire/questionnaire.schema';
import { restoreSession, type RestoreResult } from '@/engine/session/restore-session';
import type { Session } from '@/engine/session/session.schema';

const key = (questionnaireId: string) => `gdpr-readiness:session:${questionnaireId}`;
const backupKey = (questionnaireId: string) => `gdpr-readiness:unreadable:${questionnaireId}`;

/**
 * Reads saved progress. Unreadable data is moved aside under a backup key
 * before a fresh assessment can overwrite it, so it survives a reload too.
 */
export function loadSession(q: Questionnaire): RestoreResult {
  let raw: string | null;
  try {
    raw = localStorage.getItem(key(q.id));
  } catch {
    return { kind: 'empty' };
  }
  const result = restoreSession(raw, q);
  if (
    result.kind === 'corrupt' ||
    result.kind === 'unknown-version' ||
    result.kind === 'other-questionnaire'
  ) {
    try {
      localStorage.setItem(backupKey(q.id), result.raw);
      localStorage.removeItem(key(q.id));
    } catch {
      // The raw text is still offered for download from memory.
    }
  }
  return result;
}

/** Saves progress; returns false when the browser refuses (quota, private mode). */
export function saveSession(session: Session): boolean {
  try {
    localStorage.setItem(key(session.questionnaireId), JSON.stringify(session));
    return true;
  } catch {
    return false;
  }
}
