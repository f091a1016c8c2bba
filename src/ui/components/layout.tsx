import { useEffect, useRef, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { ConfigNotice } from '../deployment/config-notice';
import { DeployerContact, DeployerLinkList, useDeployerLinks } from '../deployment/deployer-links';
import { useAppName, useDeploymentConfig } from '../deployment/deployment-context';
import { paths } from '../wizard/paths';
import { LanguageSwitcher } from './language-switcher';

export function Layout({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  const name = useAppName();
  const { contact } = useDeploymentConfig();
  const hasLinks = useDeployerLinks().length > 0;
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="site-header">
        <div className="site-header-inner">
          <Link to="/" className="brand">
            <BrandMark />
            {name}
          </Link>
          <SiteMenu>
            <nav className="site-nav" aria-label={t('nav.label')}>
              <Link to={paths.assessments.href()}>{t('nav.assessments')}</Link>
              <Link to={paths.faq.href()}>{t('nav.faq')}</Link>
              <Link to={paths.glossary.href()}>{t('nav.glossary')}</Link>
              <Link to={paths.dpa.href()}>{t('nav.dpa')}</Link>
              <Link to={paths.workshop.href()}>{t('nav.workshop')}</Link>
            </nav>
            <LanguageSwitcher />
          </SiteMenu>
        </div>
      </header>
      <main id="main" className="site-main" tabIndex={-1}>
        <ConfigNotice />
        {children}
      </main>
      <footer className="site-footer">
        <p>{t('app.tagline')}</p>
        {(hasLinks || contact) && (
          <div className="deployer">
            {hasLinks && (
              <nav aria-label={t('deployment.linksLabel')}>
                <DeployerLinkList />
              </nav>
            )}
            <DeployerContact />
          </div>
        )}
      </footer>
    </>
  );
}

/**
 * The links and the language: always shown on a wide screen; on a phone (CSS decides) behind a
 * Menu button, closed again by Escape or by going to another page.
 */
function SiteMenu({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  // Opened on one page: going to another closes it.
  const { pathname } = useLocation();
  const [openOn, setOpenOn] = useState<string | null>(null);
  const open = openOn === pathname;
  const toggle = useRef<HTMLButtonElement>(null);
  useEffect(() => {
    if (!open) return;
    const close = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      setOpenOn(null);
      toggle.current?.focus();
    };
    document.addEventListener('keydown', close);
    return () => document.removeEventListener('keydown', close);
  }, [open]);
  return (
    <>
      <button
        ref={toggle}
        type="button"
        className="menu-toggle"
        aria-expanded={open}
        aria-controls="site-menu"
        onClick={() => setOpenOn(open ? null : pathname)}
      >
        {t('nav.menu')}
      </button>
      <div id="site-menu" className="site-menu" data-open={open}>
        {children}
      </div>
    </>
  );
}

/** The deployer's logo, or the app's own mark when there is none or it does not load. */
function BrandMark() {
  const { logo } = useDeploymentConfig();
  const [failed, setFailed] = useState(false);
  if (!logo || failed) return <span className="brand-mark" aria-hidden="true" />;
  return <img className="brand-logo" src={logo} alt="" onError={() => setFailed(true)} />;
}
