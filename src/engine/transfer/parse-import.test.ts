import { describe, expect, it } from 'vitest';
import {
  jsonFile,
  lookup,
  questionnaire,
  textFile,
  webshop,
} from '../../../tests/helpers/transfer';
import { SessionSchema, type Session } from '../session/session.schema';
import { EXPORT_TYPE, MAX_ASSESSMENTS } from './export-file.schema';
import { MAX_DEPTH, MAX_IMPORT_BYTES, parseImport, type ImportResult } from './parse-import';
import { serializeExport } from './serialize-export';

const exportOf = (sessions: Session[], names = sessions.map((_, i) => `Client ${i + 1}`)) =>
  serializeExport(
    sessions.map((session, i) => ({
      name: names[i]!,
      createdAt: '2026-01-10T09:00:00.000Z',
      session,
    })),
    { now: new Date('2026-02-01T12:00:00Z') },
  );

/** The export file of `sessions` as parsed JSON, to be changed by a test. */
const exportData = (sessions: Session[] = [webshop]) =>
  JSON.parse(exportOf(sessions)) as Record<string, unknown> & {
    assessments: Record<string, unknown>[];
  };

const problem = (result: ImportResult) => (result.ok ? null : result.problem);

/** A session as an older app version saved it: without the fields added since. */
function olderSession(version: 1 | 2): Record<string, unknown> {
  const { notes: _n, parked: _p, processorReviews: _r, actionPlan, ...rest } = webshop;
  return version === 1 ? { ...rest, version } : { ...rest, version, actionPlan };
}

describe('parseImport: accepted files', () => {
  it('reads back every assessment of an export file as it was written', () => {
    const later: Session = { ...webshop, answers: { ...webshop.answers, 'privacy-notice': 'yes' } };
    const result = parseImport(
      textFile(exportOf([webshop, later], ['Acme', 'Acme (March)'])),
      lookup,
    );
    expect(result).toEqual({
      ok: true,
      source: 'export',
      assessments: [
        {
          name: 'Acme',
          createdAt: '2026-01-10T09:00:00.000Z',
          // The file was made then: what it holds counts as exported at that time.
          exportedAt: '2026-02-01T12:00:00.000Z',
          session: webshop,
          dropped: [],
          toCorrect: [],
        },
        {
          name: 'Acme (March)',
          createdAt: '2026-01-10T09:00:00.000Z',
          // The file was made then: what it holds counts as exported at that time.
          exportedAt: '2026-02-01T12:00:00.000Z',
          session: later,
          dropped: [],
          toCorrect: [],
        },
      ],
    });
  });

  it('reads a bare current saved session, named after the file', () => {
    const result = parseImport(jsonFile(webshop, 'fietsen utrecht.json'), lookup);
    expect(result).toEqual({
      ok: true,
      source: 'session',
      assessments: [
        {
          name: 'fietsen utrecht',
          createdAt: webshop.updatedAt,
          session: webshop,
          dropped: [],
          toCorrect: [],
        },
      ],
    });
  });

  it.each([1, 2] as const)('migrates a version %i saved session', (version) => {
    const result = parseImport(jsonFile(olderSession(version)), lookup);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [imported] = result.assessments;
    expect(imported?.session).toEqual({
      ...webshop,
      actionPlan: version === 1 ? {} : webshop.actionPlan,
      notes: {},
      parked: [],
      processorReviews: [],
    });
  });

  it('migrates an older session inside an export file', () => {
    const data = exportData();
    data.assessments[0]!.session = olderSession(1);
    const result = parseImport(jsonFile(data), lookup);
    expect(result.ok && result.assessments[0]?.session.version).toBe(4);
  });

  it('imports an assessment of an older questionnaire version, listing each answer left out and why', () => {
    const old = {
      ...webshop,
      questionnaireVersion: '0.9.0',
      answers: { ...webshop.answers, 'retired-question': 'yes', employees: -5 },
    };
    const result = parseImport(jsonFile(exportData([old])), lookup);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [imported] = result.assessments;
    expect(imported?.dropped).toEqual([
      {
        code: 'tooSmall',
        min: 0,
        questionId: 'employees',
        path: 'assessments[0].session.answers.employees',
        value: -5,
      },
      {
        code: 'unknownQuestion',
        questionId: 'retired-question',
        path: 'assessments[0].session.answers.retired-question',
        value: null,
      },
    ]);
    expect(imported?.toCorrect).toEqual([]);
    expect(imported?.session.answers).not.toHaveProperty('retired-question');
    expect(imported?.session.answers).not.toHaveProperty('employees');
    expect(imported?.session.questionnaireVersion).toBe(questionnaire.version);
  });

  it('falls back to the questionnaire id when the file name gives no usable name', () => {
    for (const name of ['.json', '  .pdf']) {
      const result = parseImport(jsonFile(webshop, name), lookup);
      expect(result.ok && result.assessments[0]?.name, name).toBe(questionnaire.id);
    }
  });

  it('accepts text with a byte order mark, and ordinary "<" in answers', () => {
    const session = { ...webshop, notes: { 'privacy-notice': 'fewer than <50 staff; a < b > c' } };
    const text = `\ufeff${JSON.stringify(session)}`;
    const result = parseImport(textFile(text), lookup);
    expect(result.ok).toBe(true);
  });

  it('never returns a session that fails the session schema', () => {
    const result = parseImport(textFile(exportOf([webshop, webshop])), lookup);
    expect(result.ok).toBe(true);
    if (result.ok)
      for (const a of result.assessments)
        expect(SessionSchema.safeParse(a.session).success).toBe(true);
  });
});

