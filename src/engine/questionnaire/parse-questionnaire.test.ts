import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readQuestionnaireFolder, repoRoot } from '../../../scripts/questionnaire-files';
import {
  choice,
  completeLocale,
  FILE,
  issuesOf,
  localeFile,
  oneSection,
  onlyIssue,
  parseRaw,
  rawQuestionnaire,
} from '../../../tests/helpers/raw-questionnaire';
import {
  formatIssues,
  parseQuestionnaireBundle,
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

describe('shape', () => {
  it('rejects an id that is not kebab-case', () => {
    const issue = onlyIssue(
      parseRaw(rawQuestionnaire([{ id: 'Basics', questions: [choice('q1')] }])),
    );
    expect(issue).toMatchObject({ code: 'shape', file: FILE, path: '$.sections[0].id' });
    expect(issue.message).toMatch(/kebab-case/);
  });

  it('rejects an unknown question type and lists the known ones', () => {
    const issue = onlyIssue(
      parseRaw(oneSection({ id: 'q1', type: 'dropdown', options: ['a', 'b'] })),
    );
    expect(issue).toMatchObject({ code: 'shape', path: '$.sections[0].questions[0].type' });
    expect(issue.message).toMatch(/singleChoice/);
  });

  it('rejects a malformed article reference', () => {
    const issue = onlyIssue(
      parseRaw(oneSection(choice('q1', { articles: ['Art. 3', 'Article 5'] }))),
    );
    expect(issue).toMatchObject({ code: 'shape', path: '$.sections[0].questions[0].articles[1]' });
    expect(issue.message).toContain('Art. 3(2)(a)');
  });

  it('explains a condition object that matches no operator', () => {
    const q = oneSection(choice('q1'), choice('q2', { showIf: { question: 'q1', is: 'yes' } }));
    const issue = onlyIssue(parseRaw(q));
    expect(issue).toMatchObject({ code: 'shape', path: '$.sections[0].questions[1].showIf' });
    expect(issue.message).toMatch(/^not a valid condition: use one of all, any, not, flag/);
  });

  it('reports every shape problem and skips the later checks', () => {
    const q = rawQuestionnaire([
      { id: 'Bad-Id', questions: [choice('q1', { showIf: { question: 'nope', equals: 'yes' } })] },
      { id: 's2', questions: [{ id: 'q_2', type: 'singleChoice', options: ['yes', 'no'] }] },
    ]);
    const issues = issuesOf(parseRaw(q, { en: {} }));
    expect(issues.map((i) => [i.code, i.path])).toEqual([
      ['shape', '$.sections[0].id'],
      ['shape', '$.sections[1].questions[0].id'],
    ]);
  });
});

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

describe('the order of the checks', () => {
  const contradiction = {
    all: [
      { question: 'q1', equals: 'yes' },
      { question: 'q1', equals: 'no' },
    ],
  };

  it('searches for unreachable questions only when the structure is sound', () => {
    const q = oneSection(
      choice('q1'),
      choice('q2', {
        showIf: {
          all: contradiction.all,
        },
      }),
      choice('q3', { showIf: { question: 'nope', answered: true } }),
    );
    expect(issuesOf(parseRaw(q)).map((i) => i.code)).toEqual(['unknown-question']);
  });

  it('skips the search when asked, as the app does', () => {
    const raw = oneSection(choice('q1'), choice('q2', { showIf: contradiction }));
    const input = {
      questionnaire: { file: FILE, data: raw },
      locales: { en: { file: localeFile('en'), data: completeLocale(raw) } },
    };
    expect(issuesOf(parseQuestionnaireBundle(input)).map((i) => i.code)).toEqual([
      'unreachable-question',
    ]);
    expect(parseQuestionnaireBundle(input, { checkReachability: false }).ok).toBe(true);
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
      ['bad-range', '$.sections[0].questions[1].min'],
      ['duplicate-id', '$.sections[0].questions[2].id'],
      ['unknown-question', '$.sections[0].questions[0].showIf.question'],
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
