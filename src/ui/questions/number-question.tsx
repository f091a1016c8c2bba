import { useTranslation } from 'react-i18next';
import type { NumberQuestion } from '@/engine/questionnaire/questionnaire.schema';
import type { QuestionProps } from './question-props';

export function NumberQuestion({
  question,
  value,
  onChange,
  onBlur,
  label,
  hint,
  describedBy,
  invalid,
  inputRef,
}: QuestionProps<NumberQuestion>) {
  const { t } = useTranslation();
  return (
    <div className="question-field">
      <label className="question-label" htmlFor={`q-${question.id}`}>
        {label}
      </label>
      {hint}
      <div className="number-input">
        <input
          id={`q-${question.id}`}
          name={question.id}
          type="text"
          inputMode={question.integer ? 'numeric' : 'decimal'}
          autoComplete="off"
          value={typeof value === 'string' ? value : ''}
          aria-describedby={describedBy}
          aria-invalid={invalid || undefined}
          ref={inputRef}
          onChange={(e) => onChange(e.target.value)}
          onBlur={onBlur}
        />
        {question.unit && <span className="unit">{t(`units.${question.unit}`)}</span>}
      </div>
    </div>
  );
}
