import { lazy, Suspense, useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import { WizardContext } from '../wizard/wizard-context';
import { ExitScreen } from './exit-screen';
import { IntroScreen } from './intro-screen';
import { ReviewScreen } from './review-screen';
import { StepScreen } from './step-screen';

// The results bring the report texts, the chart and the PDF button: the first screen does not
// wait for them. They are fetched once the wizard has painted, so finishing does not wait either.
const loadResults = () => import('./results-screen');
const ResultsScreen = lazy(() => loadResults().then((m) => ({ default: m.ResultsScreen })));

/** Shows the screen of the wizard's current state; the URL follows the machine, not the other way round. */
export function WizardScreen() {
  const { t } = useTranslation();
  const actor = WizardContext.useActorRef();
  const state = WizardContext.useSelector((s) => s.value);
  const notice = WizardContext.useSelector((s) => s.context.notice);
  useEffect(() => {
    const timer = setTimeout(() => void loadResults(), 0);
    return () => clearTimeout(timer);
  }, []);
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
      {state === 'answering' && <StepScreen />}
      {state === 'review' && <ReviewScreen />}
      {state === 'exit' && <ExitScreen />}
      {state === 'complete' && (
        <Suspense fallback={<p role="status">{t('app.loading')}</p>}>
          <ResultsScreen />
        </Suspense>
      )}
    </>
  );
}
