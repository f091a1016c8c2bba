import type { i18n } from 'i18next';

/**
 * What identifies one i18next instance to the caches kept beside it. Not the instance object:
 * react-i18next's hooks hand out a copy of it per component (and per language), which shares
 * the original's resource store, translator and event listeners.
 */
export function instanceKey(instance: i18n): object {
  return instance.store;
}
