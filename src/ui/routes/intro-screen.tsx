import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { selectAnsweredCount } from '@/engine/wizard/wizard.selectors';
import { ExamplePicker } from '../components/example-picker';
import { RestartButton } from '../components/restart-button';
import { useDocumentTitle } from '../components/use-document-title';
import { useFocusHeading } from '../components/use-focus-heading';
import { paths } from '../wizard/paths';
import { useQuestionnaireText } from '../wizard/use-questionnaire-text';
import { WizardContext } from '../wizard/wizard-context';

export function IntroScreen() {
  const { t } = useTranslation();
  const qt = useQuestionnaireText();
  const actor = WizardContext.useActorRef();
  const answered = WizardContext.useSelector(selectAnsweredCount);
  const heading = useFocusHeading('intro');
  useDocumentTitle(qt.text('title'));
  return (
    <section className="intro" aria-labelledby="intro-heading">
      <h1 id="intro-heading" ref={heading} tabIndex={-1}>
        {qt.text('title')}
      </h1>
      <p className="lead">{qt.text('intro')}</p>
      <ul className="assurances">
        <li>{t('intro.privacy')}</li>
        <li>{t('intro.notAdvice')}</li>
      </ul>
      {answered > 0 && <p>{t('intro.progress', { count: answered })}</p>}
      <div className="step-actions">
        <button
          type="button"
          className="button primary"
          onClick={() => actor.send({ type: 'assessment.start' })}
        >
          {answered > 0 ? t('intro.continue') : t('intro.start')}
        </button>
        {answered > 0 && <RestartButton />}
      </div>
      <ExamplePicker hasAnswers={answered > 0} />
      <p className="workshop-link">
        <Link to={paths.workshop.href()}>{t('intro.workshopLink')}</Link>{' '}
        <span className="hint">{t('intro.workshopLinkHint')}</span>
      </p>
    </section>
  );
}
