const VERSION = /^(\d+)\.(\d+)\.(\d+)$/;

/**
 * Whether a save's questionnaire version comes before `version`. A version that is not
 * "major.minor.patch" counts as older: its answers are then read as the change says, which
 * at worst asks the person again, never claims an answer they did not give.
 */
export function isBeforeVersion(saved: string, version: string): boolean {
  const a = VERSION.exec(saved);
  const b = VERSION.exec(version);
  if (!a || !b) return true;
  for (let i = 1; i <= 3; i += 1) {
    const diff = Number(a[i]) - Number(b[i]);
    if (diff !== 0) return diff < 0;
  }
  return false;
}