describe('parseImport: refused files', () => {
  it('refuses a file over the size cap before reading it', () => {
    const bytes = new Uint8Array(MAX_IMPORT_BYTES + 1).fill(0x20);
    expect(problem(parseImport({ name: 'big.json', bytes }, lookup))).toEqual({
      code: 'too-large',
      size: MAX_IMPORT_BYTES + 1,
      limit: MAX_IMPORT_BYTES,
      sizeMb: 5,
      limitMb: 5,
    });
  });

  it.each([
    ['no bytes', ''],
    ['only white space', ' \n\t '],
  ])('refuses %s as empty', (_, text) => {
    expect(problem(parseImport(textFile(text), lookup))).toEqual({ code: 'empty' });
  });

  it('refuses bytes that are not UTF-8', () => {
    const bytes = Uint8Array.from([0xff, 0xfe, 0x7b, 0x00, 0x7d, 0x00]);
    expect(problem(parseImport({ name: 'utf16.json', bytes }, lookup))).toEqual({
      code: 'not-utf8',
    });
  });

  it.each(['not json', '{"type":', "{'single': 'quotes'}", 'NaN'])(
    'refuses %j as not JSON',
    (text) => {
      expect(problem(parseImport(textFile(text), lookup))).toEqual({ code: 'not-json' });
    },
  );

  it('refuses nesting deeper than the limit, and allows it up to the limit', () => {
    const nested = (depth: number) => `${'['.repeat(depth)}${']'.repeat(depth)}`;
    expect(problem(parseImport(textFile(nested(MAX_DEPTH + 1)), lookup))).toEqual({
      code: 'too-deep',
      limit: MAX_DEPTH,
    });
    expect(problem(parseImport(textFile(nested(MAX_DEPTH)), lookup))).toEqual({
      code: 'not-an-assessment',
    });
    // A million brackets would overflow a recursive parser's stack; it never gets that far.
    expect(problem(parseImport(textFile('['.repeat(1_000_000)), lookup))?.code).toBe('too-deep');
  });

  it('does not count brackets inside strings as nesting', () => {
    const session = { ...webshop, notes: { 'privacy-notice': '['.repeat(500) + '{'.repeat(500) } };
    expect(parseImport(jsonFile(session), lookup).ok).toBe(true);
  });

  it('refuses a PDF without embedded answers', () => {
    const pdf = textFile('%PDF-1.7\n1 0 obj << /Type /Catalog >> endobj\n%%EOF\n', 'scan.pdf');
    expect(problem(parseImport(pdf, lookup))).toEqual({ code: 'pdf-without-answers' });
  });

  it('takes a file for a PDF only when it starts with %PDF-', () => {
    const named = exportOf([webshop], ['%PDF-1.7 audit']);
    expect(parseImport(textFile(named), lookup).ok).toBe(true);
    expect(problem(parseImport(textFile(` %PDF-1.7\n%%EOF`), lookup))).toEqual({
      code: 'not-json',
    });
    expect(problem(parseImport(textFile('\ufeff%PDF-1.7\n%%EOF'), lookup))).toEqual({
      code: 'not-json',
    });
  });

  it.each([
    ['an array', []],
    ['a number', 42],
    ['null', null],
    ['another type', { type: 'something-else', version: 1 }],
    ['no type', { version: 3, answers: {} }],
  ])('refuses %s as not an assessment', (_, value) => {
    expect(problem(parseImport(jsonFile(value), lookup))).toEqual({ code: 'not-an-assessment' });
  });

  it.each<[string, (data: ReturnType<typeof exportData>) => void, string]>([
    ['an empty name', (d) => (d.assessments[0]!.name = '  '), 'assessments[0].name'],
    [
      'a bad creation time',
      (d) => (d.assessments[0]!.createdAt = 'today'),
      'assessments[0].createdAt',
    ],
    ['no assessments', (d) => (d.assessments = []), 'assessments'],
    ['an unexpected field', (d) => (d.extra = 1), 'extra'],
    ['no version', (d) => delete d.version, 'version'],
    [
      'an answer that is an object',
      (d) => ((d.assessments[0]!.session as Session).answers.employees = {} as never),
      'assessments[0].session.answers.employees',
    ],
    [
      'a session of another type',
      (d) => ((d.assessments[0]!.session as Record<string, unknown>).type = 'other'),
      'assessments[0].session.type',
    ],
    [
      'a session without a version',
      (d) => delete (d.assessments[0]!.session as Record<string, unknown>).version,
      'assessments[0].session.version',
    ],
    [
      'a due date that is not a date',
      (d) =>
        ((d.assessments[0]!.session as Session).actionPlan = {
          'privacy-notice': { ownerName: null, dueDate: 'soon' },
        }),
      'assessments[0].session.actionPlan.privacy-notice.dueDate',
    ],
    [
      'an unexpected field in a review',
      (d) =>
        ((d.assessments[0]!.session as Session).processorReviews = [
          { ...webshop.processorReviews[0]!, 'odd key': true } as never,
        ]),
      'assessments[0].session.processorReviews[0]["odd key"]',
    ],
  ])('refuses an export with %s and names the field', (_, change, path) => {
    const data = exportData();
    change(data);
    expect(problem(parseImport(jsonFile(data), lookup))).toEqual({ code: 'wrong-shape', path });
  });

  it('names the field of a bare session that does not fit', () => {
    const { updatedAt: _, ...session } = webshop;
    expect(problem(parseImport(jsonFile(session), lookup))).toEqual({
      code: 'wrong-shape',
      path: 'updatedAt',
    });
  });

  it('refuses a newer export file or session version', () => {
    expect(problem(parseImport(jsonFile({ ...exportData(), version: 2 }), lookup))).toEqual({
      code: 'newer-version',
      kind: 'export',
      version: 2,
    });
    expect(problem(parseImport(jsonFile({ ...webshop, version: 5 }), lookup))).toEqual({
      code: 'newer-version',
      kind: 'session',
      version: 5,
    });
    const data = exportData();
    data.assessments[0]!.session = { ...webshop, version: 7 };
    expect(problem(parseImport(jsonFile(data), lookup))).toMatchObject({
      code: 'newer-version',
      kind: 'session',
    });
  });

  it.each<[unknown, string]>([
    ['3', '"3"'],
    [0, '0'],
    [null, 'null'],
    ['x'.repeat(100), `"${'x'.repeat(19)}…`],
  ])('refuses the unknown session version %j', (version, shown) => {
    expect(problem(parseImport(jsonFile({ ...webshop, version }), lookup))).toEqual({
      code: 'unknown-version',
      kind: 'session',
      version: shown,
    });
  });

  it('refuses an unknown export version', () => {
    expect(problem(parseImport(jsonFile({ ...exportData(), version: 0 }), lookup))).toEqual({
      code: 'unknown-version',
      kind: 'export',
      version: '0',
    });
  });

  it('refuses a questionnaire the app does not have', () => {
    const data = exportData([webshop, { ...webshop, questionnaireId: 'iso-27001' }]);
    expect(problem(parseImport(jsonFile(data), lookup))).toEqual({
      code: 'unknown-questionnaire',
      questionnaireId: 'iso-27001',
    });
  });

  it('refuses more assessments than the cap, and takes the cap itself', () => {
    const many = (count: number) => ({
      ...exportData(),
      assessments: Array.from({ length: count }, () => exportData().assessments[0]),
    });
    expect(problem(parseImport(jsonFile(many(MAX_ASSESSMENTS + 1)), lookup))).toEqual({
      code: 'too-many-assessments',
      count: MAX_ASSESSMENTS + 1,
      limit: MAX_ASSESSMENTS,
    });
    const result = parseImport(jsonFile(many(MAX_ASSESSMENTS)), lookup);
    expect(result.ok && result.assessments.length).toBe(MAX_ASSESSMENTS);
  });

  it.each<[string, (s: Session) => Session]>([
    ['a note', (s) => ({ ...s, notes: { 'privacy-notice': 'see <https://intranet/policy>' } })],
    [
      'a text answer',
      (s) => ({ ...s, answers: { ...s.answers, 'organisation-name': 'Smith <Partners> B.V.' } }),
    ],
    [
      'an owner',
      (s) => ({
        ...s,
        actionPlan: { 'privacy-notice': { ownerName: 'Jan <jan@acme.nl>', dueDate: null } },
      }),
    ],
    [
      'a vendor',
      (s) => ({
        ...s,
        processorReviews: [{ id: 'r1', vendor: 'javascript:void(0) <b>Ltd</b>', checked: [] }],
      }),
    ],
    ['a script element', (s) => ({ ...s, notes: { 'privacy-notice': '<script>x</script>' } })],
    ['bidi controls', (s) => ({ ...s, notes: { 'privacy-notice': 'abc\u202edef\u200b' } })],
    ['a lone surrogate', (s) => ({ ...s, notes: { 'privacy-notice': 'half \ud83d' } })],
  ])('takes %s exactly as it was typed: angle brackets are only text', (_, change) => {
    const session = change(webshop);
    const result = parseImport(jsonFile(session), lookup);
    expect(result.ok && result.assessments[0]?.session).toEqual(session);
  });

  it('takes an assessment name with angle brackets or %PDF- in an export file', () => {
    const names = ['Acme <i>BV</i>', 'Audit %PDF- 2026'];
    const result = parseImport(textFile(exportOf([webshop, webshop], names)), lookup);
    expect(result.ok && result.assessments.map((a) => a.name)).toEqual(names);
  });

  it('names a bare session after its file, whatever the file name holds', () => {
    const result = parseImport(jsonFile(webshop, 'Smith <Partners>.json'), lookup);
    expect(result.ok && result.assessments[0]?.name).toBe('Smith <Partners>');
  });

  it('sets no prototype from a __proto__ key, and lists a __proto__ answer as no question', () => {
    const text = JSON.stringify(webshop).replace(
      '"notes":{',
      '"notes":{"__proto__":{"polluted":"yes"},',
    );
    const result = parseImport(textFile(text), lookup);
    expect(result.ok).toBe(true);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
    if (result.ok) {
      const { notes } = result.assessments[0]!.session;
      expect(Object.getPrototypeOf(notes)).toBe(Object.prototype);
      expect(Object.keys(notes)).toEqual(['privacy-notice']);
    }
    const answer = JSON.stringify(webshop).replace('"answers":{', '"answers":{"__proto__":"yes",');
    expect(problem(parseImport(textFile(answer), lookup))).toMatchObject({
      code: 'answers-do-not-fit',
      answers: [{ code: 'unknownQuestion', questionId: '__proto__' }],
    });
  });

  it.each([
    ['markup', '<b>x</b>', 'answers["<b>x</b>"]'],
    ['a bidi override', 'a\u202eb', 'answers[…]'],
    ['a zero-width space', 'a\u200bb', 'answers[…]'],
    ['a line separator', 'a\u2028b', 'answers[…]'],
    ['a lone surrogate', '\ud800', 'answers[…]'],
  ])('names an unknown key with %s readably in the path', (_, key, path) => {
    const data = { ...webshop, answers: { ...webshop.answers, [key]: 'yes' } };
    expect(problem(parseImport(jsonFile(data), lookup))).toMatchObject({
      answers: [{ code: 'unknownQuestion', path }],
    });
  });

  it('refuses the whole file when one assessment of many is wrong', () => {
    const data = exportData([webshop, webshop, webshop]);
    (data.assessments[2]!.session as Record<string, unknown>).completedAt = 'never';
    expect(problem(parseImport(jsonFile(data), lookup))).toEqual({
      code: 'wrong-shape',
      path: 'assessments[2].session.completedAt',
    });
  });
});

