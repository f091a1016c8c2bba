import { useEffect, useMemo, useRef, useState } from 'react';
import { useForm, type Resolver } from 'react-hook-form';
import { useTranslation } from 'react-i18next';
import { fieldError } from '@/engine/answers/field-error';
import { toFieldValue, type FieldValue } from '@/engine/answers/field-value';
import { isGapAnswer } from '@/engine/questionnaire/determinations';
import { isMeasureList } from '@/engine/questionnaire/measures';
import type { Question } from '@/engine/questionnaire/questionnaire.schema';
import { keyForOption, OPTION_KEYS } from '@/engine/workshop/option-keys';
import { pickOption } from '@/engine/workshop/pick-option';
import type { WorkshopCommand } from '@/engine/workshop/shortcuts';
import { QuestionHelp } from '../components/question-help';
import { useFieldErrorMessage } from '../questions/field-error';
import { useInterfaceLanguage } from '../components/use-interface-language';
import { AnswerField, useAnswerTexts, useSendAnswer } from '../questions/answer-control';
import { useQuestionnaireText } from '../wizard/use-questionnaire-text';
import { WizardContext } from '../wizard/wizard-context';
import { useSyncedFields } from '../wizard/use-synced-fields';
import { useShortcutsOn, useWorkshopCommands } from './workshop-context';
import { useCite } from '../components/use-cite';

type Values = Record<string, FieldValue>;

// A date field passes on a five-digit year while it is being typed; the saved assessment
// only takes yyyy-mm-dd, so such a value is not kept.
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export interface PresenterQuestionProps {
  readonly question: Question;
  /** "Question 3 of 7 in Scope", read out with the question. */
  readonly position: string;
  readonly nextLabel: string;
  /** Called once the answer passes the step form's rules. */
  readonly onNext: () => void;
  readonly onPrevious: () => void;
  /** Show what is wrong straight away, when the presenter was sent back to this question. */
  readonly validateOnOpen?: boolean;
  /** Another way forward, checked by the same rules, such as "resolved" for a parked question. */
  readonly extraAction?: { readonly label: string; readonly onValid: () => void };
}

export function PresenterQuestion({
  question,
  position,
  nextLabel,
  onNext,
  onPrevious,
  validateOnOpen = false,
  extraAction,
}: PresenterQuestionProps) {
  const texts = useAnswerTexts();
  const { t, qt } = texts;
  const errorMessage = useFieldErrorMessage();
  const language = useInterfaceLanguage();
  const cite = useCite();
  const actor = WizardContext.useActorRef();
  const answer = WizardContext.useSelector((s) => s.context.answers[question.id]);
  const parked = WizardContext.useSelector((s) => s.context.parked.includes(question.id));
  const heading = useRef<HTMLHeadingElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const options = useRef<HTMLDivElement>(null);
  const note = useRef<HTMLTextAreaElement>(null);
  const [announcement, setAnnouncement] = useState('');
  const shortcutsOn = useShortcutsOn();

  const resolver: Resolver<Values> = (values) => {
    const error = fieldError(question, values[question.id], language);
    return error
      ? { values: {}, errors: { [question.id]: { type: error.code, message: error.code } } }
      : { values, errors: {} };
  };
  const { control, handleSubmit, formState, getValues, trigger, setValue } = useForm<Values>({
    defaultValues: { [question.id]: toFieldValue(question, answer, language) },
    resolver,
    mode: 'onSubmit',
    reValidateMode: 'onChange',
  });

  const sendAnswer = useSendAnswer(question);
  // What a click on the option would do: the form's value (dirty, and checked again once the
  // form was submitted, as reValidateMode says) and the wizard's answer.
  const pick = (index: number): boolean => {
    const value = pickOption(question, getValues(question.id), index);
    if (value === null) return false;
    setValue(question.id, value, { shouldDirty: true, shouldValidate: formState.isSubmitted });
    sendAnswer(value);
    return true;
  };

  const asked = useMemo(() => [question], [question]);
  useSyncedFields(asked, setValue);

  useEffect(() => {
    heading.current?.focus();
    if (validateOnOpen) void trigger();
  }, [question.id, validateOnOpen, trigger]);

  const togglePark = () => {
    actor.send({ type: 'question.park', questionId: question.id, parked: !parked });
    setAnnouncement(t(parked ? 'workshop.park.off' : 'workshop.park.on'));
  };

  const choices = () =>
    Array.from(options.current?.querySelectorAll<HTMLInputElement>('input') ?? []).filter(
      (input) => input.type === 'radio' || input.type === 'checkbox',
    );

  // The options are the wizard's own inputs; the key that picks each is added to them here.
  useEffect(() => {
    if (question.type !== 'singleChoice' && question.type !== 'multiChoice') return;
    choices().forEach((input, index) => {
      const label = keyForOption(index);
      const key = OPTION_KEYS[index];
      if (label) input.closest('.choice')?.setAttribute('data-key', label);
      if (key && shortcutsOn) input.setAttribute('aria-keyshortcuts', key);
      else input.removeAttribute('aria-keyshortcuts');
    });
  });

  useWorkshopCommands((command: WorkshopCommand) => {
    switch (command.type) {
      case 'option.pick': {
        if (!pick(command.index)) return false;
        choices()[command.index]?.focus();
        return true;
      }
      case 'option.toggle': {
        const at = choices().findIndex((x) => x === document.activeElement);
        return at >= 0 && pick(at);
      }
      case 'option.focus': {
        const inputs = choices();
        if (inputs.length === 0) return false;
        const at = inputs.findIndex((x) => x === document.activeElement);
        const target =
          at < 0
            ? (inputs.find((x) => x.checked) ??
              inputs[command.direction === 1 ? 0 : inputs.length - 1])
            : inputs[Math.min(inputs.length - 1, Math.max(0, at + command.direction))];
        target?.focus();
        return true;
      }
      case 'question.next':
        form.current?.requestSubmit();
        return true;
      case 'question.previous':
        onPrevious();
        return true;
      case 'note.focus':
        note.current?.focus();
        return true;
      case 'park.toggle':
        togglePark();
        return true;
      case 'field.leave':
        heading.current?.focus();
        return true;
      default:
        return false;
    }
  });

  const label = qt.text(`questions.${question.id}.label`);
  const error = formState.errors[question.id];
  const current = error ? fieldError(question, getValues(question.id), language) : null;

  return (
    <div
      className="presenter-question"
      data-question-id={question.id}
      data-question-type={question.type}
    >
      <div className="presenter-main">
        <p className="presenter-position" id="presenter-position">
          {position}
          {parked && <span className="presenter-badge">{t('workshop.park.parked')}</span>}
        </p>
        <h1
          id="presenter-heading"
          ref={heading}
          tabIndex={-1}
          aria-describedby="presenter-position"
        >
          {label}
          {!question.required && (
            <span className="presenter-optional"> ({t('step.optional')})</span>
          )}
        </h1>
        {question.type === 'multiChoice' && (
          <p className="presenter-instruction">{t('step.chooseAll')}</p>
        )}
        <form
          ref={form}
          noValidate
          aria-labelledby="presenter-heading"
          onSubmit={(e) => void handleSubmit(() => onNext())(e)}
        >
          <div ref={options} className={`question${error ? ' question-invalid' : ''}`}>
            <AnswerField
              question={question}
              control={control}
              label={label + (question.required ? '' : ` (${t('step.optional')})`)}
              invalid={Boolean(error)}
              texts={texts}
            />
            {current && (
              <p className="field-error" id={`error-${question.id}`} role="alert">
                {errorMessage(question, current)}
              </p>
            )}
          </div>
          {question.articles.length > 0 && (
            <p className="presenter-articles">
              {t('step.legalReference', { refs: cite(question.articles) })}
            </p>
          )}
          <div className="presenter-nav">
            <button type="button" className="button secondary" onClick={onPrevious}>
              {t('workshop.question.previous')}
            </button>
            {extraAction && (
              <button
                type="button"
                className="button secondary"
                onClick={() => void handleSubmit(extraAction.onValid)()}
              >
                {extraAction.label}
              </button>
            )}
            <button type="submit" className="button primary">
              {nextLabel}
            </button>
          </div>
        </form>
        <QuestionHelp question={question} texts={texts} />
      </div>
      <div className="presenter-side">
        <div className="presenter-park">
          <button
            type="button"
            className="button secondary park-toggle"
            aria-pressed={parked}
            aria-describedby={`park-hint-${question.id}`}
            onClick={togglePark}
          >
            {t('workshop.park.button')}
          </button>
          <p className="hint" id={`park-hint-${question.id}`}>
            {t('workshop.park.hint')}
          </p>
          <p role="status" className="visually-hidden">
            {announcement}
          </p>
        </div>
        <NoteField questionId={question.id} inputRef={note} />
        {/* A list of measures has an action per missing measure, planned on the results page. */}
        {isGapAnswer(question, answer) && !isMeasureList(question) && (
          <GapAction questionId={question.id} />
        )}
      </div>
    </div>
  );
}

