import { parseNumberInput } from '@/engine/questionnaire/number-input';
import type { Language, NumberQuestion } from '@/engine/questionnaire/questionnaire.schema';
import type { QuestionProps } from './question-props';

function understood(question: NumberQuestion, value: number, language: Language): string {
  const fraction = Number.isInteger(value) ? 0 : 2;
  return new Intl.NumberFormat(
    language,
    question.unit === 'eur'
      ? {
          style: 'currency',
          currency: 'EUR',
          minimumFractionDigits: fraction,
          maximumFractionDigits: 20,
        }
      : { maximumFractionDigits: 20 },
  ).format(value);
}

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
  texts,
}: QuestionProps<NumberQuestion>) {
  const { t, language } = texts;
  const text = typeof value === 'string' ? value : '';
  const read = parseNumberInput(text, language, { integer: question.integer });
  const echoId = `echo-${question.id}`;
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
          value={text}
          aria-describedby={[describedBy, echoId].filter(Boolean).join(' ')}
          aria-invalid={invalid || undefined}
          ref={inputRef}
          onChange={(e) => onChange(e.target.value)}
          onBlur={onBlur}
        />
        {question.unit && <span className="unit">{t(`units.${question.unit}`)}</span>}
        <span className="number-echo" id={echoId} aria-live="polite" aria-atomic="true">
          {read.ok && t('step.understoodAs', { value: understood(question, read.value, language) })}
        </span>
      </div>
    </div>
  );
}
