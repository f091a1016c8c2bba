import { useEffect } from 'react';
import { useLocation } from 'react-router';

/**
 * Scrolls to the element the address's `#id` names and moves focus to it (or to the part of
 * it `focus` selects), also on a direct load: the browser looks for the id before the page has
 * drawn it. Focus there keeps the heading hook from pulling the person back to the top.
 */
export function useHashTarget(focus?: string): void {
  const { hash } = useLocation();
  useEffect(() => {
    const target = hash ? document.getElementById(decodeURIComponent(hash.slice(1))) : null;
    if (!target) return;
    target.scrollIntoView();
    const into = focus ? target.querySelector<HTMLElement>(focus) : target;
    into?.focus();
  }, [hash, focus]);
}
