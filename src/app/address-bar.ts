import type { NavigateFunction } from 'react-router';

/** The browser's address, moved by the wizard after the screen it names has painted. */
export interface AddressBar {
  readonly go: (href: string, replace: boolean) => void;
  /** Drops a move still waiting: Back was pressed before the address followed Next. */
  readonly cancel: () => void;
}

/**
 * pushState costs about 5 ms in Chromium (measured during a walk) and the router then renders
 * every link again: done in the click's frame, that held back the paint of the next step.
 * A move still waiting when the next one comes is made first, so history keeps every place. A
 * move is dropped when the address changed while it waited (a link followed, Back pressed, a
 * page opened by the person): it would take them back to where the wizard was.
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
      const from = window.location.pathname;
      waiting = () => {
        const now = window.location.pathname;
        if (now === from && now !== href) void navigate(href, { replace });
      };
      frame = requestAnimationFrame(() => {
        timer = setTimeout(flush, 0);
      });
    },
    cancel,
  };
}