function NoteField({
  questionId,
  inputRef,
}: {
  questionId: string;
  inputRef: React.RefObject<HTMLTextAreaElement | null>;
}) {
  const { t } = useTranslation();
  const actor = WizardContext.useActorRef();
  const text = WizardContext.useSelector((s) => s.context.notes[questionId] ?? '');
  return (
    <div className="presenter-note">
      <label htmlFor={`note-${questionId}`}>{t('workshop.note.label')}</label>
      <p className="hint" id={`note-hint-${questionId}`}>
        {t('workshop.note.hint')}
      </p>
      <textarea
        id={`note-${questionId}`}
        ref={inputRef}
        rows={4}
        maxLength={4000}
        value={text}
        aria-describedby={`note-hint-${questionId}`}
        onChange={(e) => actor.send({ type: 'note.set', questionId, text: e.target.value })}
      />
    </div>
  );
}

function GapAction({ questionId }: { questionId: string }) {
  const { t } = useTranslation();
  const qt = useQuestionnaireText();
  const actor = WizardContext.useActorRef();
  const entry = WizardContext.useSelector((s) => s.context.actionPlan[questionId]);
  const owner = entry?.ownerName ?? '';
  const due = entry?.dueDate ?? '';
  const update = (ownerName: string, dueDate: string) =>
    actor.send({ type: 'action.update', questionId, ownerName, dueDate });
  return (
    <fieldset className="presenter-action">
      <legend>{t('workshop.action.legend')}</legend>
      {qt.has(`questions.${questionId}.action`) && (
        <p className="hint">{qt.text(`questions.${questionId}.action`)}</p>
      )}
      <label>
        <span>{t('workshop.action.owner')}</span>
        <input
          type="text"
          name={`owner-${questionId}`}
          maxLength={200}
          autoComplete="off"
          value={owner}
          onChange={(e) => update(e.target.value, due)}
        />
      </label>
      <label>
        <span>{t('workshop.action.due')}</span>
        <input
          type="date"
          name={`due-${questionId}`}
          min="2000-01-01"
          max="9999-12-31"
          value={due}
          onChange={(e) => {
            if (e.target.value === '' || ISO_DATE.test(e.target.value))
              update(owner, e.target.value);
          }}
        />
      </label>
    </fieldset>
  );
}
