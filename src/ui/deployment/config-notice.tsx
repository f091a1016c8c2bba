import { useTranslation } from 'react-i18next';
import { hasConfigProblems, type ConfigOutcome } from '@/engine/config/deployment-config';
import { useDeploymentResult } from './deployment-context';

const messageKey = {
  ok: 'deployment.notice.partial',
  missing: 'deployment.notice.missing',
  unreadable: 'deployment.notice.unreadable',
  'not-json': 'deployment.notice.notJson',
  invalid: 'deployment.notice.invalid',
} as const satisfies Record<ConfigOutcome, string>;

/** Tells visitors the app works as usual, and the deployer what is wrong with config.json. */
export function ConfigNotice() {
  const { t } = useTranslation();
  const result = useDeploymentResult();
  if (!hasConfigProblems(result)) return null;
  return (
    <div className="notice notice-warning config-notice" role="alert">
      <p>{t(messageKey[result.outcome])}</p>
      <p className="config-notice-details">{t('deployment.notice.details')}</p>
      <ul className="issue-list">
        {result.issues.map((issue, i) => (
          <li key={i}>
            <code>config.json {issue.path}</code>: {issue.message}
          </li>
        ))}
      </ul>
    </div>
  );
}
