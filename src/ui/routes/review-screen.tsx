import { useMemo } from 'react';
import { useWorkflowTexts } from '../wizard/use-workflow-texts';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router';
import { computeVisibility } from '@/engine/questionnaire/visibility';
import { answerText } from '../components/answer-text';
import { useDocumentTitle } from '../components/use-document-title';
import { useFocusHeading } from '../components/use-focus-heading';
import { useRestAfterPaint } from '../components/use-rest-after-paint';
import { hrefFor, modeFromPath } from '../wizard/paths';
import { useQuestionnaireText } from '../wizard/use-questionnaire-text';
import { WizardContext } from '../wizard/wizard-context';
import { WorkshopNotesPanel } from '../deliverable/workshop-notes-panel';
import { workshopNotes } from '@/report/workshop-notes';

/** Sections the review draws in its first frame; the rest (often 100 answers) follow it. */
const FIRST_FRAME_SECTIONS = 2;

export function ReviewScreen() {
  useWorkflowTexts();
  const { t, i18n } = useTranslation();
  const qt = useQuestionnaireText();
  const actor = WizardContext.useActorRef();
  const questionnaire = WizardContext.useSelector((s) => s.context.questionnaire);
  const answers = WizardContext.useSelector((s) => s.context.answers);
  const visibility = useMemo(
    () => computeVisibility(questionnaire, answers),
    [questionnaire, answers],
  );
  const mode = modeFromPath(useLocation().pathname);
  const notes = WizardContext.useSelector((s) => s.context.notes);
  const parked = WizardContext.useSelector((s) => s.context.parked).filter((id) =>
    visibility.questions.get(id),
  );
  const allParked = WizardContext.useSelector((s) => s.context.parked);
  const noted = useMemo(
    () =>
      workshopNotes(
        questionnaire.sections.map((s) => ({
          sectionId: s.id,
          questions: s.questions.map((q) => ({
            questionId: q.id,
            shown: visibility.questions.get(q.id) === true,
          })),
        })),
        notes,
        allParked,
      ),
    [questionnaire, visibility, notes, allParked],
  );
  const heading = useFocusHeading('review');
  useDocumentTitle(t('review.title'));
  const shown = questionnaire.sections.filter((s) => visibility.steps.includes(s.id));
  const skipped = questionnaire.sections.filter((s) => !visibility.steps.includes(s.id));
  const complete = useRestAfterPaint() || shown.length <= FIRST_FRAME_SECTIONS;

  return (
    <section
      className="review"
      aria-labelledby="review-heading"
      aria-busy={complete ? undefined : true}
    >
      <h1 id="review-heading" ref={heading} tabIndex={-1}>
        {t('review.title')}
      </h1>
      <p className="lead">{t('review.intro')}</p>
      {parked.length > 0 && (
        // A reminder only: the questions and their notes are listed with the workshop notes.
        <p className="notice" role="note">
          <span>
            {t('workshop.review.parked', { count: parked.length })}{' '}
            <a href="#workshop-notes-heading">{t('workshopNotes.title')}</a>
          </span>
        </p>
      )}
      {(complete ? shown : shown.slice(0, FIRST_FRAME_SECTIONS)).map((section) => {
        const title = qt.text(`sections.${section.id}.title`);
        return (
          <section
            key={section.id}
            className="review-section"
            aria-labelledby={`review-${section.id}`}
          >
            <div className="review-section-head">
              <h2 id={`review-${section.id}`}>{title}</h2>
              <Link to={hrefFor({ screen: 'step', stepId: section.id }, mode)}>
                {t('review.edit', { section: title })}
              </Link>
            </div>
            <dl>
              {section.questions
                .filter((q) => visibility.questions.get(q.id))
                .map((question) => {
                  const value = visibility.effectiveAnswers[question.id];
                  return (
                    <div key={question.id} className="review-row">
                      <dt>{qt.text(`questions.${question.id}.label`)}</dt>
                      <dd>
                        {value === undefined ? (
                          <em>{t('review.notAnswered')}</em>
                        ) : (
                          answerText(question, value, qt, i18n.language)
                        )}
                      </dd>
                    </div>
                  );
                })}
            </dl>
          </section>
        );
      })}
      {complete && <WorkshopNotesPanel notes={noted} />}
      {skipped.length > 0 && (
        <section aria-labelledby="review-skipped">
          <h2 id="review-skipped">{t('review.skippedSections')}</h2>
          <ul>
            {skipped.map((section) => (
              <li key={section.id}>
                <strong>{qt.text(`sections.${section.id}.title`)}</strong>
                {qt.has(`sections.${section.id}.skipReason`) && (
                  <> — {qt.text(`sections.${section.id}.skipReason`)}</>
                )}
              </li>
            ))}
          </ul>
        </section>
      )}
      <div className="step-actions">
        <button
          type="button"
          className="button secondary"
          onClick={() => actor.send({ type: 'step.back' })}
        >
          {t('review.back')}
        </button>
        <button
          type="button"
          className="button primary"
          onClick={() => actor.send({ type: 'assessment.complete' })}
        >
          {t('review.finish')}
        </button>
      </div>
    </section>
  );
}
