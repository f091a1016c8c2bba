import { describe, expect, it } from 'vitest';
import {
  ANSWER_MISMATCH_CODES,
  type AnswerMismatchCode,
} from '@/engine/questionnaire/check-answers';
import {
  IMPORT_PROBLEM_CODES,
  type ImportAnswerProblem,
  type ImportProblem,
  type ImportProblemCode,
} from '@/engine/transfer/import-problem';
import { placeholderNames, readLocales } from './helpers/locale-parity';

/** One problem of each kind, so every message can be checked against the details it gets. */
const samples: { [C in ImportProblemCode]: Extract<ImportProblem, { code: C }> } = {
  'too-large': { code: 'too-large', size: 7_000_000, limit: 5_242_880, sizeMb: 6.7, limitMb: 5 },
  empty: { code: 'empty' },
  'not-utf8': { code: 'not-utf8' },
  'not-json': { code: 'not-json' },
  'too-deep': { code: 'too-deep', limit: 64 },
  'pdf-without-answers': { code: 'pdf-without-answers' },
  'not-an-assessment': { code: 'not-an-assessment' },
  'wrong-shape': { code: 'wrong-shape', path: 'assessments[0].name' },
  'newer-version': { code: 'newer-version', kind: 'session', version: 4 },
  'unknown-version': { code: 'unknown-version', kind: 'export', version: '"1"' },
  'unknown-questionnaire': { code: 'unknown-questionnaire', questionnaireId: 'iso-27001' },
  'too-many-assessments': { code: 'too-many-assessments', count: 250, limit: 200 },
  'answers-do-not-fit': {
    code: 'answers-do-not-fit',
    count: 1,
    answers: [{ code: 'unknownQuestion', questionId: 'x', path: 'answers.x', value: null }],
  },
};

/** One answer problem of each kind; the list adds `question`, the label or path it names. */
const where = { questionId: 'employees', path: 'answers.employees', value: 2.5, question: 'Staff' };
const answerSamples: {
  [C in AnswerMismatchCode]: Extract<ImportAnswerProblem, { code: C }> & { question: string };
} = {
  unknownQuestion: { ...where, code: 'unknownQuestion' },
  expectedOption: { ...where, code: 'expectedOption' },
  expectedOptions: { ...where, code: 'expectedOptions' },
  expectedNumber: { ...where, code: 'expectedNumber' },
  expectedText: { ...where, code: 'expectedText' },
  expectedItems: { ...where, code: 'expectedItems' },
  tooManyItems: { ...where, code: 'tooManyItems', max: 50 },
  duplicateOption: { ...where, code: 'duplicateOption', option: 'customers' },
  unknownOption: { ...where, code: 'unknownOption', option: 'maybe' },
  exclusiveCombined: { ...where, code: 'exclusiveCombined', option: 'none' },
  notInteger: { ...where, code: 'notInteger' },
  tooSmall: { ...where, code: 'tooSmall', min: 0 },
  tooLarge: { ...where, code: 'tooLarge', max: 100 },
  tooLong: { ...where, code: 'tooLong', max: 120, length: 130 },
};

interface TransferTexts {
  transfer: { problems: Record<string, string>; answer: Record<string, string> };
}
/** The transfer messages of every language; that they match English is checked with the workflow texts. */
const languages = Object.entries(readLocales('src/i18n/locales', 'workflow.')).map(
  ([language, texts]) => [language, (texts as TransferTexts).transfer] as const,
);

describe.each(languages.map(([language, texts]) => [language, texts.problems] as const))(
  'import problem messages in %s',
  (_, messages) => {
    it('exist for every problem code and no other', () => {
      expect(Object.keys(messages).sort()).toEqual([...IMPORT_PROBLEM_CODES].sort());
    });

    it.each(IMPORT_PROBLEM_CODES)('%s uses only details the problem carries', (code) => {
      const text = messages[code] ?? '';
      expect(text.trim()).not.toBe('');
      for (const name of placeholderNames(text)) expect(samples[code], name).toHaveProperty(name);
    });
  },
);

describe.each(languages.map(([language, texts]) => [language, texts.answer] as const))(
  'messages for answers that do not fit, in %s',
  (language, messages) => {
    it('exist for every mismatch code, and for the rest of a long list in each plural form', () => {
      const forms = new Intl.PluralRules(language).resolvedOptions().pluralCategories;
      expect(Object.keys(messages).sort()).toEqual(
        [...ANSWER_MISMATCH_CODES, ...forms.map((form) => `more_${form}`)].sort(),
      );
    });

    it.each(ANSWER_MISMATCH_CODES)(
      '%s names the question and uses only details it carries',
      (code) => {
        const text = messages[code] ?? '';
        // French sets a space before the colon.
        expect(text).toMatch(/^{{question}} ?: \S/);
        for (const name of placeholderNames(text))
          expect(answerSamples[code], name).toHaveProperty(name);
      },
    );
  },
);
