import { describe, expect, it } from 'vitest';
import { exampleFiles, readExample } from '../../../tests/helpers/examples';
import {
  buildQuestionnaire,
  loadShippedQuestionnaire,
} from '../../../tests/helpers/questionnaires';
import { jsonPath } from '../json-path';
import { checkAnswers } from './check-answers';

/** A bakery's intake form: one question of each kind, and one shown only for staff. */
const bakery = buildQuestionnaire({
  sections: [
    {
      id: 'shop',
      questions: [
        { id: 'shop-name', type: 'shortText', maxLength: 20 },
        { id: 'story', type: 'longText', maxLength: 50, required: false },
        { id: 'ovens', type: 'number', min: 1, max: 12 },
        { id: 'flour-kg', type: 'number', min: 0, integer: false },
        { id: 'has-staff', type: 'singleChoice', options: ['yes', 'no'] },
        {
          id: 'staff-data',
          type: 'multiChoice',
          options: ['rosters', 'sick-leave', 'none'],
          exclusive: ['none'],
          showIf: { question: 'has-staff', equals: 'yes' },
        },
      ],
    },
  ],
});

const fits = {
  'shop-name': 'De Korenschoof',
  ovens: 3,
  'flour-kg': 12.5,
  'has-staff': 'yes',
  'staff-data': ['rosters', 'sick-leave'],
};

/** The problems of `answers` as `[path, code]` pairs, the way a message would name them. */
const found = (answers: Record<string, unknown>) =>
  checkAnswers(bakery, answers, { path: ['answers'] }).map((p) => [jsonPath(p.path), p.code]);

describe('checkAnswers', () => {
  it('finds nothing wrong in answers that fit, or in none at all', () => {
    expect(checkAnswers(bakery, fits)).toEqual([]);
    expect(checkAnswers(bakery, {})).toEqual([]);
  });

  it('does not count an answer to a question that is hidden by other answers', () => {
    expect(checkAnswers(bakery, { ...fits, 'has-staff': 'no' })).toEqual([]);
  });

  it('lets empty and blank answers through as unanswered', () => {
    expect(checkAnswers(bakery, { 'shop-name': '  ', 'staff-data': [], 'has-staff': '' })).toEqual(
      [],
    );
  });

  it('names an id no question has, with its path, key and value', () => {
    expect(checkAnswers(bakery, { ...fits, 'oven-brand': 'Miwe' }, { path: ['answers'] })).toEqual([
      {
        code: 'unknownQuestion',
        questionId: 'oven-brand',
        path: ['answers', 'oven-brand'],
        value: 'Miwe',
      },
    ]);
  });

  it('names an option the question does not have', () => {
    expect(checkAnswers(bakery, { 'has-staff': 'seasonal' })).toMatchObject([
      { code: 'unknownOption', option: 'seasonal', questionId: 'has-staff' },
    ]);
    expect(checkAnswers(bakery, { 'staff-data': ['rosters', 'payroll'] })).toMatchObject([
      { code: 'unknownOption', option: 'payroll' },
    ]);
  });

  it('refuses several options for a single-choice question, and one bare option for a multiple-choice one', () => {
    expect(found({ 'has-staff': ['yes', 'no'], 'staff-data': 'rosters' })).toEqual([
      ['$.answers.has-staff', 'expectedOption'],
      ['$.answers.staff-data', 'expectedOptions'],
    ]);
  });

  it('names an option chosen twice, and an exclusive option combined with another', () => {
    expect(checkAnswers(bakery, { 'staff-data': ['rosters', 'rosters'] })).toMatchObject([
      { code: 'duplicateOption', option: 'rosters' },
    ]);
    expect(checkAnswers(bakery, { 'staff-data': ['none', 'rosters'] })).toMatchObject([
      { code: 'exclusiveCombined', option: 'none' },
    ]);
  });

  it('checks numbers against the whole-number rule and the range', () => {
    expect(checkAnswers(bakery, { ovens: 2.5 })).toMatchObject([
      { code: 'notInteger', value: 2.5 },
    ]);
    expect(checkAnswers(bakery, { ovens: 0 })).toMatchObject([{ code: 'tooSmall', min: 1 }]);
    expect(checkAnswers(bakery, { ovens: 40 })).toMatchObject([{ code: 'tooLarge', max: 12 }]);
    expect(checkAnswers(bakery, { 'flour-kg': 0.25 })).toEqual([]);
    expect(checkAnswers(bakery, { 'flour-kg': -1 })).toMatchObject([{ code: 'tooSmall', min: 0 }]);
  });

  it('gives a text over the limit with the limit and its own length', () => {
    expect(checkAnswers(bakery, { story: 'x'.repeat(51) })).toMatchObject([
      { code: 'tooLong', max: 50, length: 51 },
    ]);
    expect(checkAnswers(bakery, { story: 'x'.repeat(50) })).toEqual([]);
  });

  it('says which kind of value a question takes when it gets another kind', () => {
    expect(
      found({ ovens: '3', 'shop-name': 7, story: ['a'], 'has-staff': 1, 'flour-kg': true }),
    ).toEqual([
      ['$.answers.ovens', 'expectedNumber'],
      ['$.answers.shop-name', 'expectedText'],
      ['$.answers.story', 'expectedText'],
      ['$.answers.has-staff', 'expectedOption'],
      ['$.answers.flour-kg', 'expectedNumber'],
    ]);
  });

  it('treats values no answer can have (null, objects, lists of numbers) as the wrong kind', () => {
    expect(found({ ovens: null, 'shop-name': { text: 'x' }, 'staff-data': [1, 2] })).toEqual([
      ['$.answers.ovens', 'expectedNumber'],
      ['$.answers.shop-name', 'expectedText'],
      ['$.answers.staff-data', 'expectedOptions'],
    ]);
  });

  it('reports every problem in the order of the file, and only the ones that do not fit', () => {
    expect(
      found({ ...fits, ovens: 13, 'oven-brand': 'Miwe', 'shop-name': 'x'.repeat(21) }),
    ).toEqual([
      ['$.answers.shop-name', 'tooLong'],
      ['$.answers.ovens', 'tooLarge'],
      ['$.answers.oven-brand', 'unknownQuestion'],
    ]);
  });

  it('takes keys that are no question id, such as "__proto__" or spaces, as unknown questions', () => {
    const answers = JSON.parse('{"__proto__": "yes", "two words": 1}') as Record<string, unknown>;
    expect(found(answers)).toEqual([
      ['$.answers.__proto__', 'unknownQuestion'],
      ['$.answers["two words"]', 'unknownQuestion'],
    ]);
  });
});

describe.each(exampleFiles())('the shipped example $folder/$file', ({ path }) => {
  it('fits its questionnaire', () => {
    const example = readExample(path);
    const questionnaire = loadShippedQuestionnaire(example.questionnaireId);
    expect(checkAnswers(questionnaire, example.answers, { path: ['answers'] })).toEqual([]);
  });
});
