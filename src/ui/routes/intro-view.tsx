import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { LoadingStatus } from '../components/loading-status';
import { TimeEstimates } from '../components/time-estimates';
import { useDocumentTitle } from '../components/use-document-title';
import { useFocusHeading } from '../components/use-focus-heading';
import type { ExampleCard } from '../wizard/examples-context';
import { paths } from '../wizard/paths';
import { useQuestionnaireTextFor } from '../wizard/use-questionnaire-text-for';

/**
 * The intro as the person sees it. The wizard's intro fills it from the running wizard; on a
 * first visit it shows before the wizard's code has loaded (app/wizard-entry.tsx).
 */
export function IntroView({
  questionnaireId,
  answered,
  onStart,
  starting = false,
  restart,
  examples,
  estimates,
}: {
  questionnaireId: string;
  answered: number;
  onStart: () => void;
  /** Start was pressed and the wizard is still loading. */
  starting?: boolean;
  restart?: ReactNode;
  examples: ReactNode;
  /** The examples whose time the intro gives as its estimate. */
  estimates: readonly ExampleCard[];
}) {
  const { t } = useTranslation();
  const qt = useQuestionnaireTextFor(questionnaireId);
  const heading = useFocusHeading('intro');
  useDocumentTitle(qt.text('title'));
  return (
    <section className="intro" aria-labelledby="intro-heading">
      <h1 id="intro-heading" ref={heading} tabIndex={-1}>
        {qt.text('title')}
      </h1>
      <p className="lead">{qt.text('intro')}</p>
      <TimeEstimates examples={estimates} />
      <ul className="assurances">
        <li>{t('intro.privacy')}</li>
        <li>{t('intro.notAdvice')}</li>
      </ul>
      {answered > 0 && <p>{t('intro.progress', { count: answered })}</p>}
      <div className="step-actions">
        <button type="button" className="button primary" aria-busy={starting} onClick={onStart}>
          {answered > 0 ? t('intro.continue') : t('intro.start')}
        </button>
        {restart}
      </div>
      {starting && <LoadingStatus />}
      {examples}
      <p className="workshop-link">
        <Link to={paths.workshop.href()}>{t('intro.workshopLink')}</Link>{' '}
        <span className="hint">{t('intro.workshopLinkHint')}</span>
      </p>
    </section>
  );
}
