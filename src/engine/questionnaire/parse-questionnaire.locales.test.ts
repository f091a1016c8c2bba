import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readQuestionnaireFolder, repoRoot } from '../../../scripts/questionnaire-files';
import {
  choice,
  completeLocale,
  FILE,
  issuesOf,
  localeFile,
  onlyIssue,
  parseRaw,
  rawQuestionnaire,
} from '../../../tests/helpers/raw-questionnaire';
import {
  formatIssues,
  parseQuestionnaireTexts,
  type QuestionnaireIssue,
} from './parse-questionnaire';

const q = rawQuestionnaire([
  {
    id: 's1',
    questions: [choice('q1'), choice('q2', { showIf: { question: 'q1', equals: 'yes' } })],
  },
]);
/** The complete English locale for `q`, with a change applied to a copy. */
const localeWith = (
  change: (locale: Record<string, Record<string, Record<string, unknown>>>) => void,
) => {
  const locale = structuredClone(completeLocale(q)) as Record<
    string,
    Record<string, Record<string, unknown>>
  >;
  change(locale);
  return locale;
};

describe('a valid bundle', () => {
  it('parses the minimal fixture with its texts', () => {
    const result = readQuestionnaireFolder(join(repoRoot, 'tests/fixtures/questionnaires/minimal'));
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.bundle.questionnaire.id).toBe('minimal');
    expect(result.bundle.questionnaire.sections[0]?.questions[0]).toMatchObject({
      id: 'uses-data',
      required: true,
      articles: [],
    });
    expect(result.bundle.texts.en?.title).toBe('Minimal check');
  });

  it('accepts the optional hint and per-question option labels, and a root $schema', () => {
    const locale = localeWith((l) => {
      l.questions!.q1!.hint = 'A hint';
      l.questions!.q1!.options = { yes: 'Yes, we do' };
      (l as Record<string, unknown>).$schema = '../locale.schema.json';
    });
    expect(parseRaw(q, { en: locale }).ok).toBe(true);
  });
});

describe('invalid-json', () => {
  const en = { file: localeFile('en'), text: JSON.stringify(completeLocale(q)) };

  it('reports a questionnaire file that is not JSON, naming the file', () => {
    const issue = onlyIssue(parseQuestionnaireTexts({ file: FILE, text: '{ "id": ' }, { en }));
    expect(issue).toMatchObject({ code: 'invalid-json', file: FILE, path: '$' });
    expect(issue.message).toMatch(/^not valid JSON: /);
  });

  it('reports a locale file that is not JSON', () => {
    const result = parseQuestionnaireTexts(
      { file: FILE, text: JSON.stringify(q) },
      { en: { file: localeFile('en'), text: '{,}' } },
    );
    expect(onlyIssue(result)).toMatchObject({
      code: 'invalid-json',
      file: localeFile('en'),
      path: '$',
    });
  });

  it('reports every broken file at once', () => {
    const result = parseQuestionnaireTexts(
      { file: FILE, text: '' },
      { en: { file: localeFile('en'), text: 'nope' } },
    );
    expect(issuesOf(result).map((i) => [i.code, i.file])).toEqual([
      ['invalid-json', FILE],
      ['invalid-json', localeFile('en')],
    ]);
  });

  it('parses valid texts like the parsed objects', () => {
    expect(parseQuestionnaireTexts({ file: FILE, text: JSON.stringify(q) }, { en }).ok).toBe(true);
  });
});

