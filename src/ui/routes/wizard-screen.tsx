import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { afterNextPaint } from '../components/after-paint';
import { LoadingStatus } from '../components/loading-status';
import { WizardContext } from '../wizard/wizard-context';
import { IntroScreen } from './intro-screen';

// Only the intro is in the first screen's code. The questions bring react-hook-form and the
// field components, the review the consultant texts, the results the report texts, the chart
// and the PDF button: each is fetched once the wizard has painted, so moving on does not wait.
const loadStep = () => import('./step-screen');
const loadReview = () => import('./review-screen');
const loadExit = () => import('./exit-screen');
const loadResults = () => import('./results-screen');
const StepScreen = lazy(() => loadStep().then((m) => ({ default: m.StepScreen })));
const ReviewScreen = lazy(() => loadReview().then((m) => ({ default: m.ReviewScreen })));
const ExitScreen = lazy(() => loadExit().then((m) => ({ default: m.ExitScreen })));
const ResultsScreen = lazy(() => loadResults().then((m) => ({ default: m.ResultsScreen })));

/** Fetches the other screens' code after the next paint, the step's first. */
const prefetchScreens = () =>
  afterNextPaint(() => void loadStep().then(loadReview).then(loadExit).then(loadResults));

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
        {state === 'answering' && <StepScreen />}
        {state === 'review' && <ReviewScreen />}
        {state === 'exit' && <ExitScreen />}
        {state === 'complete' && <ResultsScreen />}
      </Suspense>
    </>
  );
}
