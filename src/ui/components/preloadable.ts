import { createElement, use, type ComponentType } from 'react';

export interface Preloadable<P extends object> {
  /** Renders the component, suspending only while its code is still on its way. */
  readonly Component: ComponentType<P>;
  /** Starts fetching the code; the same promise on every call. */
  readonly preload: () => Promise<ComponentType<P>>;
}

/** A promise as React's `use` reads it: settled ones carry their outcome, read without suspending. */
type Tracked<T> = Promise<T> &
  (
    | { status?: 'pending' }
    | { status: 'fulfilled'; value: T }
    | { status: 'rejected'; reason: unknown }
  );

/**
 * A component whose code is fetched when first needed or preloaded. Unlike React.lazy it renders
 * at once when the code has already arrived: a lazy component suspends on its first render even
 * then, the nearest Suspense shows "loading", and React holds the screen back for up to 300 ms
 * after a fallback has shown (measured: the review appeared 320 ms after Next instead of 30).
 * The load's promise is marked settled the way React marks the promises it tracks, so `use`
 * returns its component synchronously.
 */
export function preloadable<P extends object>(
  load: () => Promise<ComponentType<P>>,
): Preloadable<P> {
  let loading: Tracked<ComponentType<P>> | null = null;
  const preload = () => {
    if (!loading) {
      const promise: Tracked<ComponentType<P>> = load();
      promise.then(
        (value) => Object.assign(promise, { status: 'fulfilled', value }),
        (reason: unknown) => Object.assign(promise, { status: 'rejected', reason }),
      );
      loading = promise;
    }
    return loading;
  };
  function PreloadableComponent(props: P) {
    return createElement(use(preload()), props);
  }
  return { Component: PreloadableComponent, preload };
}
