import type { i18n } from 'i18next';
import { instanceKey } from './instance-key';

/** Lookups of one namespace's texts in the active language, each key resolved by i18next once. */
export interface CachedTexts {
  readonly text: (key: string) => string;
  readonly has: (key: string) => boolean;
  /** An option's label for one question: its own wording if it has one, else the shared one. */
  readonly option: (questionId: string, option: string) => string;
}

interface InstanceCache {
  readonly byNamespace: Map<string, CachedTexts>;
}

// Per instance, not per copy: react-i18next gives each component its own copy of the instance,
// and a step mounts many; they share one translator, so they can share the answers too.
const caches = new WeakMap<object, InstanceCache>();

/**
 * The texts of `ns` for `instance`'s current language. A step renders the same labels, options
 * and help on every answer; i18next resolves each key through fallbacks and regular
 * expressions, so the answers are kept until the language or the loaded texts change. The
 * object is the same until then, so components that receive it can skip re-rendering.
 */
export function cachedTexts(instance: i18n, ns: string): CachedTexts {
  let cache = caches.get(instanceKey(instance));
  if (!cache) {
    const fresh: InstanceCache = { byNamespace: new Map() };
    const forget = () => fresh.byNamespace.clear();
    instance.on('languageChanged', forget);
    instance.store.on('added', forget);
    instance.store.on('removed', forget);
    caches.set(instanceKey(instance), fresh);
    cache = fresh;
  }
  let texts = cache.byNamespace.get(ns);
  if (!texts) {
    texts = createTexts(instance, ns);
    cache.byNamespace.set(ns, texts);
  }
  return texts;
}

function createTexts(instance: i18n, ns: string): CachedTexts {
  // Questionnaire keys come from data, so they cannot be checked against the typed app keys.
  const t = instance.t.bind(instance) as unknown as (
    key: string,
    options: { ns: string },
  ) => string;
  const texts = new Map<string, string>();
  const known = new Map<string, boolean>();
  const text = (key: string): string => {
    let found = texts.get(key);
    if (found === undefined) {
      found = t(key, { ns });
      texts.set(key, found);
    }
    return found;
  };
  const has = (key: string): boolean => {
    let found = known.get(key);
    if (found === undefined) {
      found = instance.exists(key, { ns: ns as 'common' });
      known.set(key, found);
    }
    return found;
  };
  const option = (questionId: string, optionId: string): string => {
    const own = `questions.${questionId}.options.${optionId}`;
    return has(own) ? text(own) : text(`options.${optionId}`);
  };
  return { text, has, option };
}
