import type { KeyValueStore } from '@/engine/library/library';
import { holdsWork } from '@/engine/library/library-keys';

/** localStorage, or a store in memory when the browser allows none (some private modes). */
function browserStore(): KeyValueStore {
  try {
    const storage = window.localStorage;
    storage.getItem('probe');
    return {
      getItem: (key) => storage.getItem(key),
      setItem: (key, value) => storage.setItem(key, value),
      removeItem: (key) => storage.removeItem(key),
      keys: () => Array.from({ length: storage.length }, (_, i) => storage.key(i) ?? ''),
    };
  } catch {
    const memory = new Map<string, string>();
    return {
      getItem: (key) => memory.get(key) ?? null,
      setItem: (key, value) => void memory.set(key, value),
      removeItem: (key) => void memory.delete(key),
      keys: () => [...memory.keys()],
    };
  }
}

let store: KeyValueStore | undefined;

/** The store the library keeps its data in. */
export function getStore(): KeyValueStore {
  store ??= browserStore();
  return store;
}

/**
 * Whether this browser has stored no assessment yet (nor anything set aside): a first visit,
 * whose intro shows before the code that reads saved work has loaded.
 */
export function nothingStored(): boolean {
  return !holdsWork(getStore().keys());
}
