import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/** Names the browser tab after the screen, in the current language (WCAG 2.4.2). */
export function useDocumentTitle(title: string): void {
  const { t } = useTranslation();
  const app = t('app.name');
  useEffect(() => {
    document.title = title && title !== app ? `${title} – ${app}` : app;
  }, [title, app]);
}