describe('locale files', () => {
  it('missing-locale: a declared language without a file, named after the questionnaire folder', () => {
    const result = parseRaw({ ...q, languages: ['en', 'nl'] }, { en: completeLocale(q) });
    const issue = onlyIssue(result);
    expect(issue).toMatchObject({ code: 'missing-locale', file: localeFile('nl'), path: '$' });
    expect(issue.message).toBe('language "nl" is declared in "languages" but has no locale file');
  });

  it('undeclared-locale: a locale file for a language not in "languages"', () => {
    const issue = onlyIssue(parseRaw(q, { en: completeLocale(q), nl: completeLocale(q) }));
    expect(issue).toMatchObject({ code: 'undeclared-locale', file: localeFile('nl'), path: '$' });
    expect(issue.message).toBe('language "nl" is not listed in the questionnaire\'s "languages"');
  });

  it('missing-key: a required text that is absent', () => {
    const issue = onlyIssue(parseRaw(q, { en: localeWith((l) => delete l.questions!.q1!.help) }));
    expect(issue).toMatchObject({
      code: 'missing-key',
      file: localeFile('en'),
      path: '$.questions.q1.help',
    });
    expect(issue.message).toBe('missing text "questions.q1.help"');
  });

  it('missing-key: the skip reason of a conditional question is required', () => {
    const issue = onlyIssue(
      parseRaw(q, { en: localeWith((l) => delete l.questions!.q2!.skipReason) }),
    );
    expect(issue).toMatchObject({ code: 'missing-key', path: '$.questions.q2.skipReason' });
  });

  it('orphan-key: a text that belongs to nothing', () => {
    const issue = onlyIssue(
      parseRaw(q, { en: localeWith((l) => (l.questions!.gone = { label: 'Old question' })) }),
    );
    expect(issue).toMatchObject({
      code: 'orphan-key',
      file: localeFile('en'),
      path: '$.questions.gone.label',
    });
    expect(issue.message).toBe(
      'text "questions.gone.label" belongs to no question, section, option or exit',
    );
  });

  it('orphan-key: a skip reason for a question that has no showIf', () => {
    const issue = onlyIssue(
      parseRaw(q, { en: localeWith((l) => (l.questions!.q1!.skipReason = 'Never skipped')) }),
    );
    expect(issue).toMatchObject({ code: 'orphan-key', path: '$.questions.q1.skipReason' });
  });

  it('empty-text: a required text that is blank', () => {
    const issue = onlyIssue(
      parseRaw(q, { en: localeWith((l) => ((l as Record<string, unknown>).title = '  ')) }),
    );
    expect(issue).toMatchObject({ code: 'empty-text', file: localeFile('en'), path: '$.title' });
    expect(issue.message).toBe('text "title" is empty');
  });

  it('not-text: a value that is neither a text nor an object of texts', () => {
    const issue = onlyIssue(parseRaw(q, { en: localeWith((l) => (l.questions!.q1!.hint = 5)) }));
    expect(issue).toMatchObject({
      code: 'not-text',
      file: localeFile('en'),
      path: '$.questions.q1.hint',
    });
    expect(issue.message).toBe('must be a text (a JSON string) or an object of texts');
  });

  it('not-text: arrays and null are reported too', () => {
    const locale = localeWith((l) => {
      l.questions!.q1!.hint = ['a'];
      l.questions!.q2!.hint = null;
    });
    expect(issuesOf(parseRaw(q, { en: locale })).map((i) => [i.code, i.path])).toEqual([
      ['not-text', '$.questions.q1.hint'],
      ['not-text', '$.questions.q2.hint'],
    ]);
  });

  it('checks every locale file separately', () => {
    const result = parseRaw(
      { ...q, languages: ['en', 'nl'] },
      {
        en: completeLocale(q),
        nl: localeWith((l) => delete l.options!.no),
      },
    );
    expect(onlyIssue(result)).toMatchObject({
      code: 'missing-key',
      file: localeFile('nl'),
      path: '$.options.no',
    });
  });
});

describe('several problems', () => {
  it('reports structure and locale problems together', () => {
    const bad = rawQuestionnaire([
      {
        id: 's1',
        questions: [
          choice('q1', { showIf: { question: 'nope', equals: 'yes' } }),
          { id: 'n', type: 'number', min: 3, max: 1 },
          choice('q1'),
        ],
      },
    ]);
    const locale = completeLocale(bad);
    delete (locale.options as Record<string, unknown>).yes;
    locale.extra = 'orphan';
    const issues = issuesOf(parseRaw(bad, { en: locale }));
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['duplicate-id', '$.sections[0].questions[2].id'],
      ['unknown-question', '$.sections[0].questions[0].showIf.question'],
      ['bad-range', '$.sections[0].questions[1].min'],
      ['missing-key', '$.options.yes'],
      ['orphan-key', '$.extra'],
    ]);
  });
});

describe('formatIssues', () => {
  it('writes one issue per line as "file path: message"', () => {
    const issues: QuestionnaireIssue[] = [
      {
        file: 'a/questionnaire.json',
        path: '$.sections[0].id',
        code: 'shape',
        message: 'first problem',
      },
      { file: 'a/locales/en.json', path: '$', code: 'missing-locale', message: 'second problem' },
    ];
    expect(formatIssues(issues)).toBe(
      'a/questionnaire.json $.sections[0].id: first problem\na/locales/en.json $: second problem',
    );
  });

  it('is empty for no issues', () => {
    expect(formatIssues([])).toBe('');
  });

  it('formats real parse issues so each line names its file and path', () => {
    const issues = issuesOf(
      parseRaw({ ...q, languages: ['en', 'nl'] }, { en: localeWith((l) => delete l.options!.yes) }),
    );
    const lines = formatIssues(issues).split('\n');
    expect(lines).toHaveLength(2);
    expect(lines).toContain(`${localeFile('en')} $.options.yes: missing text "options.yes"`);
    expect(lines).toContain(
      `${localeFile('nl')} $: language "nl" is declared in "languages" but has no locale file`,
    );
  });
});
