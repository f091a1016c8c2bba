import type { SingleChoiceQuestion } from '@/engine/questionnaire/questionnaire.schema';
import type { QuestionProps } from './question-props';

export function SingleChoice({
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
}: QuestionProps<SingleChoiceQuestion>) {
  return (
    <fieldset
      className="question-choices"
      aria-describedby={describedBy}
      aria-invalid={invalid || undefined}
    >
      <legend className="question-label">{label}</legend>
      {hint}
      {question.options.map((id, index) => (
        <label key={id} className="choice">
          <input
            type="radio"
            name={question.id}
            value={id}
            checked={value === id}
            onChange={() => onChange(id)}
            onBlur={onBlur}
            ref={index === 0 ? inputRef : undefined}
          />
          <span>{texts.qt.option(question.id, id)}</span>
        </label>
      ))}
    </fieldset>
  );
}
