import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CONTENT_SECURITY_POLICY, SECURITY_HEADERS } from '../scripts/security-headers.mjs';
import { repoRoot } from '../scripts/questionnaire-files';

/** The header lines of the README's "Deployment headers" block, as name and value. */
function readmeHeaders(): Record<string, string> {
  const readme = readFileSync(join(repoRoot, 'README.md'), 'utf8');
  const section = readme.split('## Deployment headers')[1] ?? '';
  const block = /```http\n([\s\S]*?)```/.exec(section)?.[1] ?? '';
  return Object.fromEntries(
    block
      .trim()
      .split('\n')
      .map((line) => [line.slice(0, line.indexOf(':')), line.slice(line.indexOf(':') + 2)]),
  );
}

describe('deployment headers', () => {
  it('add frame-ancestors, which a meta tag cannot carry, to the policy the build puts in index.html', () => {
    expect(SECURITY_HEADERS['Content-Security-Policy']).toBe(
      `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`,
    );
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/frame-ancestors|unsafe-inline|unsafe-eval/);
  });

  it('are the ones the README tells deployers to send', () => {
    expect(readmeHeaders()).toEqual(SECURITY_HEADERS);
  });
});
