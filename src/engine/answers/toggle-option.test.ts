import { describe, expect, it } from 'vitest';
import { MultiChoiceQuestionSchema } from '../questionnaire/questionnaire.schema';
import { toggleOption } from './toggle-option';

const tools = MultiChoiceQuestionSchema.parse({
  id: 'tools',
  type: 'multiChoice',
  options: ['mail', 'crm', 'cloud', 'none', 'unknown'],
  exclusive: ['none', 'unknown'],
});

describe('toggleOption', () => {
  it('adds an option in the questionnaire’s order, whatever order it was ticked in', () => {
    expect(toggleOption(tools, [], 'cloud', true)).toEqual(['cloud']);
    expect(toggleOption(tools, ['cloud'], 'mail', true)).toEqual(['mail', 'cloud']);
  });

  it('clears every other option when "none of these" is ticked', () => {
    expect(toggleOption(tools, ['mail', 'crm'], 'none', true)).toEqual(['none']);
  });

  it('clears "none of these" when another option is ticked', () => {
    expect(toggleOption(tools, ['none'], 'crm', true)).toEqual(['crm']);
  });

  it('lets one exclusive option replace another', () => {
    expect(toggleOption(tools, ['none'], 'unknown', true)).toEqual(['unknown']);
  });

  it('removes only the unticked option', () => {
    expect(toggleOption(tools, ['mail', 'crm'], 'mail', false)).toEqual(['crm']);
    expect(toggleOption(tools, ['none'], 'none', false)).toEqual([]);
    expect(toggleOption(tools, ['crm'], 'mail', false)).toEqual(['crm']);
  });

  it('does not list an option twice when ticked again', () => {
    expect(toggleOption(tools, ['crm'], 'crm', true)).toEqual(['crm']);
  });
});
