import { useTranslation } from 'react-i18next';
import type { MultiChoiceQuestion } from '@/engine/questionnaire/questionnaire.schema';
import { useQuestionnaireText } from '../wizard/use-questionnaire-text';
import type { QuestionProps } from './question-props';

export function MultiChoice({
  question,
  value,
  onChange,
  onBlur,
  label,
  hint,
  describedBy,
  invalid,
  inputRef,
}: QuestionProps<MultiChoiceQuestion>) {
  const { t } = useTranslation();
  const { option } = useQuestionnaireText();
  const chosen = Array.isArray(value) ? value : [];
  // Choosing "none of these" (an exclusive option) clears the others, and choosing another clears it.
  const toggle = (id: string, on: boolean) => {
    const exclusive = question.exclusive.includes(id);
    const next = !on
      ? chosen.filter((o) => o !== id)
      : exclusive
        ? [id]
        : question.options.filter(
            (o) => o === id || (chosen.includes(o) && !question.exclusive.includes(o)),
          );
    onChange(next);
  };
  return (
    <fieldset
      className="question-choices"
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
    >
      <legend className="question-label">
        {label} <span className="question-instruction">{t('step.chooseAll')}</span>
      </legend>
      {hint}
      {question.options.map((id, index) => (
        <label key={id} className="choice">
          <input
            type="checkbox"
            name={question.id}
            value={id}
            checked={chosen.includes(id)}
            onChange={(e) => toggle(id, e.target.checked)}
            onBlur={onBlur}
            ref={index === 0 ? inputRef : undefined}
          />
          <span>{option(question.id, id)}</span>
        </label>
      ))}
    </fieldset>
  );
}
