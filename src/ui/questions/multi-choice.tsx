import { isOptionList } from '@/engine/questionnaire/answer-value';
import { toggleOption } from '@/engine/answers/toggle-option';
import type { MultiChoiceQuestion } from '@/engine/questionnaire/questionnaire.schema';
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
  texts,
}: QuestionProps<MultiChoiceQuestion>) {
  const { t, qt } = texts;
  const chosen = isOptionList(value) ? value : [];
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
            onChange={(e) => onChange(toggleOption(question, chosen, id, e.target.checked))}
            onBlur={onBlur}
            ref={index === 0 ? inputRef : undefined}
          />
          <span>{qt.option(question.id, id)}</span>
        </label>
      ))}
    </fieldset>
  );
}
