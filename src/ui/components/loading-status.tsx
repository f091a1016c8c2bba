import { useTranslation } from 'react-i18next';

/** What a part of the page shows while its code or texts load. */
export function LoadingStatus() {
  const { t } = useTranslation();
  return <p role="status">{t('app.loading')}</p>;
}
