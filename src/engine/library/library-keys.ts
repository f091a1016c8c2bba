// Where the library keeps its data in the browser's storage. Apart from library.ts so that the
// first screen can tell whether anything is stored without loading the code that reads it.

const PREFIX = 'gdpr-readiness:';
export const INDEX_KEY = `${PREFIX}library`;
export const ASSESSMENT_PREFIX = `${PREFIX}assessment:`;
/** Where one assessment per questionnaire was kept before there was a library. */
export const LEGACY_PREFIX = `${PREFIX}session:`;

export const assessmentKey = (id: string) => `${ASSESSMENT_PREFIX}${id}`;
/**
 * Unreadable saved data of an assessment is moved under this prefix, plus the time, before
 * anything can overwrite it; the damaged index goes under the id `library`.
 */
export const unreadablePrefix = (id: string) => `${PREFIX}unreadable:${id}`;
/** The stored text of an assessment a questionnaire update left answers out of, plus the time. */
export const beforeUpgradePrefix = (id: string) => `${PREFIX}before-upgrade:${id}`;
/**
 * How many times an assessment was saved: a tab saves only over the revision it last read, so a
 * stale tab never overwrites another tab's newer work. Kept beside the session, not in it, so
 * that exports and older saves stay as they are.
 */
export const revisionKey = (id: string) => `${PREFIX}revision:${id}`;
/**
 * What the assessments list shows of an assessment, kept so the list need not score every
 * assessment each time it opens; stamped with the revision it was made from (summary-cache.ts).
 */
export const summaryKey = (id: string) => `${PREFIX}summary:${id}`;

// Keys whose presence means there is work to open or to repair. Settings (the language) and a
// revision or summary left without its assessment do not count.
const WORK_PREFIXES = [
  INDEX_KEY,
  ASSESSMENT_PREFIX,
  LEGACY_PREFIX,
  unreadablePrefix(''),
  beforeUpgradePrefix(''),
];

/** Whether any of the stored `keys` holds an assessment, the library's index or data set aside. */
export function holdsWork(keys: readonly string[]): boolean {
  return keys.some((key) => WORK_PREFIXES.some((prefix) => key.startsWith(prefix)));
}
