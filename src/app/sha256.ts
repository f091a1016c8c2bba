/**
 * The SHA-256 of the bytes in hex, or null where the browser will not hash them: there is no
 * crypto.subtle outside a secure context (plain HTTP on a network address). A shipped file that
 * cannot be hashed is then checked in full, as one that was changed would be.
 */
export async function sha256(bytes: ArrayBuffer | undefined): Promise<string | null> {
  if (!bytes) return null;
  try {
    const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
    return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
  } catch {
    return null;
  }
}
