import { useTranslation } from 'react-i18next';
import { selectAnsweredCount } from '@/engine/wizard/wizard.selectors';
import { useDocumentTitle } from '../components/use-document-title';
import { useFocusHeading } from '../components/use-focus-heading';
import { useQuestionnaireText } from '../wizard/use-questionnaire-text';
import { WizardContext } from '../wizard/wizard-context';

export function WorkshopIntro() {
  const { t } = useTranslation();
  const qt = useQuestionnaireText();
  const actor = WizardContext.useActorRef();
  const answered = WizardContext.useSelector(selectAnsweredCount);
  const heading = useFocusHeading('workshop-intro');
  const title = t('workshop.intro.title', { title: qt.text('title') });
  useDocumentTitle(title);
  return (
    <section className="presenter presenter-intro" aria-labelledby="workshop-intro-heading">
      <h1 id="workshop-intro-heading" ref={heading} tabIndex={-1}>
        {title}
      </h1>
      <p className="lead">{t('workshop.intro.lead')}</p>
      {answered > 0 && <p>{t('intro.progress', { count: answered })}</p>}
      <p>{t('workshop.intro.shortcutsTip')}</p>
      <div className="step-actions">
        <button
          type="button"
          className="button primary"
          onClick={() => actor.send({ type: 'assessment.start' })}
        >
          {answered > 0 ? t('workshop.intro.continue') : t('workshop.intro.start')}
        </button>
      </div>
    </section>
  );
}