describe('parseImport: the export type', () => {
  it('is recognised by its type, not its file name', () => {
    const result = parseImport(textFile(exportOf([webshop]), 'notes.txt'), lookup);
    expect(result.ok && result.source).toBe('export');
    expect(EXPORT_TYPE).toBe('gdpr-readiness-export');
  });
});

describe('parseImport: answers checked against the questionnaire', () => {
  const withAnswers = (answers: Record<string, unknown>, questionnaireVersion?: string) => ({
    ...webshop,
    ...(questionnaireVersion && { questionnaireVersion }),
    answers: { ...webshop.answers, ...answers },
  });

  it('refuses a file with answers the app never writes, listing each by its path', () => {
    const data = exportData([
      webshop,
      withAnswers({
        'public-body': ['yes', 'no'],
        'data-subjects': ['customers', 'customers'],
        'shoe-size': 44,
        'special-category': 'sometimes',
        employees: '12',
      }) as Session,
    ]);
    const refused = problem(parseImport(jsonFile(data), lookup));
    const at = (key: string) => `assessments[1].session.answers.${key}`;
    expect(refused).toEqual({
      code: 'answers-do-not-fit',
      count: 5,
      answers: [
        { code: 'expectedNumber', questionId: 'employees', path: at('employees'), value: null },
        { code: 'expectedOption', questionId: 'public-body', path: at('public-body'), value: null },
        {
          code: 'duplicateOption',
          option: 'customers',
          questionId: 'data-subjects',
          path: at('data-subjects'),
          value: null,
        },
        {
          code: 'unknownOption',
          option: 'sometimes',
          questionId: 'special-category',
          path: at('special-category'),
          value: null,
        },
        { code: 'unknownQuestion', questionId: 'shoe-size', path: at('shoe-size'), value: 44 },
      ],
    });
  });

  it('refuses a bare session with a question id it does not know instead of leaving it out', () => {
    expect(
      problem(parseImport(jsonFile(withAnswers({ 'retired-question': 'yes' })), lookup)),
    ).toEqual({
      code: 'answers-do-not-fit',
      count: 1,
      answers: [
        {
          code: 'unknownQuestion',
          questionId: 'retired-question',
          path: 'answers.retired-question',
          value: null,
        },
      ],
    });
  });

  it('does not echo a very long unknown key back in the path', () => {
    const key = `q${'-x'.repeat(40)}`;
    const refused = problem(parseImport(jsonFile(withAnswers({ [key]: 'yes' })), lookup));
    expect(refused).toMatchObject({ answers: [{ code: 'unknownQuestion', path: 'answers[…]' }] });
  });

  it('keeps numbers and texts a person typed that do not fit, and lists them to correct', () => {
    const typed = withAnswers({ employees: 2.5, 'organisation-name': 'B'.repeat(121) });
    const result = parseImport(jsonFile(typed), lookup);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [imported] = result.assessments;
    expect(imported?.session.answers).toEqual(typed.answers);
    expect(imported?.dropped).toEqual([]);
    expect(imported?.toCorrect).toEqual([
      {
        code: 'tooLong',
        max: 120,
        length: 121,
        questionId: 'organisation-name',
        path: 'answers.organisation-name',
        value: null,
      },
      { code: 'notInteger', questionId: 'employees', path: 'answers.employees', value: 2.5 },
    ]);
  });

  it('refuses the whole file when kept and refused answers come together', () => {
    const refused = problem(
      parseImport(jsonFile(withAnswers({ employees: -1, 'shoe-size': 44 })), lookup),
    );
    expect(refused).toMatchObject({ code: 'answers-do-not-fit', count: 1 });
  });

  it('takes answers to questions that other answers hide as they are', () => {
    // A public body is asked no turnover question; the turnover answered before is no problem.
    const hidden = withAnswers({ 'public-body': 'yes', 'group-turnover': 2_400_000 });
    const result = parseImport(jsonFile(hidden), lookup);
    expect(result.ok && result.assessments[0]).toMatchObject({
      dropped: [],
      toCorrect: [],
      session: { answers: { 'group-turnover': 2_400_000 } },
    });
  });

  it('leaves out exactly the answers it lists for an older questionnaire version', () => {
    const old = withAnswers(
      { 'shoe-size': 44, 'public-body': 'perhaps', employees: 3.5, 'data-inventory': '' },
      '0.1.0',
    );
    const result = parseImport(jsonFile(old), lookup);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const [imported] = result.assessments;
    const listed = imported!.dropped.map((d) => d.questionId).sort();
    expect(listed).toEqual(['employees', 'public-body', 'shoe-size']);
    const kept = Object.keys(imported!.session.answers);
    for (const id of Object.keys(old.answers))
      if (old.answers[id as keyof typeof old.answers] !== '')
        expect(kept.includes(id) !== listed.includes(id), id).toBe(true);
  });
});
