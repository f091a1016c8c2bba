import type { NavigateFunction } from 'react-router';

/** The browser's address, moved by the wizard after the screen it names has painted. */
export interface AddressBar {
  readonly go: (href: string, replace: boolean) => void;
  /** Drops a move still waiting: Back was pressed before the address followed Next. */
  readonly cancel: () => void;
}

/**
 * pushState costs 1-10 ms in Chromium, and the router then renders every link again: done in
 * the click's frame, that held back the paint of the next step. A move still waiting when the
 * next one comes is made first, so history keeps every place.
 */
export function afterPaint(navigate: NavigateFunction): AddressBar {
  let waiting: (() => void) | null = null;
  let frame = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const cancel = () => {
    waiting = null;
    cancelAnimationFrame(frame);
    clearTimeout(timer);
  };
  const flush = () => {
    const move = waiting;
    cancel();
    move?.();
  };
  return {
    go: (href, replace) => {
      flush();
      waiting = () => {
        if (window.location.pathname !== href) void navigate(href, { replace });
      };
      frame = requestAnimationFrame(() => {
        timer = setTimeout(flush, 0);
      });
    },
    cancel,
  };
}
