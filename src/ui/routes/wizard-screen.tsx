import { useTranslation } from 'react-i18next';
import { WizardContext } from '../wizard/wizard-context';
import { ResultsScreen } from './results-screen';
import { ExitScreen } from './exit-screen';
import { IntroScreen } from './intro-screen';
import { ReviewScreen } from './review-screen';
import { StepScreen } from './step-screen';

/** Shows the screen of the wizard's current state; the URL follows the machine, not the other way round. */
export function WizardScreen() {
  const { t } = useTranslation();
  const actor = WizardContext.useActorRef();
  const state = WizardContext.useSelector((s) => s.value);
  const notice = WizardContext.useSelector((s) => s.context.notice);
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
      {state === 'complete' && <ResultsScreen />}
    </>
  );
}
