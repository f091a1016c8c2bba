import { memo, useState } from 'react';
import { useForm, type Control, type Resolver } from 'react-hook-form';
import { fieldError } from '@/engine/answers/field-error';
import { toFieldValue, type FieldValue } from '@/engine/answers/field-value';
import type { Question, Questionnaire, Section } from '@/engine/questionnaire/questionnaire.schema';
import { computeVisibility, type Visibility } from '@/engine/questionnaire/visibility';
import { StepProgress } from '../components/step-progress';
import { SectionNav } from '../components/section-nav';
import { useDocumentTitle } from '../components/use-document-title';
import { useFocusHeading } from '../components/use-focus-heading';
import { fieldErrorMessage } from '../questions/field-error';
import { AnswerField, useAnswerTexts } from '../questions/answer-control';
import type { AnswerTexts } from '../questions/question-props';
import { WizardContext } from '../wizard/wizard-context';
import { useSyncedFields } from '../wizard/use-synced-fields';
import { ErrorSummary } from '../components/error-summary';
import { QuestionHelp } from '../components/question-help';
import { TermsExplained } from '../knowledge/lazy-links';
import { useRestAfterPaint } from '../components/use-rest-after-paint';

type StepValues = Record<string, FieldValue>;

/**
 * How many questions a new step draws in its first frame: more than a large screen shows above
 * the fold. The rest follow once that frame has painted: the browser alone needs about as long
 * to lay out and paint a step of 15 questions as a frame lasts.
 */
const FIRST_FRAME_QUESTIONS = 4;

export function StepScreen() {
  const stepId = WizardContext.useSelector((s) => s.context.stepId);
  const section = WizardContext.useSelector((s) =>
    s.context.questionnaire.sections.find((x) => x.id === stepId),
  );
  if (!section) return null;
  // Only the form is new for each step: the layout and the section list stay mounted.
  return (
    <div className="wizard-layout">
      <SectionNav />
      <StepForm key={section.id} section={section} />
    </div>
  );
}

