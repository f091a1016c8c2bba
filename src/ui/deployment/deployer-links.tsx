import { useTranslation } from 'react-i18next';
import { DEPLOYER_LINK_KINDS } from '@/engine/config/deployment-config';
import { useDeploymentConfig } from './deployment-context';

/** The deployer's configured documents. */
export function useDeployerLinks(): { kind: (typeof DEPLOYER_LINK_KINDS)[number]; href: string }[] {
  const { links } = useDeploymentConfig();
  return DEPLOYER_LINK_KINDS.flatMap((kind) => {
    const href = links[kind];
    return href ? [{ kind, href }] : [];
  });
}

/** The deployer's documents as a list of links; nothing when none are configured. */
export function DeployerLinkList() {
  const { t } = useTranslation();
  const links = useDeployerLinks();
  if (links.length === 0) return null;
  return (
    <ul className="deployer-links">
      {links.map(({ kind, href }) => (
        <li key={kind}>
          <a href={href}>{t(`deployment.links.${kind}`)}</a>
        </li>
      ))}
    </ul>
  );
}

/** The deployer's contact details; nothing when none are configured. */
export function DeployerContact() {
  const { t } = useTranslation();
  const { contact } = useDeploymentConfig();
  if (!contact) return null;
  return (
    <address className="deployer-contact">
      {contact.name && <span>{contact.name}</span>}
      {contact.email && (
        <span>
          {t('deployment.contact.email')}: <a href={`mailto:${contact.email}`}>{contact.email}</a>
        </span>
      )}
      {contact.phone && (
        <span>
          {t('deployment.contact.phone')}:{' '}
          <a href={`tel:${contact.phone.replace(/[^+\d]/g, '')}`}>{contact.phone}</a>
        </span>
      )}
      {contact.url && (
        <span>
          {t('deployment.contact.website')}:{' '}
          <a href={contact.url}>{contact.url.replace(/^https:\/\//, '').replace(/\/$/, '')}</a>
        </span>
      )}
    </address>
  );
}

/** The deployer's documents and contact details as a panel, for the results page. */
export function DeployerHelp() {
  const { t } = useTranslation();
  const { name, contact } = useDeploymentConfig();
  const links = useDeployerLinks();
  if (links.length === 0 && !contact) return null;
  return (
    <section className="panel deployer-help" aria-labelledby="deployer-help-heading">
      <h2 id="deployer-help-heading">{t('deployment.helpTitle')}</h2>
      {name && <p>{t('deployment.helpIntro', { name })}</p>}
      <DeployerLinkList />
      <DeployerContact />
    </section>
  );
}

/** A link to the deployer's own data processing agreement, for the DPA guide. */
export function DeployerDpaLink() {
  const { t } = useTranslation();
  const { name, links } = useDeploymentConfig();
  if (!links.dpa) return null;
  return (
    <p className="notice deployer-dpa">
      <a href={links.dpa}>
        {name ? t('deployment.ownDpa', { name }) : t('deployment.ownDpaUnnamed')}
      </a>
    </p>
  );
}
