import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { selectStepOverview, type StepStatus } from '@/engine/wizard/wizard.selectors';
import { paths } from '../wizard/paths';
import { useQuestionnaireText } from '../wizard/use-questionnaire-text';
import { WizardContext } from '../wizard/wizard-context';

const statusKey = {
  done: 'step.statusDone',
  current: 'step.statusCurrent',
  open: 'step.statusTodo',
  locked: 'step.statusTodo',
  skipped: 'step.statusSkipped',
  pending: 'step.statusPending',
} as const satisfies Record<StepStatus, string>;

export function SectionNav() {
  const { t } = useTranslation();
  const qt = useQuestionnaireText();
  const overview = WizardContext.useSelector(
    selectStepOverview,
    (a, b) => JSON.stringify(a) === JSON.stringify(b),
  );
  return (
    <nav className="section-nav" aria-label={t('step.sections')}>
      <h2 className="section-nav-title">{t('step.sections')}</h2>
      <ol>
        {overview.map(({ sectionId, status }) => {
          const title = qt.text(`sections.${sectionId}.title`);
          return (
            <li key={sectionId} className={`section-item status-${status}`}>
              {status === 'done' || status === 'open' ? (
                <Link to={paths.step.href(sectionId)}>{title}</Link>
              ) : (
                <span aria-current={status === 'current' ? 'step' : undefined}>{title}</span>
              )}
              <span className="section-status"> ({t(statusKey[status])})</span>
              {status === 'skipped' && qt.has(`sections.${sectionId}.skipReason`) && (
                <details className="skip-why">
                  <summary>{t('step.skippedWhy')}</summary>
                  <p>{qt.text(`sections.${sectionId}.skipReason`)}</p>
                </details>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