function StepForm({ section }: { section: Section }) {
  const texts = useAnswerTexts();
  const { t, qt, language } = texts;
  const actor = WizardContext.useActorRef();
  const questionnaire = WizardContext.useSelector((s) => s.context.questionnaire);
  // Only what changes the step's outline: an answer that shows or hides nothing re-renders
  // just its own field (react-hook-form's Controller), not the step.
  const outline = WizardContext.useSelector(
    (s) => stepOutline(section, computeVisibility(s.context.questionnaire, s.context.answers)),
    sameOutline,
  );
  // The form keeps its own values once mounted: the answers are read once, not subscribed to.
  const [answers] = useState(() => actor.getSnapshot().context.answers);
  const heading = useFocusHeading(section.id);
  useDocumentTitle(qt.text(`sections.${section.id}.title`));

  const resolver: Resolver<StepValues> = (values) => {
    const errors: Record<string, { type: string; message: string }> = {};
    const { questions } = computeVisibility(questionnaire, actor.getSnapshot().context.answers);
    for (const question of section.questions) {
      if (!questions.get(question.id)) continue;
      const error = fieldError(question, values[question.id], language);
      if (error) errors[question.id] = { type: error.code, message: error.code };
    }
    return Object.keys(errors).length > 0 ? { values: {}, errors } : { values, errors: {} };
  };

  const { control, handleSubmit, formState, getValues, setFocus, setValue } = useForm<StepValues>({
    defaultValues: Object.fromEntries(
      section.questions.map((q) => [q.id, toFieldValue(q, answers[q.id], language)]),
    ),
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });

  useSyncedFields(section.questions, setValue);

  const visibleQuestions = section.questions.filter((q) => outline.visible.includes(q.id));
  const skippedQuestions = section.questions.filter((q) => outline.skipped.includes(q.id));
  const invalid = visibleQuestions.filter((q) => formState.errors[q.id]);
  const complete = useRestAfterPaint() || visibleQuestions.length <= FIRST_FRAME_QUESTIONS;

  const errorMessage = fieldErrorMessage(texts);
  const message = (question: Question): string => {
    const error = fieldError(question, getValues(question.id), language);
    return error ? errorMessage(question, error) : '';
  };

  return (
    <form
      className="step"
      noValidate
      onSubmit={(e) => void handleSubmit(() => actor.send({ type: 'step.next' }))(e)}
      aria-labelledby="step-heading"
      aria-busy={complete ? undefined : true}
    >
      <StepProgress />
      <h1 id="step-heading" ref={heading} tabIndex={-1}>
        {qt.text(`sections.${section.id}.title`)}
      </h1>
      <p className="lead">{qt.text(`sections.${section.id}.intro`)}</p>
      {invalid.length > 0 && formState.isSubmitted && (
        <ErrorSummary
          items={invalid.map((q) => ({
            id: q.id,
            label: qt.text(`questions.${q.id}.label`),
            message: message(q),
          }))}
          onSelect={(id) => setFocus(id)}
        />
      )}
      {(complete ? visibleQuestions : visibleQuestions.slice(0, FIRST_FRAME_QUESTIONS)).map(
        (question) => {
          const error = Boolean(formState.errors[question.id]);
          return (
            <QuestionRow
              key={question.id}
              question={question}
              control={control}
              label={
                qt.text(`questions.${question.id}.label`) +
                (question.required ? '' : ` (${t('step.optional')})`)
              }
              error={error ? message(question) : null}
              texts={texts}
              questionnaire={questionnaire}
            />
          );
        },
      )}
      {skippedQuestions.length > 0 && (
        <details className="skipped">
          <summary>
            {t('step.skippedQuestions')} ({skippedQuestions.length})
          </summary>
          <ul>
            {skippedQuestions.map((q) => (
              <li key={q.id}>
                <span className="skipped-label">{qt.text(`questions.${q.id}.label`)}</span>{' '}
                <span className="skipped-reason">{qt.text(`questions.${q.id}.skipReason`)}</span>
              </li>
            ))}
          </ul>
        </details>
      )}
      <div className="step-actions">
        <button
          type="button"
          className="button secondary"
          onClick={() => actor.send({ type: 'step.back' })}
        >
          {t('step.back')}
        </button>
        <button type="submit" className="button primary">
          {outline.isLast ? t('step.toReview') : t('step.next')}
        </button>
      </div>
    </form>
  );
}

interface StepOutline {
  /** Ids of the step's questions that are shown, in order. */
  readonly visible: readonly string[];
  /** Ids of the step's conditional questions that the answers so far skip. */
  readonly skipped: readonly string[];
  readonly isLast: boolean;
}

function stepOutline(section: Section, visibility: Visibility): StepOutline {
  const shown = (q: Question) => visibility.questions.get(q.id) === true;
  return {
    visible: section.questions.filter(shown).map((q) => q.id),
    skipped: section.questions.filter((q) => !shown(q) && q.showIf).map((q) => q.id),
    isLast: visibility.steps.at(-1) === section.id,
  };
}

const sameIds = (a: readonly string[], b: readonly string[]) =>
  a.length === b.length && a.every((id, i) => id === b[i]);

const sameOutline = (a: StepOutline, b: StepOutline) =>
  a.isLast === b.isLast && sameIds(a.visible, b.visible) && sameIds(a.skipped, b.skipped);

/** One question with its error, glossary terms and help; re-rendered only when its own props change. */
const QuestionRow = memo(function QuestionRow({
  question,
  control,
  label,
  error,
  texts,
  questionnaire,
}: {
  question: Question;
  control: Control<StepValues>;
  label: string;
  /** The message shown under the field, or null when it has no error. */
  error: string | null;
  texts: AnswerTexts;
  questionnaire: Questionnaire;
}) {
  return (
    <div
      className={`question${error !== null ? ' question-invalid' : ''}`}
      id={`question-${question.id}`}
    >
      <AnswerField
        question={question}
        control={control}
        label={label}
        invalid={error !== null}
        texts={texts}
      />
      {error !== null && (
        <p className="field-error" id={`error-${question.id}`}>
          {error}
        </p>
      )}
      <TermsExplained questionId={question.id} questionnaire={questionnaire} texts={texts} />
      <QuestionHelp question={question} texts={texts} />
    </div>
  );
});
