import { MAX_NAME } from './library-index';

/**
 * A name as the library keeps it: without the spaces around it, and no longer than the index
 * allows. An empty result means "no name of its own": the list then shows the organisation's.
 */
export function cleanName(typed: string): string {
  return typed.trim().slice(0, MAX_NAME);
}
