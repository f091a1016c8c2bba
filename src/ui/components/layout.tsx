import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../wizard/paths';
import { LanguageSwitcher } from './language-switcher';

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link to="/" className="brand">
            <span className="brand-mark" aria-hidden="true" />
            {t('app.name')}
          </Link>
          <nav className="site-nav" aria-label={t('nav.label')}>
            <Link to={paths.faq.href()}>{t('nav.faq')}</Link>
            <Link to={paths.glossary.href()}>{t('nav.glossary')}</Link>
            <Link to={paths.dpa.href()}>{t('nav.dpa')}</Link>
          </nav>
          <LanguageSwitcher />
        </div>
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('app.tagline')}</p>
      </footer>
    </>
  );
}
