import { describe, expect, it } from 'vitest';
import { defaultDeploymentConfig, hasConfigProblems } from './deployment-config';
import { readDeploymentConfig, resolveDeploymentConfig } from './read-deployment-config';

const SHIPPED = ['gdpr-readiness'];

const example = {
  $schema: './config.schema.json',
  version: 1,
  name: 'Privacy Partners',
  logo: '/brand/logo.png',
  primaryColor: '#0B5D3B',
  contact: {
    name: 'Privacy desk',
    email: 'privacy@partners.example',
    phone: '+31 20 123 4567',
    url: 'https://partners.example/contact',
  },
  links: {
    faq: 'https://partners.example/gdpr-faq',
    dpa: '/docs/dpa.pdf',
    privacy: 'https://partners.example/privacy',
    security: 'https://partners.example/security',
  },
  publicUrl: 'https://gdpr-check.partners.example/',
  defaultLanguage: 'nl',
  questionnaires: ['gdpr-readiness'],
};

const resolve = (data: unknown) => resolveDeploymentConfig(data, SHIPPED);
const ok = (status: number, text: string) => ({ kind: 'response' as const, status, text });

describe('the deployment configuration format', () => {
  it('accepts a complete file and uses every setting', () => {
    const result = resolve(example);
    expect(result.outcome).toBe('ok');
    expect(result.issues).toEqual([]);
    expect(hasConfigProblems(result)).toBe(false);
    expect(result.config).toEqual({
      name: 'Privacy Partners',
      logo: '/brand/logo.png',
      theme: { primary: '#0b5d3b', primaryDark: '#08462c' },
      contact: example.contact,
      links: example.links,
      publicUrl: 'https://gdpr-check.partners.example',
      defaultLanguage: 'nl',
      questionnaires: ['gdpr-readiness'],
      questionnaire: 'gdpr-readiness',
    });
  });

  it('accepts an empty object as "all defaults"', () => {
    expect(resolve({})).toEqual({ outcome: 'ok', issues: [], config: defaultDeploymentConfig() });
  });

  it.each([
    [{ name: '' }, '$.name', 'must not be empty'],
    [{ name: 'x'.repeat(81) }, '$.name', 'at most 80'],
    [{ version: 2 }, '$.version', 'reads version 1'],
    [{ logo: 'https://cdn.example/logo.png' }, '$.logo', 'path on this site'],
    [{ logo: '//cdn.example/logo.png' }, '$.logo', 'path on this site'],
    [{ logo: '/brand/logo.gif' }, '$.logo', '.png, .jpg, .jpeg or .svg'],
    [{ primaryColor: 'green' }, '$.primaryColor', '#rrggbb'],
    [{ primaryColor: '#0b5' }, '$.primaryColor', '#rrggbb'],
    [{ contact: { email: 'privacy at example' } }, '$.contact.email', 'email address'],
    [{ contact: { phone: 'call us' } }, '$.contact.phone', 'phone number'],
    [{ contact: { url: 'http://partners.example' } }, '$.contact.url', 'https://'],
    [{ links: { dpa: 'javascript:alert(1)' } }, '$.links.dpa', 'other schemes'],
    [{ links: { privacy: '//evil.example/p' } }, '$.links.privacy', '//host'],
    [{ links: { faq: 'data:text/html,x' } }, '$.links.faq', 'https://'],
    [{ links: 'https://partners.example' }, '$.links', 'object'],
    [{ defaultLanguage: 'sv' }, '$.defaultLanguage', '"en"'],
    [{ questionnaires: [] }, '$.questionnaires', 'at least one'],
    [{ questionnaires: ['GDPR Readiness'] }, '$.questionnaires[0]', 'kebab-case'],
    [{ publicUrl: 'http://gdpr.partners.example' }, '$.publicUrl', 'https://'],
    [{ publicUrl: 'https://127.0.0.1:4173' }, '$.publicUrl', 'not localhost'],
    [{ publicUrl: 'https://localhost/' }, '$.publicUrl', 'not localhost'],
    [{ publicUrl: 'https://partners.example/?x=1' }, '$.publicUrl', '?query'],
  ])('refuses %j with an issue at %s', (data, path, message) => {
    const result = resolve(data);
    expect(result.outcome).toBe('invalid');
    expect(result.config).toEqual(defaultDeploymentConfig());
    const issue = result.issues.find((i) => i.path === path);
    expect(issue, JSON.stringify(result.issues)).toBeDefined();
    expect(issue?.message).toContain(message);
  });

  it('refuses a file that is not an object', () => {
    for (const data of [[], 'Privacy Partners', 42, null]) {
      const result = resolve(data);
      expect(result.outcome).toBe('invalid');
      expect(result.issues[0]?.path).toBe('$');
    }
  });

  it('warns about unknown fields but uses the rest of the file', () => {
    const result = resolve({
      name: 'Privacy Partners',
      primaryColour: '#0b5d3b',
      links: { dpa: '/dpa.pdf', terms: '/terms' },
    });
    expect(result.outcome).toBe('ok');
    expect(result.config.name).toBe('Privacy Partners');
    expect(result.config.links).toEqual({ dpa: '/dpa.pdf' });
    expect(result.issues.map((i) => i.path).sort()).toEqual(['$.links.terms', '$.primaryColour']);
    for (const issue of result.issues) expect(issue.message).toContain('check its spelling');
    expect(hasConfigProblems(result)).toBe(true);
  });

  it('lists unknown fields with the errors when the file is invalid', () => {
    const result = resolve({ primaryColour: '#0b5d3b', primaryColor: 'green' });
    expect(result.outcome).toBe('invalid');
    expect(result.issues.map((i) => i.path).sort()).toEqual(['$.primaryColor', '$.primaryColour']);
  });
});

