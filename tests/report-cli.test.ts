import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { main, type ReportIo } from '../scripts/report';
import { exampleFiles, loadExample, readExample } from './helpers/examples';

/**
 * `npm run report`, run in-process through its `main(argv)`: every shipped
 * example in both languages and both formats, and one clear line on stderr with
 * exit code 1 for bad input.
 */

const dir = mkdtempSync(join(tmpdir(), 'report-cli-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

async function run(...argv: string[]) {
  let stdout = '';
  let stderr = '';
  const io: ReportIo = {
    stdout: (text) => (stdout += text),
    stderr: (text) => (stderr += text),
    cwd: dir,
    now: () => new Date('2026-03-02T09:30:00'),
  };
  const code = await main(argv, io);
  return { code, stdout, stderr };
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
      determinations: { title: string; outcomes: { label: string; reason: string }[] }[];
    };
    expect(json.language).toBe(lang);
    expect(json.questionnaireId).toBe(example.questionnaireId);
    expect(json.determinations.length).toBeGreaterThan(0);
    for (const d of json.determinations) {
      expect(d.title).not.toMatch(/^determinations\./);
      for (const o of d.outcomes) {
        expect(o.label).not.toMatch(/^determinations\./);
        expect(o.reason).not.toMatch(/^determinations\./);
      }
    }
  });
});

describe('npm run report', () => {
  const example = exampleFiles()[0]!.path;

  it('names the PDF after the organisation and the date by default', async () => {
    const result = await run(example);
    expect(result.code).toBe(0);
    expect(result.stdout.trim()).toMatch(/gdpr-readiness-[a-z0-9-]+-2026-03-02\.pdf$/);
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
    ['a bad language', () => [example, '--lang', 'de'], /--lang must be en or nl/],
    ['a bad format', () => [example, '--format', 'docx'], /--format must be pdf or json/],
    ['an option without its value', () => [example, '--out'], /option --out needs a value/],
    ['no file at all', () => [], /no answers file given/],
  ];

  it.each(failures)('fails with exit code 1 and one line for %s', async (_, argv, message) => {
    const result = await run(...argv());
    expect(result.code).toBe(1);
    expect(result.stdout).toBe('');
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/^report: [^\n]+\n$/);
  });
});
