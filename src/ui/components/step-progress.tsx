import { useTranslation } from 'react-i18next';
import { selectLocation, selectStepOverview } from '@/engine/wizard/wizard.selectors';
import { WizardContext } from '../wizard/wizard-context';

export function StepProgress() {
  const { t } = useTranslation();
  const overview = WizardContext.useSelector(
    selectStepOverview,
    (a, b) => JSON.stringify(a) === JSON.stringify(b),
  );
  const location = WizardContext.useSelector(selectLocation);
  const steps = overview.filter((s) => s.status !== 'skipped' && s.status !== 'pending');
  const current =
    location.screen === 'step'
      ? steps.findIndex((s) => s.sectionId === location.stepId) + 1
      : steps.length;
  const done = steps.filter((s) => s.status === 'done').length;
  return (
    <div className="progress">
      <p className="progress-text" id="progress-text">
        {t('step.progress', { current, total: steps.length })}
      </p>
      <progress max={steps.length} value={done} aria-labelledby="progress-text" />
    </div>
  );
}
