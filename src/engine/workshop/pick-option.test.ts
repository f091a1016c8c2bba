import { describe, expect, it } from 'vitest';
import { QuestionSchema } from '../questionnaire/questionnaire.schema';
import { pickOption } from './pick-option';

const consent = QuestionSchema.parse({
  id: 'consent',
  type: 'singleChoice',
  options: ['yes', 'partly', 'no'],
});
const channels = QuestionSchema.parse({
  id: 'channels',
  type: 'multiChoice',
  options: ['email', 'phone', 'none'],
  exclusive: ['none'],
});
const staff = QuestionSchema.parse({ id: 'staff', type: 'number' });

describe('pickOption', () => {
  it('chooses the single-choice option at that place, and keeps it when picked again', () => {
    expect(pickOption(consent, '', 1)).toBe('partly');
    expect(pickOption(consent, 'partly', 1)).toBe('partly');
    expect(pickOption(consent, 'yes', 2)).toBe('no');
  });

  it('ticks and unticks a multi-choice option', () => {
    expect(pickOption(channels, [], 1)).toEqual(['phone']);
    expect(pickOption(channels, ['phone'], 0)).toEqual(['email', 'phone']);
    expect(pickOption(channels, ['email', 'phone'], 0)).toEqual(['phone']);
  });

  it('follows the exclusive-option rule', () => {
    expect(pickOption(channels, ['email', 'phone'], 2)).toEqual(['none']);
    expect(pickOption(channels, ['none'], 0)).toEqual(['email']);
  });

  it('picks nothing past the last option or in a question without options', () => {
    expect(pickOption(consent, 'yes', 3)).toBeNull();
    expect(pickOption(channels, [], 8)).toBeNull();
    expect(pickOption(staff, '12', 0)).toBeNull();
  });
});
