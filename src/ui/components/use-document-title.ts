import { useEffect } from 'react';
import { useAppName } from '../deployment/deployment-context';
import { afterNextPaint } from './after-paint';

/**
 * Names the browser tab after the screen, in the current language (WCAG 2.4.2). After the
 * screen has painted: setting the title takes about a millisecond that the paint need not wait for.
 */
export function useDocumentTitle(title: string): void {
  const app = useAppName();
  useEffect(
    () =>
      afterNextPaint(() => {
        document.title = title && title !== app ? `${title} – ${app}` : app;
      }),
    [title, app],
  );
}
