import { Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { afterNextPaint } from '../components/after-paint';
import { LoadingStatus } from '../components/loading-status';
import { WizardContext } from '../wizard/wizard-context';
import { IntroScreen } from './intro-screen';
import { wizardScreens } from './wizard-screens';

const { step, review, exit, complete } = wizardScreens;

/** Fetches the other screens' code after the next paint, the step's first. */
const prefetchScreens = () =>
  afterNextPaint(
    () => void step.preload().then(review.preload).then(exit.preload).then(complete.preload),
  );

/** Shows the screen of the wizard's current state; the URL follows the machine, not the other way round. */
export function WizardScreen() {
  const { t } = useTranslation();
  const actor = WizardContext.useActorRef();
  const state = WizardContext.useSelector((s) => s.value);
  const notice = WizardContext.useSelector((s) => s.context.notice);
  useEffect(prefetchScreens, []);
  return (
    <>
      {notice && (
        <div className="notice" role="alert">
          <p>{t('notice.locationUnavailable')}</p>
          <button
            type="button"
            className="link-button"
            onClick={() => actor.send({ type: 'notice.dismiss' })}
          >
            {t('notice.dismiss')}
          </button>
        </div>
      )}
      {state === 'intro' && <IntroScreen />}
      <Suspense fallback={<LoadingStatus />}>
        {state === 'answering' && <step.Component />}
        {state === 'review' && <review.Component />}
        {state === 'exit' && <exit.Component />}
        {state === 'complete' && <complete.Component />}
      </Suspense>
    </>
  );
}
