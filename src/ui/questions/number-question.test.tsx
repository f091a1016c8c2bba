import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { afterEach, describe, expect, it } from 'vitest';
import type { FieldValue } from '@/engine/answers/field-value';
import type { NumberQuestion as NumberQuestionType } from '@/engine/questionnaire/questionnaire.schema';
import { cachedTexts } from '@/i18n/cached-texts';
import { testI18n } from '../../../tests/helpers/test-i18n';
import type { AnswerTexts } from './question-props';
import { NumberQuestion } from './number-question';

const turnover: NumberQuestionType = {
  id: 'group-turnover',
  type: 'number',
  required: false,
  min: 0,
  integer: false,
  unit: 'eur',
  articles: [],
};
const employees: NumberQuestionType = {
  ...turnover,
  id: 'employees',
  integer: true,
  unit: 'people',
};

function Field({ question, texts }: { question: NumberQuestionType; texts: AnswerTexts }) {
  const [value, setValue] = useState<FieldValue>('');
  return (
    <NumberQuestion
      question={question}
      value={value}
      onChange={setValue}
      onBlur={() => undefined}
      label="Amount"
      hint={null}
      describedBy={undefined}
      invalid={false}
      inputRef={() => undefined}
      texts={texts}
    />
  );
}

function show(question: NumberQuestionType, language: 'en' | 'nl') {
  const i18n = testI18n(language);
  render(
    <Field question={question} texts={{ t: i18n.t, qt: cachedTexts(i18n, 'q'), language, i18n }} />,
  );
  const input = screen.getByLabelText('Amount');
  const echo = document.getElementById(`echo-${question.id}`)!;
  const type = (text: string) => fireEvent.change(input, { target: { value: text } });
  // Intl puts a non-breaking space between the euro sign and the amount.
  const said = () => echo.textContent.replace(/\u00a0/g, ' ');
  return { input, echo, type, said };
}

afterEach(cleanup);

describe('number field echo (nl)', () => {
  it('says what it understood, as euros in Dutch, in a polite live region the field points to', () => {
    const { input, echo, said, type } = show(turnover, 'nl');
    expect(echo.getAttribute('aria-live')).toBe('polite');
    expect(input.getAttribute('aria-describedby')).toContain('echo-group-turnover');
    expect(said()).toBe('');
    type('1.234.567,89');
    expect(said()).toBe('Gelezen als € 1.234.567,89');
    type('2.400.000');
    expect(said()).toBe('Gelezen als € 2.400.000');
  });

  it('says nothing for text it refuses', () => {
    const { said, type } = show(turnover, 'nl');
    type('1.5');
    expect(said()).toBe('');
    type('ongeveer een miljoen');
    expect(said()).toBe('');
  });

  it('shows a count of people as a plain number, and no echo for decimals in a whole-number field', () => {
    const { said, type } = show(employees, 'nl');
    type('2 400');
    expect(said()).toBe('Gelezen als 2.400');
    type('2,5');
    expect(said()).toBe('');
  });
});

describe('number field echo (en)', () => {
  it('says what it understood, as euros in English', () => {
    const { said, type } = show(turnover, 'en');
    type('1,234,567.89');
    expect(said()).toBe('Understood as €1,234,567.89');
    type('1.234.567,89');
    expect(said()).toBe('');
  });
});
