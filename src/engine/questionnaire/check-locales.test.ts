import { describe, expect, it } from 'vitest';
import {
  choice,
  completeLocale,
  localeFile,
  onlyIssue,
  rawQuestionnaire,
  shaped,
  type RawQuestionnaire,
} from '../../../tests/helpers/raw-questionnaire';
import { localeIssues } from './check-locales';

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

/** The locale issues of `raw` with these locale files, named as in the questionnaire's folder. */
const check = (raw: RawQuestionnaire, locales: Record<string, unknown>) =>
  localeIssues(
    shaped(raw),
    Object.fromEntries(
      Object.entries(locales).map(([language, data]) => [
        language,
        { file: localeFile(language), data },
      ]),
    ),
    'questionnaires/test/',
  ).issues;

describe('locale files', () => {
  it('missing-locale: a declared language without a file, named after the questionnaire folder', () => {
    const result = check({ ...q, languages: ['en', 'nl'] }, { en: completeLocale(q) });
    const issue = onlyIssue(result);
    expect(issue).toMatchObject({ code: 'missing-locale', file: localeFile('nl'), path: '$' });
    expect(issue.message).toBe('language "nl" is declared in "languages" but has no locale file');
  });

  it('undeclared-locale: a locale file for a language not in "languages"', () => {
    const issue = onlyIssue(check(q, { en: completeLocale(q), nl: completeLocale(q) }));
    expect(issue).toMatchObject({ code: 'undeclared-locale', file: localeFile('nl'), path: '$' });
    expect(issue.message).toBe('language "nl" is not listed in the questionnaire\'s "languages"');
  });

  it('missing-key: a required text that is absent', () => {
    const issue = onlyIssue(check(q, { en: localeWith((l) => delete l.questions!.q1!.help) }));
    expect(issue).toMatchObject({
      code: 'missing-key',
      file: localeFile('en'),
      path: '$.questions.q1.help',
    });
    expect(issue.message).toBe('missing text "questions.q1.help"');
  });

  it('missing-key: the skip reason of a conditional question is required', () => {
    const issue = onlyIssue(
      check(q, { en: localeWith((l) => delete l.questions!.q2!.skipReason) }),
    );
    expect(issue).toMatchObject({ code: 'missing-key', path: '$.questions.q2.skipReason' });
  });

  it('missing-key: a per-item gap needs its action, and its group a heading for such actions', () => {
    const raw: RawQuestionnaire = {
      ...rawQuestionnaire([
        {
          id: 's1',
          questions: [
            { id: 'acts', type: 'repeatable', questions: [{ id: 'act-name', type: 'shortText' }] },
          ],
        },
      ]),
      determinations: [
        {
          id: 'named',
          forEach: 'acts',
          outcomes: [{ id: 'open', gap: { priority: 'low', fineTier: 'none', effort: 'days' } }],
        },
      ],
    };
    const full = completeLocale(raw) as Record<string, Record<string, Record<string, unknown>>>;
    expect(check(raw, { en: full })).toEqual([]);
    const without = structuredClone(full);
    delete (without.determinations!.named as { outcomes: { open: Record<string, unknown> } })
      .outcomes.open.action;
    delete without.questions!.acts!.actions;
    expect(check(raw, { en: without }).map((i) => i.path)).toEqual([
      '$.determinations.named.outcomes.open.action',
      '$.questions.acts.actions',
    ]);
  });

  it('orphan-key: a text that belongs to nothing', () => {
    const issue = onlyIssue(
      check(q, { en: localeWith((l) => (l.questions!.gone = { label: 'Old question' })) }),
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
      check(q, { en: localeWith((l) => (l.questions!.q1!.skipReason = 'Never skipped')) }),
    );
    expect(issue).toMatchObject({ code: 'orphan-key', path: '$.questions.q1.skipReason' });
  });

  it('empty-text: a required text that is blank', () => {
    const issue = onlyIssue(
      check(q, { en: localeWith((l) => ((l as Record<string, unknown>).title = '  ')) }),
    );
    expect(issue).toMatchObject({ code: 'empty-text', file: localeFile('en'), path: '$.title' });
    expect(issue.message).toBe('text "title" is empty');
  });

  it('not-text: a value that is neither a text nor an object of texts', () => {
    const issue = onlyIssue(check(q, { en: localeWith((l) => (l.questions!.q1!.hint = 5)) }));
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
    expect(check(q, { en: locale }).map((i) => [i.code, i.path])).toEqual([
      ['not-text', '$.questions.q1.hint'],
      ['not-text', '$.questions.q2.hint'],
    ]);
  });

  it('checks every locale file separately', () => {
    const result = check(
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

describe('locale-not-object', () => {
  it('reports a locale file that is not an object, and nothing else about it', () => {
    for (const data of [['a'], 'text', null]) {
      const issue = onlyIssue(check(q, { en: data }));
      expect(issue).toMatchObject({ code: 'locale-not-object', file: localeFile('en'), path: '$' });
      expect(issue.message).toBe('a locale file must be a JSON object of texts');
    }
  });
});

describe('texts', () => {
  it('returns the texts of every declared language that is an object', () => {
    const en = completeLocale(q);
    const result = localeIssues(
      shaped(q),
      { en: { file: localeFile('en'), data: en } },
      'questionnaires/test/',
    );
    expect(result).toEqual({ issues: [], texts: { en } });
  });
});
