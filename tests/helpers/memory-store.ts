import type { KeyValueStore } from '@/engine/library/library';

/**
 * One browser profile's localStorage in memory, shared by every tab (Library) built on it. It
 * counts writes per key, and `refuse` makes it throw as a full or blocked browser storage does.
 */
export class MemoryStore implements KeyValueStore {
  readonly data = new Map<string, string>();
  readonly writes = new Map<string, number>();
  /** Whether the browser refuses to store this key now. */
  refuse: (key: string) => boolean = () => false;

  getItem(key: string): string | null {
    return this.data.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    if (this.refuse(key)) throw new Error('QuotaExceededError');
    this.writes.set(key, (this.writes.get(key) ?? 0) + 1);
    this.data.set(key, value);
  }
  removeItem(key: string): void {
    this.data.delete(key);
  }
  keys(): readonly string[] {
    return [...this.data.keys()];
  }
}

/** Refuses every write from the `n`th one on (0: at once), as storage that fills up midway. */
export function refuseAfter(n: number): (key: string) => boolean {
  let left = n;
  return () => left-- <= 0;
}
