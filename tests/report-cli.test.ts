import { spawnSync } from 'node:child_process';
import {
  linkSync,
  mkdirSync,
  mkdtempSync,
  readFileSync,
  rmSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { evaluateDeterminations } from '@/engine/questionnaire/determinations';
import { embeddedAnswerBytes, unescapeXml } from '@/engine/transfer/pdf-embedded-json';
import { questionnairesDir, repoRoot } from '../scripts/questionnaire-files';
import { exampleFiles, loadExample, readExample } from './helpers/examples';
import { loadShippedQuestionnaire } from './helpers/questionnaires';
import { commandCwd } from '../scripts/report';
import { runReport, type ReportRun } from './helpers/report-cli';

/**
 * `npm run report`, run in-process through its `main(argv)`: every shipped
 * example in both languages and both formats, and one clear line on stderr with
 * exit code 1 for bad input.
 */

const dir = mkdtempSync(join(tmpdir(), 'report-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

function run(...argv: string[]) {
  return runReport(argv, dir);
}

function file(name: string, content: string): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

describe.each(exampleFiles())('npm run report on $folder/$file', ({ path, file: name }) => {
  const example = readExample(path);

  it.each(['en', 'nl'])('writes the PDF in %s', async (lang) => {
    const out = join(dir, `${name}.${lang}.pdf`);
    const result = await run(path, '--lang', lang, '--out', out, '--assessor', 'Łukasz');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const bytes = readFileSync(out);
    expect(bytes.subarray(0, 5).toString()).toBe('%PDF-');
    expect(bytes.length).toBeGreaterThan(50_000);
  });

  it.each(['en', 'nl'])('prints the model as JSON in %s', async (lang) => {
    const result = await run(path, '--format', 'json', '--lang', lang);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const json = JSON.parse(result.stdout) as {
      language: string;
      questionnaireId: string;
      determinations: {
        id: string;
        title: string;
        outcomes: { id: string; label: string; reason: string }[];
      }[];
    };
    expect(json.language).toBe(lang);
    expect(json.questionnaireId).toBe(example.questionnaireId);
    const questionnaire = loadShippedQuestionnaire(example.questionnaireId);
    const verdicts = evaluateDeterminations(questionnaire, example.answers);
    // Every determination is stated, a national law's only where it applies or may apply.
    const always = questionnaire.determinations.filter(
      (d) => d.forEach === undefined && d.onlyWhen === undefined,
    );
    expect(always).toHaveLength(10);
    expect(verdicts.map((d) => d.id)).toEqual(expect.arrayContaining(always.map((d) => d.id)));
    expect(json.determinations.map((d) => [d.id, d.outcomes.map((o) => o.id)])).toEqual(
      verdicts.map((d) => [d.id, d.outcomes.map((o) => o.id)]),
    );
    for (const d of json.determinations) {
      expect(d.title).not.toMatch(/^determinations\./);
      for (const o of d.outcomes) {
        expect(o.label).not.toMatch(/^determinations\./);
        expect(o.reason).not.toMatch(/^determinations\./);
      }
    }
  });
});

describe('npm run report: the national laws applied', () => {
  it('names each law that applies to the US app, and why, in the JSON model', async () => {
    const path = exampleFiles().find((f) => f.file === 'us-app-targeting-eu.json')!.path;
    const result = await run(path, '--format', 'json', '--lang', 'en');
    const json = JSON.parse(result.stdout) as {
      determinations: {
        id: string;
        title: string;
        outcomes: { id: string; reasons: { id: string; text: string }[] }[];
      }[];
    };
    const german = json.determinations.find((d) => d.id === 'german-law');
    expect(german?.title).toBe('German Federal Data Protection Act (BDSG)');
    expect(german?.outcomes.map((o) => o.id)).toEqual(['applies']);
    expect(german?.outcomes[0]?.reasons.map((r) => r.text)).toEqual([
      'Because you have no establishment in the EU and offer goods or services to, or monitor, people in Germany (§ 1(4) sentence 2 no. 3 BDSG). Read literally, that provision reaches every organisation outside the EU that the GDPR covers under Article 3(2); this check applies it only where you target people in Germany, which is our choice.',
    ]);
    expect(json.determinations.map((d) => d.id)).toEqual(
      expect.arrayContaining(['dutch-law', 'german-law', 'french-law']),
    );
    expect(json.determinations.map((d) => d.id)).not.toContain('danish-law');
  });
});

describe('npm run report', () => {
  const example = exampleFiles()[0]!.path;

  it('names the PDF after the organisation and the date by default', async () => {
    const result = await run(example);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(/gdpr-report-[a-z0-9-]+-2026-03-02\.pdf$/);
  });

  it('reads a saved session too', async () => {
    const answers = loadExample('dutch-webshop').answers;
    const session = file(
      'session.json',
      JSON.stringify({
        type: 'gdpr-readiness-session',
        version: 2,
        questionnaireId: 'gdpr-readiness',
        questionnaireVersion: '1.0.0',
        answers,
        location: { screen: 'review' },
        overriddenExits: [],
        completedAt: null,
        updatedAt: '2026-03-01T12:00:00.000Z',
        actionPlan: { 'privacy-notice': { ownerName: 'Dvořák', dueDate: '2026-06-30' } },
      }),
    );
    const result = await run(session, '--format', 'json');
    expect(result).toMatchObject({ code: 0, stderr: '' });
    const json = JSON.parse(result.stdout) as {
      actions: { questionId: string; ownerName: string | null }[];
    };
    expect(json.actions.find((a) => a.questionId === 'privacy-notice')?.ownerName).toBe('Dvořák');
  });

  const failures: [string, () => string[], RegExp][] = [
    ['a missing file', () => [join(dir, 'nope.json')], /nope\.json: no such file/],
    ['invalid JSON', () => [file('broken.json', '{ "type": ')], /is not valid JSON/],
    [
      'an example of the wrong shape',
      () => [file('shape.json', JSON.stringify({ type: 'gdpr-readiness-example', version: 1 }))],
      /is not a valid example file: \S+/,
    ],
    [
      'a file that is neither example nor session',
      () => [file('other.json', JSON.stringify({ answers: {} }))],
      /neither an example answer file .* nor a saved session/,
    ],
    [
      'a session of the wrong shape',
      () => [
        file(
          'bad-session.json',
          JSON.stringify({
            type: 'gdpr-readiness-session',
            version: 2,
            questionnaireId: 'gdpr-readiness',
          }),
        ),
      ],
      /is not a valid saved session/,
    ],
    [
      'an unknown questionnaire',
      () => {
        const data = { ...readExample(example), questionnaireId: 'no-such-questionnaire' };
        return [file('unknown.json', JSON.stringify(data))];
      },
      /unknown questionnaire "no-such-questionnaire" \(known: gdpr-readiness\)/,
    ],
    ['an unknown option', () => [example, '--colour', 'blue'], /unknown option --colour/],
    ['a bad language', () => [example, '--lang', 'xx'], /--lang must be one of en, nl.*not "xx"/],
    ['a bad format', () => [example, '--format', 'docx'], /--format must be pdf or json/],
    ['an option without its value', () => [example, '--out'], /option --out needs a value/],
    ['no file at all', () => [], /no answers file given/],
    ['a value for --force', () => [example, '--force=yes'], /option --force takes no value/],
    ['a folder', () => [dir], /is a folder, not an answers file/],
    ['a device', () => ['/dev/null'], /\/dev\/null is not a regular file/],
    [
      'a path through a file',
      () => [join(example, 'answers.json')],
      /answers\.json: no such file$/m,
    ],
    [
      'a file larger than any answers file',
      () => {
        const path = file('huge.json', '');
        truncateSync(path, 5 * 1024 * 1024 + 1);
        return [path];
      },
      /huge\.json is 5\.0 MB, more than the 5 MB an answers file can be/,
    ],
    [
      'invalid JSON over several lines',
      () => [file('lines.json', '{\n  "type": "x",\n  "a": }\n')],
      /lines\.json is not valid JSON: .*\\n/,
    ],
    [
      'a file name with a line break',
      () => [join(dir, 'two\nlines.json')],
      /two\\nlines\.json: no such file/,
    ],
  ];

  it.each(failures)('fails with exit code 1 and one line for %s', async (_, argv, message) => {
    const result = await run(...argv());
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/^report: [^\n]+\n$/);
  });
});

describe('npm run report on answers that do not fit the questionnaire', () => {
  const webshop = loadExample('dutch-webshop');
  const { version } = loadShippedQuestionnaire();

  /** The dutch-webshop example with some answers changed, written to `name`. */
  const changed = (name: string, answers: Record<string, unknown>) =>
    file(name, JSON.stringify({ ...webshop, answers: { ...webshop.answers, ...answers } }));

  /** The dutch-webshop answers as a saved session of `questionnaireVersion`. */
  const session = (
    name: string,
    answers: Record<string, unknown>,
    questionnaireVersion = version,
  ) =>
    file(
      name,
      JSON.stringify({
        type: 'gdpr-readiness-session',
        version: 3,
        questionnaireId: 'gdpr-readiness',
        questionnaireVersion,
        answers: { ...webshop.answers, ...answers },
        location: { screen: 'review' },
        overriddenExits: [],
        completedAt: null,
        updatedAt: '2026-03-01T12:00:00.000Z',
        actionPlan: {},
        notes: {},
        parked: [],
        processorReviews: [],
      }),
    );

  it('exits 1 and names every answer that does not fit by its JSON path', async () => {
    const path = changed('misfits.json', {
      employees: 2.5,
      'public-body': ['yes', 'no'],
      'establishment-countries': ['netherlands', 'atlantis'],
      'organisation-name': 'B'.repeat(121),
      'shoe-size': 44,
    });
    const result = await run(path, '--format', 'json');
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toEqual([
      `report: ${path}: answers.establishment-countries: "atlantis" is not an option of this question (options: netherlands, belgium, germany, france, denmark, other-eea-country)`,
      `report: ${path}: answers.organisation-name: the text has 121 characters, more than the 120 allowed`,
      `report: ${path}: answers.employees: 2.5 is not a whole number`,
      `report: ${path}: answers.public-body: ["yes","no"] is not one option (options: yes, no, dont-know)`,
      `report: ${path}: answers.shoe-size: questionnaire gdpr-readiness ${version} has no such question`,
      `report: ${path}: 5 answers do not fit questionnaire gdpr-readiness ${version}; correct the file, or run with --lenient to leave them out`,
      '',
    ]);
  });

  it('reports a text too long to store as one line, not a stack trace', async () => {
    const result = await run(changed('novel.json', { 'organisation-name': 'x'.repeat(20_001) }));
    expect(result.code).toBe(1);
    expect(result.stderr).not.toMatch(/ZodError|\n\s+at /);
    expect(result.stderr).toMatch(
      /^report: \S+novel\.json: answers\.organisation-name: the text has 20001 characters, more than the 120 allowed\nreport: \S+: one answer does not fit .*leave it out\n$/,
    );
  });

  it('with --lenient leaves them out with a warning each, and makes the report', async () => {
    const path = changed('lenient.json', { employees: -3, 'shoe-size': 44 });
    const result = await run(path, '--format', 'json', '--lenient');
    expect(result.code).toBe(0);
    expect(result.stderr.split('\n')).toEqual([
      `report: warning: ${path}: answers.employees: -3 is less than the minimum of 0; left out`,
      `report: warning: ${path}: answers.shoe-size: questionnaire gdpr-readiness ${version} has no such question; left out`,
      '',
    ]);
    const json = JSON.parse(result.stdout) as {
      answers: { questions: { questionId: string; value: unknown }[] }[];
    };
    const values = new Map(
      json.answers.flatMap((s) => s.questions).map((q) => [q.questionId, q.value]),
    );
    expect(values.get('employees') ?? null).toBeNull();
    expect(values.has('shoe-size')).toBe(false);
    expect(values.get('organisation-name')).toBe(webshop.answers['organisation-name']);
  });

  it('with --lenient and answers that fit, warns about nothing', async () => {
    const result = await run(exampleFiles()[0]!.path, '--format', 'json', '--lenient');
    expect(result).toMatchObject({ code: 0, stderr: '' });
  });

  it('checks a saved session as the file holds it, before anything is left out', async () => {
    const path = session('own-input.json', { employees: 12.5, 'retired-question': 'yes' });
    const result = await run(path, '--format', 'json');
    expect(result.code).toBe(1);
    expect(result.stderr.split('\n').slice(0, 2)).toEqual([
      `report: ${path}: answers.employees: 12.5 is not a whole number`,
      `report: ${path}: answers.retired-question: questionnaire gdpr-readiness ${version} has no such question`,
    ]);
  });

  it('says which questionnaire version a saved session was made with', async () => {
    const path = session('older.json', { 'public-body': 'perhaps' }, '0.9.0');
    const result = await run(path, '--format', 'json');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain(
      `report: ${path}: answers.public-body: "perhaps" is not an option of this question (options: yes, no, dont-know)\n`,
    );
    expect(result.stderr).toMatch(/\(the file was saved with version 0\.9\.0\); correct the file/);
  });

  it('leaves the answers out of a saved session and of the PDF it embeds with --lenient', async () => {
    const path = session('lenient-session.json', { employees: 12.5 });
    const out = join(dir, 'lenient-session.pdf');
    const result = await run(path, '--lenient', '--out', out);
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      `report: warning: ${path}: answers.employees: 12.5 is not a whole number; left out\n`,
    );
    const embedded = embeddedAnswerBytes(new Uint8Array(readFileSync(out)));
    const saved = JSON.parse(unescapeXml(new TextDecoder().decode(embedded!))) as {
      answers: Record<string, unknown>;
    };
    expect(saved.answers).not.toHaveProperty('employees');
    expect(saved.answers['organisation-name']).toBe(webshop.answers['organisation-name']);
  });

  it('Art. 32(1): carries a 1.2.0 answer to the security question over as the app does, and says so', async () => {
    const no = session('old-no.json', { 'security-measures': 'no' }, '1.2.0');
    const result = await run(no, '--format', 'json');
    expect(result.code).toBe(0);
    expect(result.stderr).toBe(
      `report: warning: ${no}: answers.security-measures: the question has changed since the file was saved; the earlier answer "no" no longer fits and is left unanswered\n`,
    );
    const valueOf = (stdout: string) =>
      (
        JSON.parse(stdout) as { answers: { questions: { questionId: string; value: unknown }[] }[] }
      ).answers
        .flatMap((s) => s.questions)
        .find((q) => q.questionId === 'security-measures')?.value ?? null;
    expect(valueOf(result.stdout)).toBeNull();

    const unknown = session('old-dont-know.json', { 'security-measures': 'dont-know' }, '1.2.0');
    const kept = await run(unknown, '--format', 'json', '--lenient');
    expect(kept.code).toBe(0);
    expect(kept.stderr).toContain('"dont-know" is carried over as ["dont-know"]');
    expect(valueOf(kept.stdout)).toEqual(['dont-know']);
  });

  it('refuses a value for --lenient', async () => {
    const result = await run(exampleFiles()[0]!.path, '--lenient=yes');
    expect(result).toMatchObject({ code: 1, stderr: 'report: option --lenient takes no value\n' });
  });
});

describe('npm run report --format json spells out critical gaps, reasons and scope', () => {
  /** The JSON parts these tests read. */
  interface VerdictJson {
    overall: { score: number | null; rag: string | null; criticalGaps: number };
    outOfScope: { exitId: string; reasons: { id: string; text: string }[] } | null;
    criticalGaps: {
      id: string;
      section: string;
      articles: string[];
      action: string | null;
      label: string;
      detail: string;
    }[];
    determinations: {
      id: string;
      outcomes: { id: string; articles: string[]; reasons: { id: string; text: string }[] }[];
    }[];
    actions: { questionId: string; critical: boolean }[];
    fines: { ceiling: number | null; highestTier: string };
  }

  /** A text of the shipped questionnaire's locale file, by dotted key. */
  const text = (lang: string, key: string): unknown =>
    key
      .split('.')
      .reduce<unknown>(
        (node, part) => (node as Record<string, unknown> | undefined)?.[part],
        JSON.parse(
          readFileSync(
            join(questionnairesDir, 'gdpr-readiness', 'locales', `${lang}.json`),
            'utf8',
          ),
        ),
      );

  async function verdicts(path: string, lang: string): Promise<VerdictJson> {
    const result = await run(path, '--format', 'json', '--lang', lang);
    expect(result).toMatchObject({ code: 0, stderr: '' });
    return JSON.parse(result.stdout) as VerdictJson;
  }

  const hospital = join(questionnairesDir, 'gdpr-readiness', 'examples', 'hospital.json');
  const outside = join(repoRoot, 'tests', 'fixtures', 'answers', 'out-of-scope-no-eu-link.json');

  it.each(['en', 'nl'])(
    'gives the hospital its critical gap (Art. 35(1), DPIA not done) with label and detail in %s',
    async (lang) => {
      const json = await verdicts(hospital, lang);
      expect(json.outOfScope).toBeNull();
      expect(json.overall).toMatchObject({ rag: 'red', criticalGaps: json.criticalGaps.length });
      expect(json.criticalGaps).toContainEqual({
        id: 'dpia-not-done',
        section: 'dpia',
        articles: ['Art. 35(1)'],
        action: 'dpia-done',
        label: text(lang, 'criticalGaps.dpia-not-done.label'),
        detail: text(lang, 'criticalGaps.dpia-not-done.detail'),
      });
      for (const gap of json.criticalGaps) {
        expect(gap.label).toBe(text(lang, `criticalGaps.${gap.id}.label`));
        expect(gap.detail).toBe(text(lang, `criticalGaps.${gap.id}.detail`));
      }
      expect(json.actions[0]).toMatchObject({ questionId: 'dpia-done', critical: true });
    },
  );

  it.each(['en', 'nl'])(
    'gives every outcome its reasons with their texts in %s (the DPIA: Art. 35(3)(b) and the Dutch list)',
    async (lang) => {
      const json = await verdicts(hospital, lang);
      for (const d of json.determinations)
        for (const o of d.outcomes)
          for (const reason of o.reasons)
            expect(reason.text).toBe(
              text(lang, `determinations.${d.id}.outcomes.${o.id}.reasons.${reason.id}`),
            );
      const dpia = json.determinations.find((d) => d.id === 'dpia')?.outcomes[0];
      expect(dpia?.id).toBe('required');
      expect(dpia?.reasons.map((r) => r.id)).toEqual(['art35-3-b', 'nl-list']);
      expect(dpia?.articles).toEqual(
        expect.arrayContaining(['Art. 35(1)', 'Art. 35(3)(b)', 'Art. 35(4)']),
      );
    },
  );

  it.each(['en', 'nl'])(
    'says why the GDPR does not reach an organisation without an EU link (Art. 3), and lists no duties, in %s',
    async (lang) => {
      const json = await verdicts(outside, lang);
      expect(json.outOfScope).toEqual({
        exitId: 'gdpr-not-applicable',
        reasons: [
          {
            id: 'no-eu-link',
            text: text(lang, 'exits.gdpr-not-applicable.reasons.no-eu-link'),
          },
        ],
      });
      expect(json.overall).toEqual({
        score: null,
        rag: null,
        readiness: 'not-scored',
        criticalGaps: 0,
      });
      expect(json.criticalGaps).toEqual([]);
      expect(json.actions).toEqual([]);
      expect(json.fines).toMatchObject({ ceiling: null, highestTier: 'none' });
      expect(json.determinations.map((d) => d.id)).toEqual(['gdpr-applies']);
      expect(json.determinations[0]?.outcomes[0]?.reasons.map((r) => r.id)).toEqual(['no-eu-link']);
    },
  );
});

describe('npm run report never loses a file', () => {
  const example = readFileSync(exampleFiles()[0]!.path, 'utf8');

  /** A folder of its own with `answers.json`, an example file, in it. */
  function folder(): string {
    const path = mkdtempSync(join(dir, 'safe-'));
    writeFileSync(join(path, 'answers.json'), example);
    return path;
  }

  /** Refused with one line on stderr, and answers.json is as it was. */
  function expectRefused(result: ReportRun, cwd: string, message: RegExp) {
    expect(result).toMatchObject({ code: 1, stdout: '' });
    expect(result.stderr).toMatch(/^report: [^\n]+\n$/);
    expect(result.stderr).toMatch(message);
    expect(readFileSync(join(cwd, 'answers.json'), 'utf8')).toBe(example);
  }

  const sameFile =
    /cannot go to .*: that is the answers file answers\.json, which it would replace/;

  it.each([
    ['as it was given', 'answers.json'],
    ['spelled another way', './gone/../answers.json'],
    ['by its absolute path', null],
  ])('refuses --out that is the answers file %s, even with --force', async (_, out) => {
    const cwd = folder();
    const target = out ?? join(cwd, 'answers.json');
    for (const format of ['json', 'pdf'])
      for (const force of [[], ['--force']])
        expectRefused(
          await runReport(['answers.json', '--format', format, '--out', target, ...force], cwd),
          cwd,
          sameFile,
        );
  });

  it('refuses --out that is the answers file through a symbolic or a hard link', async () => {
    const cwd = folder();
    symlinkSync(join(cwd, 'answers.json'), join(cwd, 'symbolic.json'));
    linkSync(join(cwd, 'answers.json'), join(cwd, 'hard.json'));
    for (const out of ['symbolic.json', 'hard.json'])
      expectRefused(
        await runReport(['answers.json', '--format', 'json', '--out', out, '--force'], cwd),
        cwd,
        sameFile,
      );
    // The other way round too: the answers read through the link, the report onto the file.
    expectRefused(
      await runReport(['symbolic.json', '--out', 'answers.json', '--force'], cwd),
      cwd,
      /that is the answers file symbolic\.json/,
    );
  });

  it('replaces an existing file only with --force', async () => {
    const cwd = folder();
    writeFileSync(join(cwd, 'report.json'), 'keep me');
    const refused = await runReport(
      ['answers.json', '--format', 'json', '--out', 'report.json'],
      cwd,
    );
    expect(refused).toMatchObject({
      code: 1,
      stdout: '',
      stderr:
        'report: report.json already exists; add --force to replace it, or give another file with --out\n',
    });
    expect(readFileSync(join(cwd, 'report.json'), 'utf8')).toBe('keep me');

    const forced = await runReport(
      ['answers.json', '--format', 'json', '--out', 'report.json', '--force'],
      cwd,
    );
    expect(forced).toMatchObject({ code: 0, stderr: '' });
    expect(JSON.parse(readFileSync(join(cwd, 'report.json'), 'utf8'))).toHaveProperty('overall');
  });

  it('does not replace a PDF of the same name made earlier the same day without --force', async () => {
    const cwd = folder();
    const first = await runReport(['answers.json'], cwd);
    expect(first).toMatchObject({ code: 0, stderr: '' });
    const pdf = first.stdout.trim();
    expect(pdf.startsWith(cwd)).toBe(true);
    writeFileSync(pdf, 'annotated copy');
    const again = await runReport(['answers.json'], cwd);
    expect(again.code).toBe(1);
    expect(again.stderr).toBe(
      `report: ${pdf} already exists; add --force to replace it, or give another file with --out\n`,
    );
    expect(readFileSync(pdf, 'utf8')).toBe('annotated copy');
    expect(await runReport(['answers.json', '--force'], cwd)).toMatchObject({ code: 0 });
    expect(readFileSync(pdf).subarray(0, 5).toString()).toBe('%PDF-');
  });

  it.each([
    ['a folder', 'out', /out is a folder; give a file name with --out/],
    [
      'in a folder that does not exist',
      'nowhere/report.pdf',
      /the folder \S+nowhere does not exist/,
    ],
  ])('refuses --out %s before making the report', async (_, out, message) => {
    const cwd = folder();
    mkdirSync(join(cwd, 'out'));
    expectRefused(await runReport(['answers.json', '--out', out, '--force'], cwd), cwd, message);
  });

  it('reads a file that starts with a byte order mark', async () => {
    const cwd = folder();
    writeFileSync(join(cwd, 'bom.json'), `\uFEFF${example}`);
    expect(await runReport(['bom.json', '--format', 'json'], cwd)).toMatchObject({
      code: 0,
      stderr: '',
    });
  });
});

// Starting npm and tsx takes a few seconds on a loaded machine.
describe('npm run report from another folder', { timeout: 60_000 }, () => {
  it('reads relative paths from the folder npm was started in (INIT_CWD)', () => {
    expect(commandCwd({ INIT_CWD: '/home/me/reports' }, repoRoot)).toBe('/home/me/reports');
    expect(commandCwd({}, '/srv/app')).toBe('/srv/app');
  });

  /** `npm run report` as a person runs it: from `cwd`, with npm pointed at the repository. */
  function npmReport(cwd: string, ...argv: string[]) {
    return spawnSync('npm', ['--prefix', repoRoot, 'run', '--silent', 'report', '--', ...argv], {
      cwd,
      encoding: 'utf8',
      timeout: 50_000,
    });
  }

  it('writes --out next to the relative answers file it was given', () => {
    const cwd = mkdtempSync(join(dir, 'elsewhere-'));
    writeFileSync(join(cwd, 'answers.json'), readFileSync(exampleFiles()[0]!.path));
    const result = npmReport(cwd, 'answers.json', '--format', 'json', '--out', 'report.json');
    expect(result).toMatchObject({ status: 0, stderr: '' });
    expect(JSON.parse(readFileSync(join(cwd, 'report.json'), 'utf8'))).toHaveProperty('overall');
  });

  it('ends a too long answer with a line each and exit code 1, never a stack trace', () => {
    const cwd = mkdtempSync(join(dir, 'elsewhere-'));
    const webshop = loadExample('dutch-webshop');
    writeFileSync(
      join(cwd, 'novel.json'),
      JSON.stringify({
        ...webshop,
        answers: { ...webshop.answers, 'organisation-name': 'x'.repeat(30_000) },
      }),
    );
    const result = npmReport(cwd, 'novel.json');
    expect(result.status).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr.split('\n')).toEqual([
      'report: novel.json: answers.organisation-name: the text has 30000 characters, more than the 120 allowed',
      expect.stringMatching(/^report: novel\.json: one answer does not fit .*; correct the file/),
      '',
    ]);
  });
});
