import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { formatIssues } from '@/engine/questionnaire/parse-questionnaire';
import {
  questionnaireIds,
  questionnairesDir,
  readQuestionnaireFolder,
  repoRoot,
} from '../scripts/questionnaire-files';

const fixturesDir = join(repoRoot, 'tests/fixtures/questionnaires');
const shipped = questionnaireIds();
const fixtures = questionnaireIds(fixturesDir);
const valid = fixtures.filter((id) => !id.startsWith('bad-'));
const bad = fixtures.filter((id) => id.startsWith('bad-'));

describe('shipped questionnaires', () => {
  it('ships at least the GDPR readiness questionnaire', () => {
    expect(shipped).toContain('gdpr-readiness');
  });

  it.each(shipped)('%s parses without problems, with an id matching its folder', (id) => {
    const result = readQuestionnaireFolder(join(questionnairesDir, id));
    expect(result.ok ? [] : formatIssues(result.issues).split('\n')).toEqual([]);
    if (result.ok) expect(result.bundle.questionnaire.id).toBe(id);
  });

  // The parser checks each language's keys against the structure; tests/locale-families.test.ts
  // checks the texts against English.
});

describe('fixture questionnaires', () => {
  it('has valid and bad fixtures to check against', () => {
    expect(valid.length).toBeGreaterThan(0);
    expect(bad.length).toBeGreaterThan(0);
  });

  it.each(valid)('%s is valid', (id) => {
    const result = readQuestionnaireFolder(join(fixturesDir, id));
    expect(result.ok ? [] : formatIssues(result.issues).split('\n')).toEqual([]);
  });

  // A bad fixture is named bad-<issue code> and must fail with (at least) that code.
  it.each(bad)('%s is rejected with the issue its name gives', (id) => {
    const result = readQuestionnaireFolder(join(fixturesDir, id));
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.issues.map((i) => i.code)).toContain(id.slice('bad-'.length));
    for (const issue of result.issues)
      expect(issue.file).toMatch(new RegExp(`^tests/fixtures/questionnaires/${id}/`));
  });
});
