import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useDocumentTitle } from '../components/use-document-title';
import { useFocusHeading } from '../components/use-focus-heading';

export function NotFound() {
  const { t } = useTranslation();
  const heading = useFocusHeading('not-found');
  useDocumentTitle(t('error.notFoundTitle'));
  return (
    <section aria-labelledby="not-found-heading">
      <h1 id="not-found-heading" ref={heading} tabIndex={-1}>
        {t('error.notFoundTitle')}
      </h1>
      <p>{t('error.notFoundBody')}</p>
      <p>
        <Link to="/">{t('error.home')}</Link>
      </p>
    </section>
  );
}
