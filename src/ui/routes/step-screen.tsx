import { useMemo } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldError } from '@/engine/answers/field-error';
import { toFieldValue, type FieldValue } from '@/engine/answers/field-value';
import type { Question, Section } from '@/engine/questionnaire/questionnaire.schema';
import { computeVisibility } from '@/engine/questionnaire/visibility';
import { StepProgress } from '../components/step-progress';
import { SectionNav } from '../components/section-nav';
import { useDocumentTitle } from '../components/use-document-title';
import { useFocusHeading } from '../components/use-focus-heading';
import { useFieldErrorMessage } from '../questions/field-error';
import { useInterfaceLanguage } from '../components/use-interface-language';
import { AnswerControl } from '../questions/answer-control';
import { useQuestionnaireText } from '../wizard/use-questionnaire-text';
import { WizardContext } from '../wizard/wizard-context';
import { useSyncedFields } from '../wizard/use-synced-fields';
import { ErrorSummary } from '../components/error-summary';
import { QuestionHelp } from '../components/question-help';
import { TermsExplained } from '../knowledge/lazy-links';

type StepValues = Record<string, FieldValue>;

export function StepScreen() {
  const stepId = WizardContext.useSelector((s) => s.context.stepId);
  const section = WizardContext.useSelector((s) =>
    s.context.questionnaire.sections.find((x) => x.id === stepId),
  );
  if (!section) return null;
  return <StepForm key={section.id} section={section} />;
}

function StepForm({ section }: { section: Section }) {
  const { t } = useTranslation();
  const qt = useQuestionnaireText();
  const language = useInterfaceLanguage();
  const actor = WizardContext.useActorRef();
  const questionnaire = WizardContext.useSelector((s) => s.context.questionnaire);
  const answers = WizardContext.useSelector((s) => s.context.answers);
  const visibility = useMemo(
    () => computeVisibility(questionnaire, answers),
    [questionnaire, answers],
  );
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

  const visibleQuestions = section.questions.filter((q) => visibility.questions.get(q.id));
  const skippedQuestions = section.questions.filter(
    (q) => !visibility.questions.get(q.id) && q.showIf,
  );
  const invalid = visibleQuestions.filter((q) => formState.errors[q.id]);
  const isLast = visibility.steps.at(-1) === section.id;

  const errorMessage = useFieldErrorMessage();
  const message = (question: Question): string => {
    const error = fieldError(question, getValues(question.id), language);
    return error ? errorMessage(question, error) : '';
  };

  return (
    <div className="wizard-layout">
      <SectionNav />
      <form
        className="step"
        noValidate
        onSubmit={(e) => void handleSubmit(() => actor.send({ type: 'step.next' }))(e)}
        aria-labelledby="step-heading"
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
        {visibleQuestions.map((question) => {
          const error = formState.errors[question.id];
          const label =
            qt.text(`questions.${question.id}.label`) +
            (question.required ? '' : ` (${t('step.optional')})`);
          return (
            <div
              key={question.id}
              className={`question${error ? ' question-invalid' : ''}`}
              id={`question-${question.id}`}
            >
              <AnswerControl
                question={question}
                control={control}
                label={label}
                invalid={Boolean(error)}
              />
              {error && (
                <p className="field-error" id={`error-${question.id}`}>
                  {message(question)}
                </p>
              )}
              <TermsExplained questionId={question.id} />
              <QuestionHelp question={question} />
            </div>
          );
        })}
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
            {isLast ? t('step.toReview') : t('step.next')}
          </button>
        </div>
      </form>
    </div>
  );
}
