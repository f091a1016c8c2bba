import { useTranslation } from 'react-i18next';
import { exitReasons } from '@/engine/wizard/navigation';
import { useDocumentTitle } from '../components/use-document-title';
import { useFocusHeading } from '../components/use-focus-heading';
import { useQuestionnaireText } from '../wizard/use-questionnaire-text';
import { WizardContext } from '../wizard/wizard-context';

export function ExitScreen() {
  const { t } = useTranslation();
  const qt = useQuestionnaireText();
  const actor = WizardContext.useActorRef();
  const context = WizardContext.useSelector((s) => s.context);
  const exit = context.questionnaire.exits.find((e) => e.id === context.exitId);
  const heading = useFocusHeading(context.exitId);
  useDocumentTitle(context.exitId ? qt.text(`exits.${context.exitId}.title`) : '');
  if (!exit) return null;
  const reasons = exitReasons(context, exit);
  return (
    <section className="exit" aria-labelledby="exit-heading">
      <h1 id="exit-heading" ref={heading} tabIndex={-1}>
        {qt.text(`exits.${exit.id}.title`)}
      </h1>
      <p className="lead">{qt.text(`exits.${exit.id}.body`)}</p>
      {reasons.length > 0 && (
        <>
          <h2>{t('exit.reasons')}</h2>
          <ul>
            {reasons.map((id) => (
              <li key={id}>{qt.text(`exits.${exit.id}.reasons.${id}`)}</li>
            ))}
          </ul>
        </>
      )}
      <div className="step-actions">
        <button
          type="button"
          className="button secondary"
          onClick={() => actor.send({ type: 'step.back' })}
        >
          {t('exit.back')}
        </button>
        <button
          type="button"
          className="button primary"
          onClick={() => actor.send({ type: 'exit.continue' })}
        >
          {t('exit.continue')}
        </button>
      </div>
    </section>
  );
}
