import { describe, expect, it } from 'vitest';
import { QuestionSchema } from '../questionnaire/questionnaire.schema';
import { fieldError } from './field-error';

const staff = QuestionSchema.parse({ id: 'staff', type: 'number', min: 1 });
const optionalStaff = QuestionSchema.parse({ id: 'staff', type: 'number', required: false });

describe('fieldError', () => {
  it('asks for a required answer left empty, and lets an optional one be', () => {
    expect(fieldError(staff, '  ', 'en')).toEqual({ code: 'required' });
    expect(fieldError(optionalStaff, '', 'en')).toBeNull();
  });

  it('says why text is no number, with what it could have meant', () => {
    expect(fieldError(staff, 'ten', 'en')).toEqual({ code: 'notANumber' });
    expect(fieldError(staff, '1.2.3', 'nl')).toEqual({ code: 'numberGrouping' });
    expect(fieldError(staff, '2,5', 'nl')).toEqual({ code: 'notInteger' });
    expect(fieldError(staff, '1,500', 'nl')).toMatchObject({ code: 'numberSeparators' });
  });

  it('checks a number that was read by the question’s own rules', () => {
    expect(fieldError(staff, '0', 'en')).toEqual({ code: 'tooSmall', min: 1 });
    expect(fieldError(staff, '-3', 'nl')).toEqual({ code: 'tooSmall', min: 1 });
    expect(fieldError(staff, '1.000', 'nl')).toBeNull();
  });
});