describe('the primary colour', () => {
  it('is used with a darker hover shade when text on it and it on white reach 4.5:1', () => {
    expect(resolve({ primaryColor: '#1D4E89' }).config.theme).toEqual({
      primary: '#1d4e89',
      primaryDark: '#163b67',
    });
  });

  it.each([
    ['#ffcc00', '1.'],
    ['#ff0000', '3.99:1 with white'],
    // 4.54:1 on white, but links on the page background would fall below 4.5:1.
    ['#767676', '4.19:1 with the page background'],
  ])('%s falls back to the default with a warning naming the ratio (%s)', (color, ratio) => {
    const result = resolve({ name: 'Privacy Partners', primaryColor: color });
    expect(result.outcome).toBe('ok');
    expect(result.config.theme).toBeNull();
    expect(result.config.name).toBe('Privacy Partners');
    expect(result.issues).toHaveLength(1);
    expect(result.issues[0]?.path).toBe('$.primaryColor');
    expect(result.issues[0]?.message).toContain(ratio);
    expect(result.issues[0]?.message).toContain('4.5:1');
  });
});

describe('questionnaires', () => {
  const shipped = ['gdpr-readiness', 'nis2-basics'];

  it('offers the built-in questionnaire by default', () => {
    expect(resolveDeploymentConfig({}, shipped).config.questionnaires).toEqual(['gdpr-readiness']);
  });

  it('offers the listed ones in order, the first as the default, without repeats', () => {
    const { config, issues } = resolveDeploymentConfig(
      { questionnaires: ['nis2-basics', 'gdpr-readiness', 'nis2-basics'] },
      shipped,
    );
    expect(issues).toEqual([]);
    expect(config.questionnaires).toEqual(['nis2-basics', 'gdpr-readiness']);
    expect(config.questionnaire).toBe('nis2-basics');
  });

  it('leaves out an unknown id with a warning and falls back to the built-in one', () => {
    const result = resolveDeploymentConfig({ questionnaires: ['iso-27001'] }, shipped);
    expect(result.outcome).toBe('ok');
    expect(result.config.questionnaire).toBe('gdpr-readiness');
    expect(result.issues).toEqual([
      {
        path: '$.questionnaires[0]',
        message: expect.stringContaining('no questionnaire "iso-27001"') as string,
      },
    ]);
  });
});

describe('reading the answer to GET /config.json', () => {
  it('uses a valid file', () => {
    const result = readDeploymentConfig(ok(200, JSON.stringify(example)), SHIPPED);
    expect(result.outcome).toBe('ok');
    expect(result.config.name).toBe('Privacy Partners');
  });

  it('reads a file saved with a byte order mark', () => {
    expect(readDeploymentConfig(ok(200, '\uFEFF{"name":"X"}'), SHIPPED).config.name).toBe('X');
  });

  it.each([
    ['no file (404)', ok(404, 'Not found'), 'missing', 'HTTP 404'],
    ['a server fallback page', ok(200, '<!doctype html><html>'), 'missing', 'HTML page'],
    ['a server error', ok(500, ''), 'unreadable', 'HTTP 500'],
    [
      'no network',
      { kind: 'failed', message: 'Failed to fetch' } as const,
      'unreadable',
      'Failed to fetch',
    ],
    ['text that is not JSON', ok(200, '{ name: "X" }'), 'not-json', 'not valid JSON'],
    ['an empty file', ok(200, ''), 'not-json', 'not valid JSON'],
    ['JSON that breaks the format', ok(200, '{"primaryColor":"green"}'), 'invalid', '#rrggbb'],
  ])('runs on the defaults after %s', (_, response, outcome, message) => {
    const result = readDeploymentConfig(response, SHIPPED);
    expect(result.outcome).toBe(outcome);
    expect(result.config).toEqual(defaultDeploymentConfig());
    expect(result.issues[0]?.message).toContain(message);
    expect(hasConfigProblems(result)).toBe(true);
  });
});
