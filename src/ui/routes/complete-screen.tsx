import { useTranslation } from 'react-i18next';
import { selectAnsweredCount } from '@/engine/wizard/wizard.selectors';
import { RestartButton } from '../components/restart-button';
import { useDocumentTitle } from '../components/use-document-title';
import { useFocusHeading } from '../components/use-focus-heading';
import { WizardContext } from '../wizard/wizard-context';

export function CompleteScreen() {
  const { t } = useTranslation();
  const actor = WizardContext.useActorRef();
  const answered = WizardContext.useSelector(selectAnsweredCount);
  const heading = useFocusHeading('complete');
  useDocumentTitle(t('complete.title'));
  return (
    <section className="complete" aria-labelledby="complete-heading">
      <h1 id="complete-heading" ref={heading} tabIndex={-1}>
        {t('complete.title')}
      </h1>
      <p className="lead">{t('complete.body')}</p>
      <p>{t('complete.answered', { count: answered })}</p>
      <div className="step-actions">
        <button
          type="button"
          className="button secondary"
          onClick={() => actor.send({ type: 'review.open' })}
        >
          {t('complete.reviewAgain')}
        </button>
        <RestartButton />
      </div>
    </section>
  );
}
