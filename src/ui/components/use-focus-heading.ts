import { useEffect, useRef } from 'react';

/**
 * Moves focus to the screen's heading when it appears or `key` changes, so screen readers
 * announce the new step. In the frame's callback, before its paint: focusing asks the browser
 * for the layout, which then is the frame's own instead of an extra one in the click's task.
 * Focus moved meanwhile (by the person, or by a screen that keeps their place) stays where it is.
 */
export function useFocusHeading<T extends HTMLElement = HTMLHeadingElement>(key: unknown) {
  const ref = useRef<T>(null);
  useEffect(() => {
    const focused = document.activeElement;
    const frame = requestAnimationFrame(() => {
      if (document.activeElement === focused) ref.current?.focus();
    });
    return () => cancelAnimationFrame(frame);
  }, [key]);
  return ref;
}
