import type { TextQuestion as TextQuestionType } from '@/engine/questionnaire/questionnaire.schema';
import type { QuestionProps } from './question-props';

export function TextQuestion({
  question,
  value,
  onChange,
  onBlur,
  label,
  hint,
  describedBy,
  invalid,
  inputRef,
}: QuestionProps<TextQuestionType>) {
  const common = {
    id: `q-${question.id}`,
    name: question.id,
    value: typeof value === 'string' ? value : '',
    'aria-describedby': describedBy,
    'aria-invalid': invalid || undefined,
    maxLength: question.maxLength,
    ref: inputRef,
    onBlur,
    onChange: (e: React.ChangeEvent<HTMLInputElement | HTMLTextAreaElement>) =>
      onChange(e.target.value),
  };
  return (
    <div className="question-field">
      <label className="question-label" htmlFor={common.id}>
        {label}
      </label>
      {hint}
      {question.type === 'longText' ? (
        <textarea rows={5} {...common} />
      ) : (
        <input type="text" autoComplete="off" {...common} />
      )}
    </div>
  );
}
