import { useTranslation } from 'react-i18next';
import { selectStepCount } from '@/engine/wizard/wizard.selectors';
import { WizardContext } from '../wizard/wizard-context';

export function StepProgress() {
  const { t } = useTranslation();
  const count = WizardContext.useSelector(
    selectStepCount,
    (a, b) => a?.passed === b?.passed && a?.left === b?.left && a?.exact === b?.exact,
  );
  if (!count) return null;
  const current = count.passed + 1;
  const text =
    count.left === 0
      ? t('step.progressLast', { current })
      : count.exact
        ? t('step.progressLeft', { current, count: count.left })
        : t('step.progressAbout', { current, count: count.left });
  return (
    <div className="progress">
      <p className="progress-text" id="progress-text">
        {text}
      </p>
      <progress max={current + count.left} value={count.passed} aria-labelledby="progress-text" />
    </div>
  );
}
