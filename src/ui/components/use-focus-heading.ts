import { useEffect, useRef } from 'react';

/** Moves focus to the screen's heading when it appears or `key` changes, so screen readers announce the new step. */
export function useFocusHeading<T extends HTMLElement = HTMLHeadingElement>(key: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    ref.current?.focus();
  }, [key]);
  return ref;
}
