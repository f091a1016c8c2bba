import { useEffect } from 'react';
import { useAppName } from '../deployment/deployment-context';

/** Names the browser tab after the screen, in the current language (WCAG 2.4.2). */
export function useDocumentTitle(title: string): void {
  const app = useAppName();
  useEffect(() => {
    document.title = title && title !== app ? `${title} – ${app}` : app;
  }, [title, app]);
}
