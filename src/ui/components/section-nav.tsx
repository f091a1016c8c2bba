import { memo, useMemo, type MouseEvent } from 'react';
import { useTranslation } from 'react-i18next';
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
  // Every step change renders the list again; i18next resolves each key through its fallbacks.
  const texts = useMemo(
    () => ({
      sections: t('step.sections'),
      skippedWhy: t('step.skippedWhy'),
      status: Object.fromEntries(
        Object.entries(statusKey).map(([status, key]) => [status, t(key)]),
      ) as Record<StepStatus, string>,
    }),
    [t],
  );
  return (
    <nav className="section-nav" aria-label={texts.sections}>
      <h2 className="section-nav-title">{texts.sections}</h2>
      <ol>
        {overview.map(({ sectionId, status }) => (
          <SectionItem
            key={sectionId}
            sectionId={sectionId}
            status={status}
            title={qt.text(`sections.${sectionId}.title`)}
            statusText={texts.status[status]}
            skipReason={
              status === 'skipped' && qt.has(`sections.${sectionId}.skipReason`)
                ? qt.text(`sections.${sectionId}.skipReason`)
                : null
            }
            skipWhy={texts.skippedWhy}
          />
        ))}
      </ol>
    </nav>
  );
}

// A step change alters the status of two sections: the others keep their rendered item. The
// links ask the wizard, which moves the address bar: a router link would re-render every item
// whenever the address changes.
const SectionItem = memo(function SectionItem({
  sectionId,
  status,
  title,
  statusText,
  skipReason,
  skipWhy,
}: {
  sectionId: string;
  status: StepStatus;
  title: string;
  statusText: string;
  skipReason: string | null;
  skipWhy: string;
}) {
  const actor = WizardContext.useActorRef();
  const goTo = (event: MouseEvent) => {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey)
      return;
    event.preventDefault();
    actor.send({ type: 'step.goto', stepId: sectionId });
  };
  return (
    <li className={`section-item status-${status}`}>
      {status === 'done' || status === 'open' ? (
        <a href={paths.step.href(sectionId)} onClick={goTo}>
          {title}
        </a>
      ) : (
        <span aria-current={status === 'current' ? 'step' : undefined}>{title}</span>
      )}
      <span className="section-status"> ({statusText})</span>
      {skipReason && (
        <details className="skip-why">
          <summary>{skipWhy}</summary>
          <p>{skipReason}</p>
        </details>
      )}
    </li>
  );
});
